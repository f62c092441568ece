import Foundation
import Testing

/// A student's round trip: `template`, fill in the right answers, `check`.
@Suite struct TemplateRoundTripTests {
    @Test func aFilledInTemplateChecksRight() throws {
        let folder = try TemporaryFolder()
        let rubric = Executable.repositoryRoot.appendingPathComponent("Rubrics/in5400-w10.xml").path
        let template = try Executable.run(["template", rubric], in: folder.url)
        #expect(template.status == 0)
        // The keys of in5400-w10, worked by hand: ŷ₂ = 6, L = 2, ∂L/∂h₁ = 0, ∂L/∂W_h = 8.
        let answers = ["1.a": "6", "1.b": "2", "1.c": "0", "1.d": "8"]
        var filled = 0
        let sheet = template.stdout.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line == "# student:" { return "# student: ola" }
            for (part, answer) in answers where line == "\(part) =" {
                filled += 1
                return "\(part) = \(answer)"
            }
            return String(line)
        }
        #expect(filled == 4)
        try folder.write(sheet.joined(separator: "\n"), to: "answers.txt")
        let check = try Executable.run(["check", rubric, "answers.txt"], in: folder.url)
        #expect(check.status == 0)
        let verdicts = check.stdout.split(separator: "\n").filter { $0.hasPrefix("✓") || $0.hasPrefix("✗") || $0.hasPrefix("~") || $0.hasPrefix("?") }
        #expect(verdicts == ["✓ 1.a  right  1/1", "✓ 1.b  right  1/1", "✓ 1.c  right  2/2", "✓ 1.d  right  2/2"])
        #expect(check.stdout.contains("\nAuto-graded so far: 6 of 6 points.\n"))
        #expect(!check.stdout.contains("warning"))
    }
}
