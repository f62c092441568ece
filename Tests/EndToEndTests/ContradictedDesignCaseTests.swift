import Foundation
import Testing

/// Issue 15, "design cases": `check` never blames a student for a `<case>` the part's
/// `<reference>` contradicts; the case is skipped for everyone and the instructor is told.
struct ContradictedDesignCaseTests {
    /// sharif-dl-a3's 5.a case x = 1111010000 → y = 1111000000 agrees with the reference q5ref
    /// (s[t] = s[t-1]·x[t], s[0] = 1: 1 while only ones were seen, so 0 from t = 5 on). A copy
    /// whose case says y6 = 1 is contradicted at step 6; the seed student's network
    /// (h_t = [h_{t-1} + x_t − 3/2 ≥ 0], proved equal to the reference in the rubric's comment)
    /// gives 0 there, and before this fix scored 0 ("expected 1 at t=6, got 0").
    @Test func checkNeverBlamesAStudentForACaseTheReferenceContradicts() throws {
        let original = try String(contentsOf: Executable.repositoryRoot.appendingPathComponent("Rubrics/sharif-dl-a3.xml"), encoding: .utf8)
        let good = "<case input=\"1 1 1 1 0 1 0 0 0 0\" output=\"1 1 1 1 0 0 0 0 0 0\"/>"
        try #require(original.contains(good))
        let text = original.replacingOccurrences(of: good, with: "<case input=\"1 1 1 1 0 1 0 0 0 0\" output=\"1 1 1 1 0 1 0 0 0 0\"/>")
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("<case input=") }) + 1
        let folder = try TemporaryFolder()
        try folder.write(text, to: "rubric.xml")
        try folder.write("""
            # assignment: sharif-dl-a3
            # student: ola
            5.a = W_h = 1; W_x = 1; b_h = -1.5; W_y = 1; b_y = 0; h0 = 1

            """, to: "answers.txt")
        let run = try Executable.run(["check", "rubric.xml", "answers.txt"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("✓ 5.a  right  70/70"), "\(run.stdout)")
        #expect(run.stdout.contains("warning: rubric.xml:\(line):1: part 5.a: the case input=\"1 1 1 1 0 1 0 0 0 0\" disagrees with the reference q5ref at step 6: the case says 1, the reference gives 0; the case is skipped in grading until the rubric fixes it (rnngrade verify names it)"))
        // A wrong network is still caught by the reference itself: b_h = −1/2 outputs 1 for the input 0 at t = 1.
        try folder.write("""
            # assignment: sharif-dl-a3
            # student: ola
            5.a = W_h = 1; W_x = 1; b_h = -0.5; W_y = 1; b_y = 0; h0 = 1

            """, to: "wrong.txt")
        let wrong = try Executable.run(["check", "rubric.xml", "wrong.txt"], in: folder.url)
        #expect(wrong.stdout.contains("✗ 5.a  wrong  0/70"), "\(wrong.stdout)")
    }
}
