/// The lines of a file as characters, the way every reader numbers them: a UTF-8 byte order
/// mark is skipped, `\n` ends a line and a `\r` before it is dropped; line `n` is element `n - 1`.
package func sourceLines(_ bytes: [UInt8]) -> [[Character]] {
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    return body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
        Array(String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self))
    }
}

/// Whether the first byte that is not a space, tab or line break is `<`: what makes
/// `SubmissionReader` read a file as XML rather than as a plain answer sheet.
package func looksLikeXML(_ bytes: [UInt8]) -> Bool {
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    return body.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "<")
}
