/// The lines of a plain answer sheet, decoded from bytes: a UTF-8 byte order mark is skipped,
/// `\r\n` and `\n` both end a line, and binary or non-UTF-8 files are refused with a location.
enum SheetLines {
    /// The lines without terminators (line `n` is element `n - 1`), or why the bytes are not text.
    static func decode(_ bytes: [UInt8], file: String) -> Result<[String], SubmissionError> {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        let rawLines = body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (index, line) in rawLines.enumerated() {
            guard let nul = line.firstIndex(of: 0) else { continue }
            return .failure(SubmissionError(
                file: file, line: index + 1, column: column(of: nul, in: line),
                "this looks like a binary file (it contains a NUL byte); save your answers as plain UTF-8 text"))
        }
        var lines: [String] = []
        for (index, raw) in rawLines.enumerated() {
            let line = raw.last == UInt8(ascii: "\r") ? raw.dropLast() : raw
            guard let text = String(validating: line, as: UTF8.self) else {
                return .failure(SubmissionError(
                    file: file, line: index + 1, column: column(of: firstInvalidByte(in: line), in: line),
                    "line \(index + 1) is not UTF-8 text; save the file as UTF-8"))
            }
            lines.append(text)
        }
        return .success(lines)
    }

    /// The 1-based character column of the byte at `index` in a line whose bytes before it are UTF-8.
    private static func column(of index: Int, in line: ArraySlice<UInt8>) -> Int {
        String(decoding: line[line.startIndex..<index], as: UTF8.self).count + 1
    }

    /// The index of the first byte that does not start a well-formed UTF-8 sequence.
    private static func firstInvalidByte(in line: ArraySlice<UInt8>) -> Int {
        var index = line.startIndex
        var iterator = line.makeIterator()
        var decoder = UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            index += UTF8.width(scalar)
        }
        return index
    }
}
