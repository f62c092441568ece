import Foundation
import RNNGrading
import Testing

/// A check on the page gives the verdicts `rnngrade check` gives for the same answers, whether
/// they are pasted into the fields or uploaded.
@Suite struct CheckParityTests {
    /// Every shipped example: its file and its assignment.
    static let examples: [(assignment: String, file: String)] = {
        let folder = TestServer.root.appendingPathComponent("Submissions")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted().flatMap { assignment in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(assignment).path)) ?? []).sorted()
                .map { (assignment, folder.appendingPathComponent(assignment).appendingPathComponent($0).path) }
        }
    }()

    /// The verdicts `check` computes for the file (the same reading and grading call).
    static func checkVerdicts(_ path: String, assignment: String) -> [String: String] {
        let grader = TestServer.assignments.first { $0.id == assignment }!.grader
        let found = SubmissionDiscovery.Found(path: path, relativePath: path, folder: nil, refusal: nil)
        return Dictionary(uniqueKeysWithValues: SubmissionGrading.grade(file: found, grader: grader).parts.map { ($0.partID, $0.verdict.rawValue) })
    }

    /// Every shipped assignment with fixed data has its sample submission here.
    @Test func everyShippedExampleIsChecked() {
        #expect(Self.examples.count == TestServer.assignments.count)
    }

    @Test(arguments: examples.map(\.file))
    func uploadGivesCheckVerdicts(_ file: String) async throws {
        let assignment = Self.examples.first { $0.file == file }!.assignment
        try await TestServer.with { (server: TestServer) async throws in
            let reply = try await RawHTTP.upload(server.port, "/a/\(assignment)/check", file: Array(try Data(contentsOf: URL(fileURLWithPath: file))))
            #expect(reply.status == 200)
            #expect(TestServer.verdicts(in: reply.text) == Self.checkVerdicts(file, assignment: assignment))
        }
    }

    @Test(arguments: examples.map(\.file))
    func pasteGivesCheckVerdicts(_ file: String) async throws {
        let assignment = Self.examples.first { $0.file == file }!.assignment
        // What the student would paste: each label's text from the sheet, continuation lines included.
        guard case .success(let submission) = SubmissionReader.read(path: file) else { Issue.record("unreadable example"); return }
        let fields = submission.answers.map { ($0.label, $0.text) }
        try await TestServer.with { (server: TestServer) async throws in
            let reply = try await RawHTTP.postForm(server.port, "/a/\(assignment)/check", fields)
            #expect(reply.status == 200)
            #expect(TestServer.verdicts(in: reply.text) == Self.checkVerdicts(file, assignment: assignment))
        }
    }

    /// The README's table for SYSU homework 3: 5 right, 1 partly right, 5 graded by hand.
    @Test func sysuCountsMatchTheReadme() async throws {
        try await TestServer.with { (server: TestServer) async throws in
            let file = TestServer.root.appendingPathComponent("Submissions/sysu-dl-hw3/16340154.txt")
            let reply = try await RawHTTP.upload(server.port, "/a/sysu-dl-hw3/check", file: Array(try Data(contentsOf: file)))
            let verdicts = Array(TestServer.verdicts(in: reply.text).values)
            #expect(verdicts.filter { $0 == "correct" }.count == 5)
            #expect(verdicts.filter { $0 == "partial" }.count == 1)
            #expect(verdicts.filter { $0 == "pending" }.count == 5)
            #expect(reply.text.contains("Auto-graded so far: 8.5 of"))
        }
    }
}
