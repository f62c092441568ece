import RNNMath
import RNNSolver
import Testing
@testable import RNNReports

@Suite struct DecimalTextTests {
    static let cases: [(Double, String)] = [
        (2.0, "2"), (2.5, "2.5"), (0.00001, "0"), (1e-5 * 3, "0"), (1.0 / 3, "0.3333"), (2.0 / 3, "0.6667"),
        (-0.00001, "0"), (-1.25, "-1.25"), (1e21, "1000000000000000000000"), (123456.78, "123456.78"),
        (0.1 + 0.2, "0.3"), (Double.nan, "NaN"), (Double.infinity, "Infinity"), (-Double.infinity, "-Infinity"),
    ]

    @Test(arguments: cases)
    func fourDecimals(value: Double, text: String) {
        #expect(DecimalText.string(value) == text)
    }

    @Test func fewerDecimals() {
        #expect(DecimalText.string(58.3333, maxFractionDigits: 2) == "58.33")
        #expect(DecimalText.string(99.996, maxFractionDigits: 2) == "100")
        #expect(DecimalText.percent(100.0 / 3) == "33.3%")
    }
}

@Suite struct CSVTextTests {
    static let cases: [(String, String)] = [
        // Plain text and numbers stay as they are.
        ("400101", "400101"), ("-1.5", "-1.5"), ("0", "0"), ("", ""), ("a b", "a b"),
        // RFC 4180 quoting.
        ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        ("crlf\r\nline", "\"crlf\r\nline\""),
        // Formula injection.
        ("=cmd()", "'=cmd()"), ("+1+1", "'+1+1"), ("-x", "'-x"), ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTAB", "'\tTAB"), ("-1.5.2", "'-1.5.2"), ("-", "'-"),
        ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
    ]

    @Test(arguments: cases)
    func field(raw: String, cell: String) {
        #expect(CSVText.field(raw) == cell)
    }

    @Test func rowsEndWithCRLF() {
        #expect(CSVText.document([["a", "b"], ["1", "2"]]) == "a,b\r\n1,2\r\n")
    }
}

@Suite struct MarkupEscapingTests {
    @Test func text() {
        #expect(MarkupEscaping.text("<script>alert('x' & \"y\")</script>")
            == "&lt;script&gt;alert(&#39;x&#39; &amp; &quot;y&quot;)&lt;/script&gt;")
        #expect(MarkupEscaping.text("a\nb\tc") == "a\nb\tc")
    }

    @Test func attribute() {
        #expect(MarkupEscaping.attribute("a\nb\tc\"") == "a&#10;b&#9;c&quot;")
    }

    @Test func forbiddenCharactersBecomeReplacementCharacters() {
        #expect(MarkupEscaping.text("a\u{0}b\u{1B}c\u{FFFF}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}")
        // U+FFFE goes; its neighbours U+FFFD, U+FFEF and U+FEFF (also led by the byte EF) stay.
        #expect(MarkupEscaping.text("<\u{FFFE}\u{FFFD}\u{FFEF}\u{FEFF}σ>") == "&lt;\u{FFFD}\u{FFFD}\u{FFEF}\u{FEFF}σ&gt;")
    }
}

@Suite struct MarkdownEscapingTests {
    @Test func inline() {
        #expect(MarkdownEscaping.inline("*x* _y_ [l](u) <b> a|b `c` #1 &amp;")
            == "\\*x\\* \\_y\\_ \\[l\\](u) \\<b\\> a\\|b \\`c\\` \\#1 \\&amp;")
        #expect(MarkdownEscaping.inline("two\nlines") == "two lines")
    }

    @Test func lineStartsThatOpenListsOrRules() {
        #expect(MarkdownEscaping.inline("- x") == "\\- x")
        #expect(MarkdownEscaping.inline("---") == "\\---")
        #expect(MarkdownEscaping.inline("+1") == "\\+1")
        #expect(MarkdownEscaping.inline("12. x") == "12\\. x")
        #expect(MarkdownEscaping.inline("3)") == "3\\)")
        #expect(MarkdownEscaping.inline("1.a — title") == "1.a — title")
        #expect(MarkdownEscaping.inline("    indented") == "indented")
    }

    @Test func tabsControlsAndNonASCII() {
        #expect(MarkdownEscaping.inline("\t a\tb\r\nc") == "a b  c")
        #expect(MarkdownEscaping.inline("σ'(x)_t ≤ 1\u{7}") == "σ'(x)\\_t ≤ 1\u{7}")
        #expect(MarkdownEscaping.inline("1234567890. x") == "1234567890. x")
        #expect(MarkdownEscaping.inline("7.") == "7\\.")
        #expect(MarkdownEscaping.inline("7.5") == "7.5")
    }

    /// Random strings over the characters that matter, escaped, then read back the way a
    /// CommonMark reader does (a backslash before ASCII punctuation is dropped): the text is the
    /// original, with line breaks as spaces and leading blanks gone.
    @Test func escapingLosesNothing() {
        let alphabet: [String] = ["a", "1", "9", " ", "\t", "\n", "\r", ".", ")", "-", "+", "*", "_", "\\", "`", "[", "]", "<", ">",
                                  "&", "#", "|", "~", "!", "σ", "∂", "😀", "\u{1}"]
        var generator = SplitMix64(seed: 11)
        for _ in 0..<3_000 {
            let raw = (0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            let escaped = MarkdownEscaping.inline(raw)
            var unescaped = ""
            var pendingBackslash = false
            for character in escaped {
                if pendingBackslash || character != "\\" {
                    unescaped.append(character)
                    pendingBackslash = false
                } else {
                    pendingBackslash = true
                }
            }
            let expected = String(String(raw.unicodeScalars.map { ["\n", "\r", "\t"].contains($0) ? " " : Character($0) })
                .drop { $0 == " " })
            #expect(unescaped == expected, "\(raw.debugDescription) → \(escaped.debugDescription)")
            #expect(!escaped.hasPrefix("-") && !escaped.hasPrefix("+") && !escaped.hasPrefix(" "), "\(escaped.debugDescription)")
        }
    }

    @Test func codeBlockFenceOutgrowsBackticks() {
        #expect(MarkdownEscaping.codeBlock("x") == "```\nx\n```\n")
        #expect(MarkdownEscaping.codeBlock("a ``` b\n") == "````\na ``` b\n````\n")
    }
}
