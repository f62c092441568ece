import Foundation
import Testing

/// `rnngrade gradescope` in a fake autograder layout: `autograder/source/rubric.xml`,
/// `autograder/submission/…`, results in `autograder/results/results.json`.
@Suite struct GradescopeTests {
    /// A layout with in5400-w10 as the rubric and `files` uploaded.
    static func layout(_ files: [String: String]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let rubric = try Data(contentsOf: Executable.repositoryRoot.appendingPathComponent("Rubrics/in5400-w10.xml"))
        try folder.write(rubric, to: "autograder/source/rubric.xml")
        try FileManager.default.createDirectory(atPath: folder.path("autograder/submission"), withIntermediateDirectories: true)
        for (name, text) in files { try folder.write(text, to: "autograder/submission/\(name)") }
        return folder
    }

    static let arguments = ["gradescope", "--rubric", "autograder/source/rubric.xml", "--submission", "autograder/submission",
                            "--results", "autograder/results/results.json"]

    /// Gradescope's results.json: `score`, `output`, and `tests` with `name`, `score`,
    /// `max_score`, `output`, `visibility` each.
    static func results(in folder: TemporaryFolder) throws -> JSONObject {
        try JSONObject(file: folder.path("autograder/results/results.json"))
    }

    @Test func gradesTheOneUploadedFile() throws {
        let folder = try Self.layout(["mine.txt": "1.a = 6\n1.b = 2\n1.c = 0\n1.d = 7\n"])
        let run = try Executable.run(Self.arguments + ["--visibility", "visible"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.stdout == "in5400-w10: mine.txt: 4 of 6 points\nwrote autograder/results/results.json\n")
        let results = try Self.results(in: folder)
        #expect(results.number("score") == 4)
        #expect(results.string("output") == "Total: 4 / 6 points (66.7%)")
        // The hand-graded parts 2.a–2.d are Gradescope questions of their own.
        #expect(results.objects("tests").map { $0.string("name") } == ["1.a — Compute the predicted value ŷ₂.",
                                              "1.b — With the quadratic loss L_t = (ŷ_t − y_t)², compute the total loss L = L₁ + L₂.",
                                              "1.c — Compute ∂L/∂h₁.", "1.d — Compute ∂L/∂W_h."])
        #expect(results.objects("tests").map { $0.number("score") } == [1, 1, 2, 0])
        #expect(results.objects("tests").map { $0.number("max_score") } == [1, 1, 2, 2])
        #expect(results.objects("tests").map { $0.string("visibility") } == Array(repeating: "visible", count: 4))
        #expect(results.objects("tests").map { $0.string("output") }.last == "Wrong: 0 / 2 points\nYour answer: 7\nKey: 8")
    }

    @Test func picksAnswersTxtAmongSeveralFiles() throws {
        let folder = try Self.layout(["answers.txt": "1.a = 6\n", "notes.txt": "1.a = 5\n", "draft.xml": "<submission"])
        let run = try Executable.run(Self.arguments, in: folder.url)
        #expect(run.status == 0)
        let results = try Self.results(in: folder)
        #expect(results.number("score") == 1)
        #expect(results.objects("tests").map { $0.string("visibility") } == Array(repeating: "after_published", count: 4))
    }

    @Test func picksAnswersJSONBesideTheNotebook() throws {
        let folder = try Self.layout(["answers.json": #"{"1.a": 6}"#, "hw.ipynb": #"{"cells": []}"#])
        let run = try Executable.run(Self.arguments, in: folder.url)
        #expect(run.status == 0)
        #expect(try Self.results(in: folder).number("score") == 1)
    }

    @Test func severalFilesWithoutAnswersTxtScoreZeroWithTheReason() throws {
        let folder = try Self.layout(["a.txt": "1.a = 6\n", "b.txt": "1.a = 5\n"])
        let run = try Executable.run(Self.arguments, in: folder.url)
        #expect(run.status == 0)
        #expect(try folder.text("autograder/results/results.json") == #"""
            {
              "output" : "Total: 0 / 6 points (0%)\nThis file could not be read, so no part was graded:\n2 files were uploaded (a.txt, b.txt): upload only your answer sheet, or name it answers.txt (or answers.xml)",
              "score" : 0,
              "tests" : [
                {
                  "max_score" : 1,
                  "name" : "1.a — Compute the predicted value ŷ₂.",
                  "output" : "Not answered: 0 / 1 point\nYour answer: (no answer)",
                  "score" : 0,
                  "visibility" : "after_published"
                },
                {
                  "max_score" : 1,
                  "name" : "1.b — With the quadratic loss L_t = (ŷ_t − y_t)², compute the total loss L = L₁ + L₂.",
                  "output" : "Not answered: 0 / 1 point\nYour answer: (no answer)",
                  "score" : 0,
                  "visibility" : "after_published"
                },
                {
                  "max_score" : 2,
                  "name" : "1.c — Compute ∂L/∂h₁.",
                  "output" : "Not answered: 0 / 2 points\nYour answer: (no answer)",
                  "score" : 0,
                  "visibility" : "after_published"
                },
                {
                  "max_score" : 2,
                  "name" : "1.d — Compute ∂L/∂W_h.",
                  "output" : "Not answered: 0 / 2 points\nYour answer: (no answer)",
                  "score" : 0,
                  "visibility" : "after_published"
                }
              ]
            }

            """#)
    }

    @Test func anUnreadableFileScoresZeroWithTheReason() throws {
        let folder = try Self.layout(["answers.txt": "1.a = 6\0\n"])
        let run = try Executable.run(Self.arguments, in: folder.url)
        #expect(run.status == 0)
        let results = try Self.results(in: folder)
        #expect(results.number("score") == 0)
        #expect(results.string("output") == """
            Total: 0 / 6 points (0%)
            This file could not be read, so no part was graded:
            answers.txt:1:8: this looks like a binary file (it contains a NUL byte); save your answers as plain UTF-8 text
            """)
    }

    @Test func anEmptyUploadScoresZero() throws {
        let folder = try Self.layout([:])
        let run = try Executable.run(Self.arguments, in: folder.url)
        #expect(run.status == 0)
        let results = try Self.results(in: folder)
        #expect(results.number("score") == 0)
        #expect(try #require(results.string("output")).hasSuffix("\nno file was uploaded: upload your answer sheet (see rnngrade template)"))
    }

    @Test func aBrokenRubricStillWritesResultsAndFails() throws {
        let folder = try Self.layout(["answers.txt": "1.a = 6\n"])
        try folder.write("<assignment", to: "autograder/source/rubric.xml")
        let run = try Executable.run(Self.arguments, in: folder.url)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("autograder/source/rubric.xml:"))
        let results = try Self.results(in: folder)
        #expect(results.number("score") == 0)
        #expect(results.objects("tests").isEmpty)
        #expect(try #require(results.string("output")).contains("the autograder's rubric could not be loaded; tell your instructor:\nautograder/source/rubric.xml:"))
    }
}
