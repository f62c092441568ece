import Foundation
import Testing

/// `rnngrade verify`: passes on the shipped rubrics, fails with a JUnit `<failure>` naming the
/// part on a rubric whose typed key or self-test is wrong.
@Suite struct VerifyTests {
    /// in5400-w10 with `replace` replaced by `with`, written to `folder/name`.
    static func variant(of folder: TemporaryFolder, _ name: String, replacing replace: String, with replacement: String) throws {
        let original = try String(contentsOf: Executable.repositoryRoot.appendingPathComponent("Rubrics/in5400-w10.xml"), encoding: .utf8)
        #expect(original.contains(replace))
        try folder.write(original.replacingOccurrences(of: replace, with: replacement), to: name)
    }

    @Test func passesOnTheShippedRubrics() throws {
        let folder = try TemporaryFolder()
        let run = try Executable.run(["verify", "--junit", folder.path("report.xml"), "Rubrics"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let summaries = run.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(summaries.map { $0.split(separator: ":")[0] } == [
            "Rubrics/assignment5.xml", "Rubrics/in5400-w10.xml", "Rubrics/sharif-dl-a3.xml",
            "Rubrics/sysu-dl-hw3.xml", "Rubrics/theory-rnn-lstm.xml",
        ])
        for line in summaries {
            let counts = line.split(separator: ": ")[1].split(separator: " ")
            #expect(counts[0] == counts[2], "\(line)")
        }
        let report = try folder.text("report.xml")
        #expect(report.contains("failures=\"0\""))
        #expect(!report.contains("<failure"))
    }

    @Test func failsOnAWrongKey() throws {
        let folder = try TemporaryFolder()
        try Self.variant(of: folder, "rubric.xml", replacing: "key=\"8\"", with: "key=\"9\"")
        let run = try Executable.run(["verify", "--junit", "report.xml", "rubric.xml"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stdout == """
            rubric.xml: 4 of 5 checks passed
              FAIL key of 1.d
                   rubric.xml:37:1: part 1.d: the rubric's key 9 disagrees with grad(L, W_h) = 8 computed from the rubric's data

            """)
        #expect(run.stderr == "verify: 1 check failed\n")
        let message = "rubric.xml:37:1: part 1.d: the rubric&#39;s key 9 disagrees with grad(L, W_h) = 8 computed from the rubric&#39;s data"
        #expect(try folder.text("report.xml").contains("""
                <testcase name="key of 1.d" classname="rubric.xml" time="0">
                  <failure message="\(message)">\(message)</failure>
                </testcase>
            """))
    }

    @Test func failsOnASelfTestThatDoesNotScoreWhatItClaims() throws {
        let folder = try TemporaryFolder()
        try Self.variant(of: folder, "rubric.xml", replacing: "</assignment>", with: """
              <self-test>
                <sample id="overclaimed" score="3">
                  <answer part="1.a">6</answer>
                  <answer part="1.b">3</answer>
                </sample>
              </self-test>
            </assignment>
            """)
        let run = try Executable.run(["verify", "--junit", "report.xml", "rubric.xml"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stdout.contains("""
              FAIL self-test overclaimed
                   rubric.xml:63:1: self-test 'overclaimed' should score 3 but scores 1 (1.a: 1/1 correct, 1.b: 0/1 wrong)
            """))
        let report = try folder.text("report.xml")
        #expect(report.contains("failures=\"1\""))
        #expect(report.contains("""
            <testcase name="self-test overclaimed" classname="rubric.xml" time="0">
                  <failure message="rubric.xml:63:1: self-test &#39;overclaimed&#39; should score 3 but scores 1 (1.a: 1/1 correct, 1.b: 0/1 wrong)">
            """))
    }
}
