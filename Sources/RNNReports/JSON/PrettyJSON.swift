/// JSON written straight into bytes in the layout of Foundation's `JSONEncoder` with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`: two-space indents, `"key" : value`,
/// empty containers as `[` blank line `]`, numbers as Swift prints them without a trailing `.0`,
/// non-finite numbers as the strings `Infinity`, `-Infinity`, `NaN`.
///
/// It exists because `JSONEncoder` costs about 80 µs per graded submission, most of a large
/// batch's `results.json` time; a test holds the two to identical bytes. Callers write keys in
/// sorted order themselves.
struct PrettyJSON {
    /// The text so far (UTF-8).
    private(set) var bytes: [UInt8] = []
    /// How many members each open container holds so far, outermost first.
    private var counts: [Int] = []
    /// Whether a key was just written, so the next value goes on the same line.
    private var afterKey = false

    /// Opens an object (`{`); its members follow as `key` then a value.
    mutating func openObject() { open(UInt8(ascii: "{")) }
    /// Closes the innermost object.
    mutating func closeObject() { close(UInt8(ascii: "}")) }
    /// Opens an array (`[`); its elements follow as values.
    mutating func openArray() { open(UInt8(ascii: "[")) }
    /// Closes the innermost array.
    mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Starts an object member; the value written next is its value.
    mutating func key(_ name: String) {
        startMember()
        appendQuoted(name)
        bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
        afterKey = true
    }

    /// A string value.
    mutating func string(_ text: String) {
        startValue()
        appendQuoted(text)
    }

    /// A number value: Swift's shortest round-trip digits, `1` rather than `1.0`.
    mutating func number(_ value: Double) {
        guard value.isFinite else {
            string(value.isNaN ? "NaN" : value < 0 ? "-Infinity" : "Infinity")
            return
        }
        startValue()
        let text = value.description
        bytes.append(contentsOf: text.utf8.dropLast(text.hasSuffix(".0") ? 2 : 0))
    }

    /// `key` then a string, or nothing at all when `text` is nil (as `encodeIfPresent` does).
    mutating func member(_ name: String, _ text: String?) {
        guard let text else { return }
        key(name)
        string(text)
    }

    /// `key` then a number.
    mutating func member(_ name: String, _ value: Double) {
        key(name)
        number(value)
    }

    /// `key` then an array of strings.
    mutating func member(_ name: String, _ texts: [String]) {
        member(name, each: texts) { $0.string($1) }
    }

    /// `key` then an array holding what `write` writes for each element.
    mutating func member<Element>(_ name: String, each elements: [Element], _ write: (inout PrettyJSON, Element) -> Void) {
        key(name)
        openArray()
        for element in elements { write(&self, element) }
        closeArray()
    }

    private mutating func open(_ bracket: UInt8) {
        startValue()
        bytes.append(bracket)
        counts.append(0)
    }

    private mutating func close(_ bracket: UInt8) {
        let members = counts.removeLast()
        bytes.append(0x0A)
        if members == 0 { bytes.append(0x0A) }
        indent()
        bytes.append(bracket)
    }

    /// Before a value: nothing after a key; otherwise it is an array element (or the top value).
    private mutating func startValue() {
        if afterKey {
            afterKey = false
        } else if !counts.isEmpty {
            startMember()
        }
    }

    /// A comma after the previous member, a line break and the indent.
    private mutating func startMember() {
        if counts[counts.count - 1] > 0 { bytes.append(UInt8(ascii: ",")) }
        counts[counts.count - 1] += 1
        bytes.append(0x0A)
        indent()
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * counts.count))
    }

    /// `text` in quotes: `"` and `\` escaped, control characters as `\n`, `\t`, … or `\u00XX`.
    private mutating func appendQuoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            // Nothing to escape (most text): the bytes go in whole.
            bytes.append(contentsOf: text.utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, byte])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, byte])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case ..<0x20:
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, Self.hexDigit(byte >> 4), Self.hexDigit(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The lower-case hex digit of `nibble` (0–15).
    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? 0x30 + nibble : UInt8(ascii: "a") + nibble - 10
    }
}
