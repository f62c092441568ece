extension Character {
    /// Whether the character is Unicode White_Space, as `isWhitespace` says, answered from the
    /// code alone for ASCII (tab to carriage return, and the space): lexing a long list of
    /// numbers asks this of every character, and Unicode's property tables are far slower.
    package var isBlank: Bool {
        guard let ascii = asciiValue else { return isWhitespace }
        return ascii == UInt8(ascii: " ") || (ascii >= 9 && ascii <= 13)
    }
}
