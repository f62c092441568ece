import Foundation
import Testing

/// Part labels written without the dot or with a `Q` (`1a`, `Q1.b`) count for their part, with
/// a warning; a loose label for a part also answered exactly is ignored, with a warning.
@Suite struct LooseLabelTests {
    @Test func looseLabelsMapToTheirPart() throws {
        let folder = try TemporaryFolder()
        // in5400-w10's key: 1.a = 6 (1 point), 1.b = 2 (1 point), 1.c = 0 (2 points).
        try folder.write("# assignment: in5400-w10\n1a = 6\nQ1.b = 2\n1.c = 0\n1c = 5\n", to: "answers.txt")
        let rubric = Executable.repositoryRoot.appendingPathComponent("Rubrics/in5400-w10.xml").path
        let run = try Executable.run(["check", rubric, "answers.txt"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.stdout.contains("✓ 1.a  right  1/1\n"))
        #expect(run.stdout.contains("✓ 1.b  right  1/1\n"))
        #expect(run.stdout.contains("✓ 1.c  right  2/2\n"))
        #expect(run.stdout.contains("Auto-graded so far: 4 of 6 points.\n"))
        #expect(run.stdout.hasSuffix("""
            warning: answers.txt:2:6: 1a read as part 1.a; write `1.a = …` to be sure
            warning: answers.txt:3:8: Q1.b read as part 1.b; write `1.b = …` to be sure
            warning: answers.txt:5:6: 1c looks like 1.c, which is answered under its own label; this line is ignored

            """))
    }
}
