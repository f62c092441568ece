import RNNExpr

/// The bytes of a UTF-8 file with the byte offset where each line starts, to turn byte offsets
/// into lines and columns in time independent of the line's length (a file may be one long line).
struct SourceText {
    let bytes: [UInt8]
    /// The byte offset of the first byte of each line; `lineStarts[0] == 0`.
    let lineStarts: [Int]
    /// `continuationsBefore[k]`: how many UTF-8 continuation bytes precede offset `k * blockSize`.
    private let continuationsBefore: [Int]
    private static let blockSize = 64

    init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var continuations = [0]
        continuations.reserveCapacity(bytes.count / Self.blockSize + 1)
        var count = 0
        for (offset, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
            if byte & 0xC0 == 0x80 { count += 1 }
            if (offset + 1) % Self.blockSize == 0 { continuations.append(count) }
        }
        self.lineStarts = starts
        self.continuationsBefore = continuations
    }

    /// The lines without their terminators (`\n`, `\r\n`); bytes must be valid UTF-8.
    var lines: [String] {
        lineStarts.indices.map { index in
            var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
            if end > lineStarts[index], bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            return String(decoding: bytes[lineStarts[index]..<end], as: UTF8.self)
        }
    }

    /// The line and scalar column of the byte at `offset` (clamped to the text).
    func position(ofByte offset: Int) -> SourcePosition {
        let offset = min(max(offset, 0), bytes.count)
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return SourcePosition(line: low + 1, column: scalars(from: lineStarts[low], to: offset) + 1)
    }

    /// The byte offset of `position` (clamped to its line).
    func offset(of position: SourcePosition) -> Int {
        let line = min(max(position.line, 1), lineStarts.count) - 1
        let start = lineStarts[line]
        var low = start, high = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : bytes.count
        // The first offset with column - 1 scalars before it, then past that scalar's continuation bytes.
        while low < high {
            let middle = (low + high) / 2
            if scalars(from: start, to: middle) < position.column - 1 { low = middle + 1 } else { high = middle }
        }
        while low < bytes.count, bytes[low] & 0xC0 == 0x80 { low += 1 }
        return low
    }

    /// How many scalars begin in `start..<end`.
    private func scalars(from start: Int, to end: Int) -> Int {
        (end - start) - (continuations(before: end) - continuations(before: start))
    }

    /// How many continuation bytes precede `offset`.
    private func continuations(before offset: Int) -> Int {
        let block = offset / Self.blockSize
        return continuationsBefore[block]
            + bytes[block * Self.blockSize..<offset].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 1 : 0) }
    }

    /// The offset of the last `byte` at or before `offset`.
    func lastOccurrence(of byte: UInt8, atOrBefore offset: Int) -> Int? {
        var index = min(offset, bytes.count - 1)
        while index >= 0, bytes[index] != byte { index -= 1 }
        return index >= 0 ? index : nil
    }

    /// The offset of the last occurrence of `pattern` (ASCII) starting at or before `offset`.
    func lastOccurrence(of pattern: String, atOrBefore offset: Int) -> Int? {
        let needle = Array(pattern.utf8)
        var start = min(offset, bytes.count - needle.count)
        while start >= 0 {
            if bytes[start..<start + needle.count].elementsEqual(needle) { return start }
            start -= 1
        }
        return nil
    }

    /// The offset of the first character of the value of the attribute whose local name is
    /// `name`, in the start tag whose `<` is at `tagStart`; `nil` when the tag has no such attribute.
    func attributeValueOffset(named name: String, inTagAt tagStart: Int) -> Int? {
        guard bytes.indices.contains(tagStart) else { return nil }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let skipSpaces: (Int) -> Int = { var index = $0; while index < bytes.count, isSpace(bytes[index]) { index += 1 }; return index }
        var index = tagStart + 1
        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
        while true {
            index = skipSpaces(index)
            let nameStart = index
            while index < bytes.count, !isSpace(bytes[index]), !"=/>".utf8.contains(bytes[index]) { index += 1 }
            guard index > nameStart else { return nil }
            let qualified = String(decoding: bytes[nameStart..<index], as: UTF8.self)
            index = skipSpaces(index)
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return nil }
            index = skipSpaces(index + 1)
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else { return nil }
            let quote = bytes[index]
            let valueStart = index + 1
            if qualified.split(separator: ":").last.map(String.init) == name { return valueStart }
            index = valueStart
            while index < bytes.count, bytes[index] != quote { index += 1 }
            index += 1
        }
    }
}
