/// The element types read from `.npy` files, from a header's `descr` (`<f8`, `>f4`, `<i8`,
/// `|u1`, `<U3`): floats of 32 and 64 bits, signed and unsigned integers, and Unicode strings
/// (for a choice or a formula), in either byte order. Everything else is refused with a
/// sentence saying what to save instead; object arrays (`|O`) in particular are pickled Python
/// objects, and are never unpickled.
struct NumpyElementType: Equatable {
    /// What the bytes of one element are.
    enum Kind: Equatable {
        case float, signed, unsigned, unicode
    }

    let kind: Kind
    /// Bytes per element.
    let size: Int
    /// Whether multi-byte values are stored most significant byte first (`>`).
    let bigEndian: Bool

    /// The type `descr` names.
    init(descr: String) throws(NumpyFileError) {
        guard let order = descr.first, "<>|=".contains(order), let code = descr.dropFirst().first else {
            throw NumpyFileError("the array's element type ‘\(descr)’ cannot be read; save numbers as float64")
        }
        let count = Int(descr.dropFirst(2)) ?? 0
        switch (code, count) {
        case ("f", 4), ("f", 8): kind = .float
        case ("i", 1), ("i", 2), ("i", 4), ("i", 8): kind = .signed
        case ("u", 1), ("u", 2), ("u", 4), ("u", 8): kind = .unsigned
        case ("U", 1...4096): kind = .unicode
        case ("O", _):
            throw NumpyFileError("this array holds Python objects (dtype object), which are never unpickled; save numbers, e.g. np.asarray(x, dtype=float)")
        default:
            throw NumpyFileError("arrays of element type ‘\(descr)’ are not read; save numbers as float64 (np.asarray(x, dtype=float))")
        }
        size = kind == .unicode ? 4 * count : count
        bigEndian = order == ">"
    }

    /// The element in `bytes` (exactly ``size`` of them) as answer text: the shortest decimal
    /// that reads back to the stored float (`nan`, `inf` and `-inf` as numpy prints them), the
    /// integer, or the string without numpy's trailing NUL padding.
    func text(of bytes: ArraySlice<UInt8>) throws(NumpyFileError) -> String {
        if kind == .unicode {
            var scalars = String.UnicodeScalarView()
            for start in stride(from: bytes.startIndex, to: bytes.endIndex, by: 4) {
                let code = UInt32(truncatingIfNeeded: integer(bytes[start..<start + 4]))
                guard code != 0 else { break }
                guard let scalar = Unicode.Scalar(code) else {
                    throw NumpyFileError("a string in this array is not valid Unicode")
                }
                scalars.append(scalar)
            }
            return String(scalars)
        }
        let bits = integer(bytes)
        switch kind {
        case .float:
            let value = size == 4 ? Double(Float(bitPattern: UInt32(truncatingIfNeeded: bits))) : Double(bitPattern: bits)
            if value.isNaN { return "nan" }
            if value.isInfinite { return value < 0 ? "-inf" : "inf" }
            return size == 4 ? Float(value).description : value.description
        case .signed:
            let shift = UInt64(64 - 8 * size)
            return String(Int64(bitPattern: bits << shift) >> Int64(shift))
        default:
            return String(bits)
        }
    }

    /// The bytes as an unsigned integer in the type's byte order.
    private func integer(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        let ordered = bigEndian ? Array(bytes) : bytes.reversed()
        return ordered.reduce(0) { $0 << 8 | UInt64($1) }
    }
}
