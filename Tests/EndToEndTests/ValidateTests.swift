import Foundation
import Testing

/// `rnngrade validate`: exit 0 with a summary for valid rubrics; for a broken one, exit 1 and the
/// located error with its caret, on standard error.
@Suite struct ValidateTests {
    @Test func validRubricsPass() throws {
        let run = try Executable.run(["validate", "Rubrics/in5400-w10.xml", "Rubrics/sharif-dl-a3.xml"])
        #expect(run.status == 0)
        #expect(run.stdout == """
            Rubrics/in5400-w10.xml: valid (in5400-w10: 2 problems, 8 parts, 11 points)
            Rubrics/sharif-dl-a3.xml: valid (sharif-dl-a3: 6 problems, 16 parts, 400 points)

            """)
    }

    @Test func aBrokenExpressionIsLocatedWithACaret() throws {
        let folder = try TemporaryFolder()
        let original = try String(contentsOf: Executable.repositoryRoot.appendingPathComponent("Rubrics/in5400-w10.xml"), encoding: .utf8)
        try folder.write(original.replacingOccurrences(of: #"ask="grad(L, W_h)""#, with: #"ask="grad(L, W_h""#), to: "broken.xml")
        let run = try Executable.run(["validate", folder.path("broken.xml")])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Line 39 is `      <number ask="grad(L, W_h" key="8"/>`: the expression ends at column 31.
        #expect(lines.first == "\(folder.path("broken.xml")):39:31: unexpected end of expression")
        #expect(lines.dropFirst().first == #"39 |       <number ask="grad(L, W_h" key="8"/>"#)
        #expect(lines.dropFirst(2).first == "   |                               ^ expected ',' or ')'")
        #expect(lines.dropFirst(3).first == "1 of 1 file invalid")
    }

    @Test func aFileThatIsNotXMLFails() throws {
        let folder = try TemporaryFolder()
        try folder.write(Data([0x00, 0xFF, 0x13, 0x37]), to: "binary.xml")
        let run = try Executable.run(["validate", folder.path("binary.xml")])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("\(folder.path("binary.xml")):1:"))
    }
}

/// Every broken or hostile rubric the rubric-format issue lists, through the executable: exit 1
/// and exactly one `file:line:column:` diagnostic on stderr (the loader tests assert the words).
@Suite struct ValidateHostileTests {
    static let head = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n" + #"<assignment xmlns="urn:rnngrade:rubric:1" id="t" title="T">"# + "\n  <problem id=\"1\">\n"
    static let model = #"<model id="m"><param name="W" value="2"/><state name="h" initial="1"/><input name="x" values="1 2"/><equation>h[t] = W*h[t-1] + x[t]</equation></model>"# + "\n"
    static let tail = "  </problem>\n</assignment>\n"

    static func laughs() -> String {
        var entities = #"<!ENTITY lol0 "lol">"#
        for level in 1...9 { entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">" }
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE assignment [\(entities)]>\n<assignment>&lol9;</assignment>\n"
    }

    static let cases: [(name: String, bytes: [UInt8])] = [
        ("empty", []),
        ("binary", (0..<512).map { UInt8(($0 * 7919 + 13) % 251) }),
        ("invalid-utf8", Array((head + model + #"<part id="a" points="1"><manual>caf"#).utf8) + [0xC3, 0x28] + Array(("</manual></part>\n" + tail).utf8)),
        ("unclosed", Array((head + #"<part id="a" points="1"><manual>x</manual>"# + "\n" + tail).utf8)),
        ("wrong-root", Array(#"<?xml version="1.0"?><rubric xmlns="urn:rnngrade:rubric:1" id="t" title="T"/>"#.utf8)),
        ("wrong-namespace", Array((head.replacingOccurrences(of: "urn:rnngrade:rubric:1", with: "urn:example") + tail).utf8)),
        ("unknown-element", Array((head + #"<part id="a" points="1"><essay/></part>"# + "\n" + tail).utf8)),
        ("missing-attribute", Array((head + #"<part id="a"><manual>x</manual></part>"# + "\n" + tail).utf8)),
        ("duplicate-part", Array((head + #"<part id="a" points="1"><manual>x</manual></part><part id="a" points="1"><manual>y</manual></part>"# + "\n" + tail).utf8)),
        ("syntax-error", Array((head + model + #"<part id="a" points="1"><number ask="W^"/></part>"# + "\n" + tail).utf8)),
        ("undefined-name", Array((head + model + #"<part id="a" points="1"><number ask="W_h * 2"/></part>"# + "\n" + tail).utf8)),
        ("xxe", Array(("<?xml version=\"1.0\"?>\n<!DOCTYPE assignment [<!ENTITY leak SYSTEM \"file:///etc/passwd\">]>\n" + #"<assignment xmlns="urn:rnngrade:rubric:1" id="t" title="&leak;"/>"#).utf8)),
        ("billion-laughs", Array(laughs().utf8)),
        ("deep-nesting", Array(("<?xml version=\"1.0\"?>\n" + String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)).utf8)),
    ]

    @Test(arguments: cases.map(\.name))
    func refusedWithOneLocatedError(_ name: String) throws {
        let folder = try TemporaryFolder()
        let bytes = try #require(Self.cases.first { $0.name == name }).bytes
        try folder.write(Data(bytes), to: "\(name).xml")
        let run = try Executable.run(["validate", folder.path("\(name).xml")])
        #expect(run.status == 1)
        let located = run.stderr.split(separator: "\n").filter { $0.hasPrefix("\(folder.path("\(name).xml")):") }
        #expect(located.count == 1, "\(run.stderr)")
        #expect(!run.stderr.contains("root:x:0:0"))   // no line of /etc/passwd, ever
    }

    @Test func fiftyMegabytesAreRefusedBySize() throws {
        let folder = try TemporaryFolder()
        let handle = try folder.newFile("big.xml")
        try handle.write(contentsOf: Data("<?xml version=\"1.0\"?><assignment>".utf8))
        let chunk = Data(repeating: UInt8(ascii: " "), count: 1 << 20)
        for _ in 0..<50 { try handle.write(contentsOf: chunk) }
        try handle.close()
        let run = try Executable.run(["validate", folder.path("big.xml")])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("\(folder.path("big.xml")):1:1: this file is too large"))
    }
}
