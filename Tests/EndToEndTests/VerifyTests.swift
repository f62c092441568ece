import Foundation
import Testing

/// `rnngrade verify`: passes on the shipped rubrics, fails with a JUnit `<failure>` naming the
/// part on a rubric whose typed key or self-test is wrong.
@Suite struct VerifyTests {
    /// in5400-w10 with `replace` replaced by `with`, written to `folder/name`; returns the text.
    @discardableResult
    static func variant(of folder: TemporaryFolder, _ name: String, replacing replace: String, with replacement: String) throws -> String {
        let original = try String(contentsOf: Executable.repositoryRoot.appendingPathComponent("Rubrics/in5400-w10.xml"), encoding: .utf8)
        #expect(original.contains(replace))
        let text = original.replacingOccurrences(of: replace, with: replacement)
        try folder.write(text, to: name)
        return text
    }

    /// The line `run` printed for `file`'s check count, with `failed` failures: `rubric.xml: 9 of 10 checks passed`.
    static func countLine(_ run: CommandRun, file: String, failed: Int) -> Bool {
        guard let first = run.stdout.split(separator: "\n").first,
              let counts = first.wholeMatch(of: /(.+): (\d+) of (\d+) checks passed/),
              let passed = Int(counts.2), let total = Int(counts.3) else { return false }
        return counts.1 == file && passed + failed == total
    }

    @Test func passesOnTheShippedRubrics() throws {
        let folder = try TemporaryFolder()
        let run = try Executable.run(["verify", "--junit", folder.path("report.xml"), "Rubrics"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let lines = run.stdout.split(separator: "\n")
        let summaries = lines.filter { $0.hasPrefix("Rubrics/") }
        // Every shipped rubric, in file-name order.
        let shipped = try FileManager.default.contentsOfDirectory(atPath: Executable.repositoryRoot.appendingPathComponent("Rubrics").path).filter { $0.hasSuffix(".xml") }.sorted().map { "Rubrics/\($0)" }
        #expect(shipped.count >= 13)
        #expect(summaries.map { String($0.split(separator: ":")[0]) } == shipped)
        for line in summaries {
            let counts = line.split(separator: ": ")[1].split(separator: " ")
            #expect(counts[0] == counts[2], "\(line)")
        }
        #expect(lines.last?.hasPrefix("verify: all ") == true)
        let report = try folder.text("report.xml")
        #expect(report.contains("failures=\"0\""))
        #expect(!report.contains("<failure"))
    }

    /// `verify --junit report.xml` run in `folder` on in5400-w10 with part 1.d's key 8 mistyped
    /// as 9, and the line of that part's element (where the failure points).
    static func wrongKeyRun(in folder: TemporaryFolder) throws -> (run: CommandRun, line: Int) {
        let text = try variant(of: folder, "rubric.xml", replacing: "key=\"8\"", with: "key=\"9\"")
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("<part id=\"d\" points=\"2\">") }) + 1
        return (try Executable.run(["verify", "--junit", "report.xml", "rubric.xml"], in: folder.url), line)
    }

