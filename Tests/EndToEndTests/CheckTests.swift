import Foundation
import Testing

/// `rnngrade check`: the student's view, compared whole (with `NO_COLOR=1`).
@Suite struct CheckTests {
    static func rubric(_ id: String) -> String {
        Executable.repositoryRoot.appendingPathComponent("Rubrics/\(id).xml").path
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

            - 2.a  unanswered  0/1
                graded by hand; no answer was given

            - 2.b  unanswered  0/2
                graded by hand; no answer was given

            - 2.c  unanswered  0/1
                graded by hand; no answer was given

            - 2.d  unanswered  0/1
                graded by hand; no answer was given

            Auto-graded so far: 1 of 11 points.

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

            - 1.a  unanswered  0/2
                graded by hand; no answer was given

            - 1.b  unanswered  0/3
                graded by hand; no answer was given

            - 2.a  unanswered  0/2
                graded by hand; no answer was given

            - 2.b  unanswered  0/2
                graded by hand; no answer was given

            ✗ 2.c  wrong  0/3
                4 of 4 entries wrong: (1, 1), (1, 2), (2, 1), (2, 2)

            ✗ 2.d  wrong  0/1
                this choice is wrong

            - 2.e  unanswered  0/1

            - 2.f  unanswered  0/1

            - 3.a  unanswered  0/2
                graded by hand; no answer was given

            - 3.b  unanswered  0/2

            ✗ 3.c  wrong  0/2

            Auto-graded so far: 0 of 21 points.

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
