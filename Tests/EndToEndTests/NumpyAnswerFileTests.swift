import Foundation
import Testing

/// Answer files a notebook writes (np.savez, json.dump; Fixtures/numpy-answers/, made by
/// make_answer_files.py with real numpy) grade exactly as the same answers typed in a sheet
/// (ada.txt), through the built executable.
@Suite struct NumpyAnswerFileTests {
    static let fixtures = Executable.repositoryRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/numpy-answers")
    static let rubric = Executable.repositoryRoot.appendingPathComponent("Rubrics/sysu-dl-hw3.xml").path
    static let files = ["ada.txt", "ada.npz", "ada.json"]

    @Test func checkPrintsTheSameForTheSheetTheNpzAndTheJSON() throws {
        let runs = try Self.files.map { try Executable.run(["check", Self.rubric, Self.fixtures.appendingPathComponent($0).path]) }
        for (file, run) in zip(Self.files, runs) {
            #expect(run.status == 0, "\(file)")
            #expect(run.stderr == "", "\(file)")
            #expect(run.stdout == runs[0].stdout, "\(file)")
        }
        // 7.5 of 10 by hand from the rubric: 2.c's known mistake (1.5), 2.d, 2.f, 3.b (2), 3.c (2); 2.e wrong.
        #expect(runs[0].stdout.contains("Auto-graded so far: 7.5 of 10 points."))
    }

    @Test func gradeRecordsTheSamePointsVerdictsAndFeedback() throws {
        var graded: [[String]] = []
        for file in Self.files {
            let folder = try TemporaryFolder()
            try folder.write(try Data(contentsOf: Self.fixtures.appendingPathComponent(file)), to: "in/\(file)")
            let run = try Executable.run(["grade", Self.rubric, "in", "--out", "out"], in: folder.url)
            #expect(run.status == 0, "\(file): \(run.stderr)")
            let results = try JSONObject(file: folder.path("out/sysu-dl-hw3/results.json"))
            let submission = try #require(results.objects("submissions").first)
            #expect(submission.string("studentID") == "ada", "\(file)")
            graded.append(submission.objects("parts").map { part in
                [part.string("partID") ?? "", part.string("verdict") ?? "", "\(part.number("points") ?? -1)",
                 (part.strings("feedback") ?? []).joined(separator: " | ")].joined(separator: "; ")
            })
        }
        #expect(graded[0].count == 11)
        #expect(graded[1] == graded[0])
        #expect(graded[2] == graded[0])
    }

    /// As for a sheet's answer on several lines, the caret stays on the answer's first line (at its end).
    @Test func aFormatErrorInJSONPointsIntoTheJSONFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("""
            {"student": "ada",
             "answers": {"2.c": [[1, 2],
                                 [3]],
                         "3.c": NaN}}

            """, to: "answers.json")
        let run = try Executable.run(["check", Self.rubric, "answers.json"], in: folder.url)
        #expect(run.stdout.contains("""
            ? 2.c  unreadable  0/3
                error: the rows of a matrix must have equal lengths
                 --> answers.json:2:29
                2 |  "answers": {"2.c": [[1, 2],
                  |                             ^ a row has 1 number here but 2 in the row before
            """))
        #expect(run.stdout.contains("""
            ✗ 3.c  wrong  0/2
                the answer is not a number (nan)
            """))
    }

    @Test func aLoneNpyFileIsRefusedWithHowToSaveAnswers() throws {
        let folder = try TemporaryFolder()
        let npz = try Data(contentsOf: Self.fixtures.appendingPathComponent("ada.npz"))
        // The first member of ada.npz is 1.a.npy, stored uncompressed: its bytes start at the magic string.
        let start = try #require(npz.firstRange(of: Data([0x93] + Array("NUMPY".utf8)))?.lowerBound)
        try folder.write(npz.subdata(in: start..<npz.count), to: "answer.npy")
        let run = try Executable.run(["check", Self.rubric, "answer.npy"], in: folder.url)
        #expect(run.status != 0)
        #expect((run.stdout + run.stderr).contains("answer.npy:1:1: a .npy file holds one array without its part id; save all your answers in one file with np.savez('answers.npz', **{'1.a': ..., '1.b': ...})"))
    }
}
