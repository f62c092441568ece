import Foundation
import Testing

/// `rnngrade check --format-only HANDOUT ANSWERS`, through the built executable: `handout`
/// writes format.json (kinds and shapes, no key) beside each sheet, and the offline check
/// says per label whether the answer reads and has its shape, without judging values.
@Suite struct FormatOnlyCheckTests {
    static let rubric = Executable.repositoryRoot.appendingPathComponent("Rubrics/sysu-dl-hw3.xml").path
    static let fixtures = Executable.repositoryRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/numpy-answers")

    /// A folder with ada's handout of SYSU homework 3 in `handouts/ada`.
    static func handout() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("id\nada\n", to: "roster.csv")
        let run = try Executable.run(["handout", rubric, "--roster", "roster.csv", "--out", "handouts"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        return folder
    }

    @Test func theFormatHasKindsAndShapesButNoKey() throws {
        let folder = try Self.handout()
        let format = try folder.text("handouts/ada/format.json")
        let object = try JSONObject(file: folder.path("handouts/ada/format.json"))
        let entries = object.objects("answers")
        // The sheet's eleven labels (1.a, 1.b, 2.a … 2.f, 3.a … 3.c), as the template lists them.
        #expect(entries.map { $0.string("label") ?? "" } == ["1.a", "1.b", "2.a", "2.b", "2.c", "2.d", "2.e", "2.f", "3.a", "3.b", "3.c"])
        // 2.c asks for W^30 with W 2×2 (the rubric's model w): a 2×2 matrix.
        let matrix = try #require(entries.first { $0.string("label") == "2.c" })
        #expect(matrix.string("kind") == "matrix" && matrix.number("rows") == 2 && matrix.number("cols") == 2)
        #expect(entries.first { $0.string("label") == "1.a" }?.string("kind") == "text")
        // No key: not W^30's entries (0.015261 …, as in ada's right answer), not a choice key.
        for key in ["0.0152", "0.0203", "0.0271", "\"key\""] {
            #expect(!format.contains(key), "format.json holds \(key)")
        }
        // Byte-identical when written again.
        let again = try Self.handout()
        #expect(try again.text("handouts/ada/format.json") == format)
    }

    @Test func rightlyShapedAnswersPassInEveryFileFormat() throws {
        let folder = try Self.handout()
        for name in ["ada.txt", "ada.npz", "ada.json"] {
            try folder.write(try Data(contentsOf: Self.fixtures.appendingPathComponent(name)), to: name)
            let run = try Executable.run(["check", "--format-only", "handouts/ada", name], in: folder.url)
            #expect(run.status == 0, "\(name): \(run.stdout)\(run.stderr)")
            #expect(run.stdout.contains("Every answer given reads and has its shape."), "\(name)")
            #expect(run.stdout.contains("  2.c  ok\n"), "\(name): \(run.stdout)")
            // Nothing is judged: 2.e is wrong in ada's answers but only its format is checked.
            #expect(run.stdout.contains("  2.e  ok\n"), "\(name)")
            #expect(run.stdout.contains("  3.a  unanswered\n"), "\(name)")
        }
    }

    @Test func badSyntaxAndShapesAreReportedWithCarets() throws {
        let folder = try Self.handout()
        try folder.write("""
            # student: ada
            2.c = [1 2 3]
            2.d = maybe
            3.c = 0,5
            9.z = 1

            """, to: "answers.txt")
        let run = try Executable.run(["check", "--format-only", "handouts/ada/format.json", "answers.txt"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stdout.contains("? 2.c  wrong shape\n    read a 1×3 matrix; the sheet asks for 2×2\n"), "\(run.stdout)")
        #expect(run.stdout.contains("? 2.d  unreadable\n"))
        #expect(run.stdout.contains("""
            ? 3.c  unreadable
                error: use a dot as the decimal separator
                 --> answers.txt:4:8
            """), "\(run.stdout)")
        #expect(run.stdout.contains("warning: answers.txt:5: ‘9.z’ is not a label of this sheet"))
        #expect(run.stdout.contains("3 answers to fix before you hand in."))
    }

    @Test func aMissingFormatSaysWhatToGive() throws {
        let folder = try TemporaryFolder()
        try folder.write("1.a = 1\n", to: "answers.txt")
        let run = try Executable.run(["check", "--format-only", "nowhere", "answers.txt"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("no answer format here; give the folder `rnngrade handout` made for you"))
    }
}
