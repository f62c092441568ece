import Foundation
import Testing

/// `rnngrade check`: the student's view, compared whole (with `NO_COLOR=1`).
@Suite struct CheckTests {
    static func rubric(_ id: String) -> String {
        Executable.repositoryRoot.appendingPathComponent("Rubrics/\(id).xml").path
    }

    /// What `check` prints for a hand-graded part left blank, with the blank line after it.
    static func blankByHand(_ part: String, _ points: Int) -> String {
        "- \(part)  unanswered  0/\(points)\n    graded by hand; no answer was given\n\n"
    }

    @Test func showsVerdictsFormatErrorsAndTheKeyOfWrongAnswersWhereRevealed() throws {
        let folder = try TemporaryFolder()
        try folder.write("""
            # assignment: in5400-w10
            # student: ola
            1.a = 6
            1.b = 3
            1.c = 0,5
            1.d = 2.4

            """, to: "answers.txt")
        let run = try Executable.run(["check", Self.rubric("in5400-w10"), "answers.txt"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout == """
            IN5400 week 10: Recurrent neural networks (in5400-w10)

            ✓ 1.a  right  1/1

            ✗ 1.b  wrong  0/1
                key: 2

            ? 1.c  unreadable  0/2
                error: use a dot as the decimal separator
                 --> answers.txt:5:8
                5 | 1.c = 0,5
                  |        ^ write 0.5

            ✗ 1.d  wrong  0/2
                key: 8

            \(Self.blankByHand("2.a", 1))\(Self.blankByHand("2.b", 2))\(Self.blankByHand("2.c", 1))\(Self.blankByHand("2.d", 1))\
            Auto-graded so far: 1 of 6 points.

            """)
    }

    /// sysu-dl-hw3 has no `reveal="true"`: wrong answers get hints, never the key.
    @Test func hidesTheKeyWhenTheRubricDoesNotReveal() throws {
        let folder = try TemporaryFolder()
        try folder.write("""
            # assignment: sysu-dl-hw3
            # student: kari
            2.c = [[1, 2], [3, 4]]
            2.d = explode
            3.c = 2

            """, to: "answers.txt")
        let run = try Executable.run(["check", Self.rubric("sysu-dl-hw3"), "answers.txt"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.stdout == """
            Homework 3: Recurrent Neural Networks (sysu-dl-hw3)

            \(Self.blankByHand("1.a", 2))\(Self.blankByHand("1.b", 3))\(Self.blankByHand("2.a", 2))\(Self.blankByHand("2.b", 2))\
            ✗ 2.c  wrong  0/3
                4 of 4 entries wrong: (1, 1), (1, 2), (2, 1), (2, 2)

            ✗ 2.d  wrong  0/1
                this choice is wrong

            - 2.e  unanswered  0/1

            - 2.f  unanswered  0/1

            \(Self.blankByHand("3.a", 2))\
            - 3.b  unanswered  0/2

            ✗ 3.c  wrong  0/2

            Auto-graded so far: 0 of 10 points.

            """)
        // The keys of 2.c (W³⁰ ≈ 0.01526…), 2.d (vanish) and 3.c (1) stay hidden.
        #expect(!run.stdout.contains("key"))
        #expect(!run.stdout.contains("0.0152") && !run.stdout.contains("vanish"))
    }

    @Test func anUnreadableFileIsAnErrorOnStandardError() throws {
        let folder = try TemporaryFolder()
        try folder.write("<submission><answer", to: "answers.xml")
        let run = try Executable.run(["check", Self.rubric("in5400-w10"), "answers.xml"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("answers.xml:1:"))
    }
}
