import RNNMath
import Testing
@testable import RNNReports

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
