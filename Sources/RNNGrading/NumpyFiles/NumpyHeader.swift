/// The header of a `.npy` file: the Python dictionary literal numpy writes after the magic
/// string and version (numpy's `lib/format.py`), e.g.
/// `{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }`.
///
/// Only that literal's own grammar is read (quoted strings, `True`/`False`, tuples of integers);
/// nothing is evaluated. A list `descr` (a structured array) is refused.
struct NumpyHeader: Equatable {
    /// The element type, as numpy spells it: `<f8`, `>f4`, `<i8`, `|u1`, `<U5`, `|O`.
    let descr: String
    /// Whether the elements are stored column-major.
    let fortranOrder: Bool
    /// The dimensions; empty for a 0-d array.
    let shape: [Int]

    /// The most dimensions accepted (numpy's own limit is 64).
    static let mostDimensions = 32

    /// Reads the header text.
    init(_ text: String) throws(NumpyFileError) {
        var scanner = Scanner(characters: Array(text))
        var descr: String?, fortranOrder: Bool?, shape: [Int]?
        try scanner.expect("{")
        while !scanner.consume("}") {
            let key = try scanner.string()
            try scanner.expect(":")
            switch key {
            case "descr":
                guard scanner.peek() != "[" else {
                    throw NumpyFileError("this array has named fields (a structured array); save a plain array of numbers")
                }
                descr = try scanner.string()
            case "fortran_order": fortranOrder = try scanner.boolean()
            case "shape": shape = try scanner.tuple()
            default: throw NumpyFileError("the array's header has the unknown key ‘\(key)’; save the array with np.save or np.savez")
            }
            if !scanner.consume(",") {
                try scanner.expect("}")
                break
            }
        }
        guard let descr, let fortranOrder, let shape else {
            throw NumpyFileError("the array's header lacks ‘descr’, ‘fortran_order’ or ‘shape’; save the array with np.save or np.savez")
        }
        guard shape.count <= Self.mostDimensions else {
            throw NumpyFileError("the array has \(shape.count) dimensions; at most \(Self.mostDimensions) are read")
        }
        self.descr = descr
        self.fortranOrder = fortranOrder
        self.shape = shape
    }

    /// The number of elements, or nil when it overflows.
    var count: Int? {
        var product = 1
        for size in shape {
            let (next, overflow) = product.multipliedReportingOverflow(by: size)
            guard !overflow else { return nil }
            product = next
        }
        return product
    }

    /// The characters of the header with the small moves its grammar needs.
    private struct Scanner {
        let characters: [Character]
        var offset = 0

        func peek() -> Character? {
            var index = offset
            while index < characters.count, characters[index].isWhitespace { index += 1 }
            return index < characters.count ? characters[index] : nil
        }

        mutating func skipSpaces() {
            while offset < characters.count, characters[offset].isWhitespace { offset += 1 }
        }

        mutating func consume(_ character: Character) -> Bool {
            skipSpaces()
            guard offset < characters.count, characters[offset] == character else { return false }
            offset += 1
            return true
        }

        mutating func expect(_ character: Character) throws(NumpyFileError) {
            guard consume(character) else { throw Self.malformed }
        }

        /// A string in single or double quotes (numpy's headers have no escapes in them).
        mutating func string() throws(NumpyFileError) -> String {
            skipSpaces()
            guard offset < characters.count, characters[offset] == "'" || characters[offset] == "\"" else { throw Self.malformed }
            let quote = characters[offset]
            let start = offset + 1
            guard let end = characters[start...].firstIndex(of: quote) else { throw Self.malformed }
            offset = end + 1
            return String(characters[start..<end])
        }

        mutating func boolean() throws(NumpyFileError) -> Bool {
            skipSpaces()
            for (word, value) in [("True", true), ("False", false)]
            where characters[offset...].starts(with: Array(word)) {
                offset += word.count
                return value
            }
            throw Self.malformed
        }

        /// `()`, `(3,)`, `(2, 3)`: non-negative integers.
        mutating func tuple() throws(NumpyFileError) -> [Int] {
            try expect("(")
            var sizes: [Int] = []
            while !consume(")") {
                skipSpaces()
                let start = offset
                while offset < characters.count, characters[offset].isASCIIDigit { offset += 1 }
                guard offset > start, offset - start <= 18, let size = Int(String(characters[start..<offset])) else {
                    throw Self.malformed
                }
                sizes.append(size)
                if !consume(",") {
                    try expect(")")
                    break
                }
            }
            return sizes
        }

        static let malformed = NumpyFileError("the array's header cannot be read; save the array with np.save or np.savez")
    }
}
