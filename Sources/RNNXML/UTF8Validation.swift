/// Where a byte sequence stops being acceptable text for an XML file.
enum TextProblem: Equatable {
    /// A byte sequence that is not well-formed UTF-8, starting at this offset.
    case invalidUTF8(offset: Int)
    /// A NUL byte (never allowed in XML), at this offset.
    case nul(offset: Int)
}

/// Finds the first byte that makes `bytes` unacceptable as UTF-8 XML text, or `nil`.
///
/// Rejects overlong forms, surrogates and code points above U+10FFFF (RFC 3629).
func firstTextProblem(in bytes: [UInt8]) -> TextProblem? {
    var index = 0
    let count = bytes.count
    while index < count {
        let lead = bytes[index]
        if lead == 0 { return .nul(offset: index) }
        if lead < 0x80 { index += 1; continue }
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return .invalidUTF8(offset: index)
        }
        for position in 1..<length {
            let at = index + position
            guard at < count else { return .invalidUTF8(offset: index) }
            let byte = bytes[at]
            let (min, max) = position == 1 ? (low, high) : (0x80, 0xBF)
            guard byte >= min && byte <= max else { return .invalidUTF8(offset: index) }
        }
        index += length
    }
    return nil
}