    @Test func failsOnAWrongKey() throws {
        let folder = try TemporaryFolder()
        let (run, line) = try Self.wrongKeyRun(in: folder)
        #expect(run.status == 1)
        #expect(Self.countLine(run, file: "rubric.xml", failed: 1))
        #expect(run.stdout.split(separator: "\n", maxSplits: 1).last.map(String.init) == """
              FAIL key of 1.d
                   rubric.xml:\(line):1: part 1.d: the rubric's key 9 disagrees with grad(L, W_h) = 8 computed from the rubric's data
            verify: 1 check failed

            """)
        let message = "rubric.xml:\(line):1: part 1.d: the rubric&#39;s key 9 disagrees with grad(L, W_h) = 8 computed from the rubric&#39;s data"
        #expect(try folder.text("report.xml").contains("""
                <testcase name="key of 1.d" classname="rubric.xml" time="0" file="rubric.xml" line="\(line)">
                  <failure message="\(message)">\(message)</failure>
                </testcase>
            """))
    }

    @Test func failsOnASelfTestThatDoesNotScoreWhatItClaims() throws {
        let folder = try TemporaryFolder()
        // in5400-w10 has a self-test; add a sample that claims 3 points for 1 point's worth.
        let text = try Self.variant(of: folder, "rubric.xml", replacing: "  </self-test>", with: """
                <sample id="overclaimed" score="3">
                  <answer part="1.a">6</answer>
                  <answer part="1.b">3</answer>
                </sample>
              </self-test>
            """)
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("<sample id=\"overclaimed\"") }) + 1
        let run = try Executable.run(["verify", "--junit", "report.xml", "rubric.xml"], in: folder.url)
        #expect(run.status == 1)
        #expect(Self.countLine(run, file: "rubric.xml", failed: 1))
        let message = "rubric.xml:\(line):1: self-test 'overclaimed' should score 3 but scores 1 (1.a: 1/1 correct, 1.b: 0/1 wrong)"
        #expect(run.stdout.split(separator: "\n", maxSplits: 1).last.map(String.init) == """
              FAIL self-test overclaimed
                   \(message)
            verify: 1 check failed

            """)
        let escaped = message.replacingOccurrences(of: "'", with: "&#39;")
        let report = try folder.text("report.xml")
        #expect(report.contains("failures=\"1\""))
        #expect(report.contains("""
                <testcase name="self-test overclaimed" classname="rubric.xml" time="0" file="rubric.xml" line="\(line)">
                  <failure message="\(escaped)">\(escaped)</failure>
                </testcase>
            """))
    }

    /// Issue 15: `verify` of a folder holding no rubric used to pass with "all 0 checks passed".
    @Test func verifyOfAnEmptyFolderFails() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("empty"), withIntermediateDirectories: false)
        let run = try Executable.run(["verify", "empty"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "empty: no rubric found there (no *.xml file in this folder)\n")
    }

    /// Issue 15: a folder with files but no rubric among them fails the same way.
    @Test func verifyOfAFolderWithNoRubricFails() throws {
        let folder = try TemporaryFolder()
        try folder.write("not a rubric", to: "notes/readme.md")
        let run = try Executable.run(["verify", "notes"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stderr == "notes: no rubric found there (no *.xml file in this folder)\n")
    }

    /// Issue 15: a failed check's JUnit test case names the rubric file and the line of the
    /// failing part, so CI can annotate that line.
    @Test func junitFailuresCarryFileAndLine() throws {
        let folder = try TemporaryFolder()
        let (run, line) = try Self.wrongKeyRun(in: folder)
        #expect(run.status == 1)
        let report = try folder.text("report.xml")
        #expect(report.contains("    <testcase name=\"key of 1.d\" classname=\"rubric.xml\" time=\"0\" file=\"rubric.xml\" line=\"\(line)\">\n"))
        // Passing checks stay as they were: no place.
        #expect(report.contains("    <testcase name=\"key of 1.a\" classname=\"rubric.xml\" time=\"0\"/>\n"))
    }

    /// Issue 15: a part with `points="0"` (an ungraded practice part) used to fail lint; it
    /// passes with a warning. h[1] = 1·1 + (1/10)·10 = 2 and h[2] = 2 + 1 = 3.
    @Test func aZeroPointPartOnlyWarnsInLint() throws {
        let folder = try TemporaryFolder()
        try folder.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <assignment xmlns="urn:rnngrade:rubric:1" id="practice" title="Practice">
              <problem id="1" title="A scalar RNN">
                <model id="m">
                  <param name="W_h" value="1"/>
                  <param name="W_x" value="1/10"/>
                  <state name="h" initial="1"/>
                  <input name="x" values="10 10"/>
                  <equation>h[t] = W_h*h[t-1] + W_x*x[t]</equation>
                </model>
                <part id="a" points="1"><number ask="h[1]" key="2"/></part>
                <part id="b" points="0"><number ask="h[2]" key="3"/></part>
              </problem>
            </assignment>

            """, to: "rubric.xml")
        let run = try Executable.run(["verify", "--junit", "report.xml", "rubric.xml"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.stdout == """
            rubric.xml: 4 of 4 checks passed
              warning lint: points of 1.b
                   rubric.xml:12:1: part 1.b is worth no points, so it is graded for feedback only; give it points if it should count
            verify: all 4 checks passed

            """)
        #expect(try !folder.text("report.xml").contains("<failure"))
    }

