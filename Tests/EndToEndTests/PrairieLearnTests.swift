import Foundation
import Testing

/// `rnngrade prairielearn` in a temporary copy of PrairieLearn's grading-job layout:
/// `grade/tests/rubric.xml`, `grade/data/data.json`, `grade/student/…`, results written to
/// `grade/results/results.json` (a folder that does not exist beforehand, as in PrairieLearn).
/// The results format checked here is PrairieLearn's "Grading results"
/// (https://prairielearn.readthedocs.io/en/latest/externalGrading/#grading-results): `score` in
/// [0, 1], `gradable`, `message`, and `tests` with `name`, `points`, `max_points`, `message`,
/// `output`; a not gradable result has `gradable: false`, `format_errors` and no `score`.
@Suite struct PrairieLearnTests {
    /// A job layout with in5400-w10 as the rubric, `data` as data.json and `files` submitted.
    static func layout(data: String = #"{"params": {}, "submitted_answers": {}}"#, files: [String: String]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let rubric = try Data(contentsOf: Executable.repositoryRoot.appendingPathComponent("Rubrics/in5400-w10.xml"))
        try folder.write(rubric, to: "grade/tests/rubric.xml")
        try folder.write(data, to: "grade/data/data.json")
        try FileManager.default.createDirectory(atPath: folder.path("grade/student"), withIntermediateDirectories: true)
        for (name, text) in files { try folder.write(text, to: "grade/student/\(name)") }
        return folder
    }

    static let arguments = ["prairielearn", "--rubric", "grade/tests/rubric.xml", "--data", "grade/data/data.json",
                            "--student", "grade/student", "--results", "grade/results/results.json"]

    static func results(in folder: TemporaryFolder) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: folder.path("grade/results/results.json")))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// in5400-w10's auto-graded parts are 1.a (1 point, key 6), 1.b (1, key 2), 1.c (2, key 0),
    /// 1.d (2, key 8): three right and 1.d wrong give 4 of 6, score 4/6. The hand-graded 2.a–2.d
    /// are PrairieLearn's to grade manually and are left out.
    @Test func gradesTheSubmittedFile() throws {
        let folder = try Self.layout(files: ["answers.txt": "1.a = 6\n1.b = 2\n1.c = 0\n1.d = 7\n"])
        let run = try Executable.run(Self.arguments, in: folder.url)
        #expect(run.status == 0)
        #expect(run.stdout == "in5400-w10: answers.txt: 4 of 6 points\nwrote grade/results/results.json\n")
        let results = try Self.results(in: folder)
        #expect(Set(results.keys) == ["gradable", "score", "message", "tests"])
        #expect(results["gradable"] as? Bool == true)
        #expect(abs((results["score"] as? Double ?? -1) - 4.0 / 6.0) < 1e-12)
        #expect(results["message"] as? String == "Total: 4 / 6 points (66.7%)")
        let tests = try #require(results["tests"] as? [[String: Any]])
        #expect(tests.map { Set($0.keys) } == Array(repeating: ["name", "points", "max_points", "message", "output"], count: 4))
        #expect(tests.map { $0["name"] as? String } == ["1.a — Compute the predicted value ŷ₂.",
                                                        "1.b — With the quadratic loss L_t = (ŷ_t − y_t)², compute the total loss L = L₁ + L₂.",
                                                        "1.c — Compute ∂L/∂h₁.", "1.d — Compute ∂L/∂W_h."])
        #expect(tests.map { $0["points"] as? Double } == [1, 1, 2, 0])
        #expect(tests.map { $0["max_points"] as? Double } == [1, 1, 2, 2])
        #expect(tests.map { $0["message"] as? String } == ["Correct: 1 / 1 point", "Correct: 1 / 1 point",
                                                           "Correct: 2 / 2 points", "Wrong: 0 / 2 points"])
        #expect(tests.last?["output"] as? String == "Your answer: 7\nKey: 8")
    }

    /// With no file submitted, a text answer in `submitted_answers.answers` is graded: 1.a and
    /// 1.c right, 1 + 2 of 6 points.
    @Test func gradesATextAnswerFromDataJSON() throws {
        let folder = try Self.layout(data: #"{"submitted_answers": {"answers": "1.a = 6\n1.c = 0\n"}}"#, files: [:])
        let run = try Executable.run(Self.arguments, in: folder.url)
        #expect(run.status == 0)
        let results = try Self.results(in: folder)
        #expect(results["gradable"] as? Bool == true)
        #expect(abs((results["score"] as? Double ?? -1) - 3.0 / 6.0) < 1e-12)
    }

    /// A file that cannot be read costs the student nothing: not gradable, no score, the reason
    /// as the format error.
    @Test func anUnreadableFileIsNotGradable() throws {
        let folder = try Self.layout(files: ["answers.txt": "1.a = 6\0\n"])
        let run = try Executable.run(Self.arguments, in: folder.url)
        #expect(run.status == 0)
        let results = try Self.results(in: folder)
        #expect(Set(results.keys) == ["gradable", "message", "format_errors"])
        #expect(results["gradable"] as? Bool == false)
        #expect(results["format_errors"] as? [String] == [
            "answers.txt:1:8: this looks like a binary file (it contains a NUL byte); save your answers as plain UTF-8 text"])
    }

    @Test func nothingSubmittedIsNotGradable() throws {
        let folder = try Self.layout(files: [:])
        let run = try Executable.run(Self.arguments, in: folder.url)
        #expect(run.status == 0)
        let results = try Self.results(in: folder)
        #expect(results["gradable"] as? Bool == false)
        #expect(results["format_errors"] as? [String] == ["no file was uploaded: upload your answer sheet (see rnngrade template)"])
    }

    /// The instructor's mistakes still write a result (not gradable, so no student loses an
    /// attempt) and exit 1 with the located reason.
    @Test func aBrokenRubricOrDataFileIsNotGradableAndFails() throws {
        let folder = try Self.layout(files: ["answers.txt": "1.a = 6\n"])
        try folder.write("<assignment", to: "grade/tests/rubric.xml")
        let run = try Executable.run(Self.arguments, in: folder.url)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("the grader's rubric could not be loaded; tell your instructor:\ngrade/tests/rubric.xml:"))
        #expect(try Self.results(in: folder)["gradable"] as? Bool == false)

        let broken = try Self.layout(data: "{not json", files: ["answers.txt": "1.a = 6\n"])
        let second = try Executable.run(Self.arguments, in: broken.url)
        #expect(second.status == 1)
        #expect(second.stderr.contains("grade/data/data.json: not valid JSON"))
        #expect(try Self.results(in: broken)["gradable"] as? Bool == false)
    }
}
