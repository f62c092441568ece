import Foundation
import Testing
import RNNGrading
@testable import RNNReports

/// The whole report folder is replaced at once, and leftovers of an interrupted run are cleared.
@Suite struct ReportSetTests {
    static let batch = BatchResult(
        assignmentID: "a", assignmentTitle: "A",
        parts: [.init(id: "1.a", title: "One", maxPoints: 1, kind: "number")],
        submissions: [SubmissionGrade(studentID: "../../x", file: "x.txt", assignmentID: "a",
                                      parts: [PartGrade(partID: "1.a", maxPoints: 1, points: 1, verdict: .correct, answer: "6")])])

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rnngrade-reportset-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesEveryReportAndReplacesThePreviousFolderWhole() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("a")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "from an older run".write(to: folder.appendingPathComponent("stale.txt"), atomically: true, encoding: .utf8)
        // A staging folder left by an interrupted run.
        let staging = root.appendingPathComponent(".a.partial")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)

        let written = try ReportSet.write(Self.batch, to: folder)

        let names = written.map { String($0.dropFirst(folder.path.count + 1)) }
        #expect(names == ["feedback/_._x.html", "feedback/_._x.md", "gradebook.csv", "results.json", "summary.html", "summary.md"])
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("stale.txt").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["a"])
    }
}