    /// Issue 15: a rubric with design parts that no self-test sample answers passes `verify`
    /// with a warning naming them: sharif-dl-a3 without its self-test (it has two design parts,
    /// 5.a and 6.a); the shipped rubric, whose self-test answers both, and rubrics without design
    /// parts get no such warning.
    @Test func verifyWarnsWhenDesignPartsHaveNoSelfTest() throws {
        let shipped = try String(contentsOf: Executable.repositoryRoot.appendingPathComponent("Rubrics/sharif-dl-a3.xml"), encoding: .utf8)
        let selfTest = try #require(shipped.range(of: "<self-test>")?.lowerBound)
        let selfTestEnd = try #require(shipped.range(of: "</self-test>")?.upperBound)
        let text = shipped.replacingCharacters(in: selfTest..<selfTestEnd, with: "")
        // The warning points at the first design part's <part> element.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let design = try #require(lines.firstIndex { $0.contains("<design ") })
        let line = try #require(lines[..<design].lastIndex { $0.contains("<part ") }) + 1
        let folder = try TemporaryFolder()
        try folder.write(text, to: "untested.xml")
        let run = try Executable.run(["verify", "untested.xml"], in: folder.url)
        #expect(run.status == 0)
        let warning = """
              warning lint: self-test of design parts
                   untested.xml:\(line):1: design parts 5.a, 6.a are answered by no self-test sample; add a <sample> with a working design to <self-test>, so verify shows the checker accepts it

            """
        #expect(run.stdout.contains(warning))
        #expect(run.stdout.components(separatedBy: "  warning ").count == 2)
        let tested = try Executable.run(["verify", "Rubrics/sharif-dl-a3.xml", "Rubrics/in5400-w10.xml"])
        #expect(tested.status == 0)
        #expect(!tested.stdout.contains("warning"))
    }

    /// Issue 15: `verify` runs each `<case>` of a design part through the part's `<reference>`.
    /// sharif-dl-a3's 5.a case is x = 1111010000 → y = 1111000000; q5ref's s[t] = s[t-1]·x[t]
    /// with s[0] = 1 gives 1 while only ones were seen, so at t = 6 (after the 0 at t = 5) it
    /// gives 0. A copy whose case says y6 = 1 must fail naming the case's line and step 6 (the
    /// rubric's own self-test, whose seed designs are right, still passes: grading skips the case).
    @Test func designCasesAreCheckedAgainstTheReference() throws {
        let shipped = try Executable.run(["verify", "Rubrics/sharif-dl-a3.xml"])
        #expect(shipped.status == 0)
        let original = try String(contentsOf: Executable.repositoryRoot.appendingPathComponent("Rubrics/sharif-dl-a3.xml"), encoding: .utf8)
        let good = "<case input=\"1 1 1 1 0 1 0 0 0 0\" output=\"1 1 1 1 0 0 0 0 0 0\"/>"
        #expect(original.contains(good))
        let text = original.replacingOccurrences(of: good, with: "<case input=\"1 1 1 1 0 1 0 0 0 0\" output=\"1 1 1 1 0 1 0 0 0 0\"/>")
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("<case input=") }) + 1
        let folder = try TemporaryFolder()
        try folder.write(text, to: "rubric.xml")
        let run = try Executable.run(["verify", "--junit", "report.xml", "rubric.xml"], in: folder.url)
        #expect(run.status == 1)
        #expect(Self.countLine(run, file: "rubric.xml", failed: 1))
        #expect(!run.stdout.contains("self-test 'seed-designs' should score"))
        let message = "rubric.xml:\(line):1: part 5.a: the case input=\"1 1 1 1 0 1 0 0 0 0\" disagrees with the reference q5ref at step 6: the case says 1, the reference gives 0"
        #expect(run.stdout.contains("""
              FAIL case on line \(line) of 5.a
                   \(message)

            """))
        #expect(try folder.text("report.xml").contains(
            "<testcase name=\"case on line \(line) of 5.a\" classname=\"rubric.xml\" time=\"0\" file=\"rubric.xml\" line=\"\(line)\">"))
    }
}
