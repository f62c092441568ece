/// One placeholder of a prompt, `{name}`, `{name[step]}` or `{name:style}` (both may be
/// given, the step first), as written: a letter then letters, digits and `_`; a step of digits;
/// a style `fraction` or `decimal`; nothing else between the braces.
///
/// Read character by character (what the regular expression
/// `\{([A-Za-z][A-Za-z0-9_]*)(?:\[([0-9]+)\])?(?::(fraction|decimal))?\}` matches, leftmost
/// first): Swift's `Regex` took a quarter of drawing a variant for the few braces of a prompt.
struct PlaceholderSyntax {
    /// The name between the braces.
    var name: Substring
    /// The step's digits, if any.
    var index: Substring?
    /// The style after `:`, if any.
    var format: Substring?
    /// From the opening brace to the closing one, included.
    var range: Range<String.Index>

    /// The first placeholder of `text` at or after `start`, or nil when none is left.
    static func first(in text: String, from start: String.Index) -> PlaceholderSyntax? {
        var open = start
        while let brace = text[open...].firstIndex(of: "{") {
            if let found = at(brace, in: text) { return found }
            open = text.index(after: brace)
        }
        return nil
    }

    /// The placeholder whose opening brace is at `brace`, or nil when the text there is not one.
    private static func at(_ brace: String.Index, in text: String) -> PlaceholderSyntax? {
        var i = text.index(after: brace)
        func next() -> Character? { i < text.endIndex ? text[i] : nil }
        func take(while accepts: (Character) -> Bool) -> Substring {
            let begin = i
            while let c = next(), accepts(c) { i = text.index(after: i) }
            return text[begin..<i]
        }
        guard let first = next(), isLetter(first) else { return nil }
        let name = take { isLetter($0) || isDigit($0) || $0 == "_" }
        var index: Substring?
        if next() == "[" {
            i = text.index(after: i)
            let digits = take(while: isDigit)
            guard !digits.isEmpty, next() == "]" else { return nil }
            i = text.index(after: i)
            index = digits
        }
        var format: Substring?
        if next() == ":" {
            i = text.index(after: i)
            let word = take(while: isLetter)
            guard word == "fraction" || word == "decimal" else { return nil }
            format = word
        }
        guard next() == "}" else { return nil }
        return PlaceholderSyntax(name: name, index: index, format: format, range: brace..<text.index(after: i))
    }

    private static func isLetter(_ c: Character) -> Bool { c.isASCII && (("a"..."z").contains(c) || ("A"..."Z").contains(c)) }
    private static func isDigit(_ c: Character) -> Bool { c.isASCII && ("0"..."9").contains(c) }
}
