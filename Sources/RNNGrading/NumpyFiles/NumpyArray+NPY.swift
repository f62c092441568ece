extension NumpyArray {
    /// The magic string that starts every `.npy` file.
    static let magic: [UInt8] = [0x93] + Array("NUMPY".utf8)

    /// Reads an array in numpy's `.npy` format (NEP 1, numpy's `lib/format.py`): the magic
    /// string, a version byte pair (1.0, 2.0 or 3.0), the header length (2 bytes little-endian
    /// in version 1, 4 bytes after), the header dictionary, then the data, which must be exactly
    /// as long as the header's shape and element type say.
    init(npy bytes: [UInt8]) throws(NumpyFileError) {
        guard bytes.starts(with: Self.magic), bytes.count >= 10 else {
            throw NumpyFileError("this is not a numpy array file (it does not start with \\x93NUMPY); save the array with np.save or np.savez")
        }
        let major = bytes[6]
        let lengthBytes: Int
        switch major {
        case 1: lengthBytes = 2
        case 2, 3: lengthBytes = 4
        default: throw NumpyFileError("numpy file format version \(major) is not read (versions 1 to 3 are)")
        }
        guard bytes.count >= 8 + lengthBytes else { throw Self.truncated }
        let headerLength = bytes[8..<8 + lengthBytes].reversed().reduce(0) { $0 << 8 | Int($1) }
        let dataStart = 8 + lengthBytes + headerLength
        guard bytes.count >= dataStart,
              let headerText = String(validating: bytes[8 + lengthBytes..<dataStart], as: UTF8.self) else {
            throw Self.truncated
        }
        let header = try NumpyHeader(headerText)
        let type = try NumpyElementType(descr: header.descr)
        let dataLength = header.count.flatMap { count in count.multipliedReportingOverflow(by: type.size).overflow ? nil : count * type.size }
        guard let dataLength, bytes.count - dataStart == dataLength else {
            throw NumpyFileError("the array's data is not as long as its shape \(header.shape) says; save it again with np.save or np.savez")
        }
        var elements: [String] = []
        elements.reserveCapacity(dataLength / max(1, type.size))
        for index in Self.storageOrder(shape: header.shape, fortran: header.fortranOrder) {
            let start = dataStart + index * type.size
            elements.append(try type.text(of: bytes[start..<start + type.size]))
        }
        self.init(shape: header.shape, elements: elements)
    }

    /// The error for a file that ends inside its header.
    private static let truncated = NumpyFileError("this numpy array file is cut short; save it again with np.save or np.savez")

    /// The storage index of each element in C (row-major) order.
    private static func storageOrder(shape: [Int], fortran: Bool) -> [Int] {
        let count = shape.reduce(1, *)
        guard fortran, shape.count > 1 else { return Array(0..<count) }
        // Column-major strides: the first axis varies fastest in storage.
        var strides = [Int](repeating: 1, count: shape.count)
        for axis in shape.indices.dropFirst() { strides[axis] = strides[axis - 1] * shape[axis - 1] }
        return (0..<count).map { flat in
            var rest = flat, offset = 0
            for axis in shape.indices.reversed() {
                offset += (rest % shape[axis]) * strides[axis]
                rest /= shape[axis]
            }
            return offset
        }
    }
}
