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
