import Foundation
import Testing

/// What `grade` makes of a real download folder: platform junk skipped, files that are not
/// answers set aside, the reports folder never read back, a folder it cannot open reported
/// as a row, and `--duplicates` choosing the file that counts.
@Suite struct DiscoveryTests {
    static let rubric = Executable.repositoryRoot.appendingPathComponent("Rubrics/in5400-w10.xml").path

    /// `1.a = 6` is right (1 point); `1.a = 5` is wrong.
    static func sheet(_ student: String, _ answer: String) -> String {
        "# assignment: in5400-w10\n# student: \(student)\n1.a = \(answer)\n"
    }

    static func messyFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(sheet("ana", "6"), to: "subs/ana.txt")
        try folder.write("junk", to: "subs/__MACOSX/._ana.txt")
        try folder.write("junk", to: "subs/.DS_Store")
        try folder.write("junk", to: "subs/Thumbs.db")
        try folder.write("junk", to: "subs/bo/desktop.ini")
        try folder.write(sheet("bo", "6"), to: "subs/bo/answers.txt")
        try folder.write("%PDF-1.4", to: "subs/bo/scan.pdf")
        try folder.write("my notes", to: "subs/notes.md")
        try folder.write("\u{89}PNG", to: "subs/photo.PNG")
        try folder.write("%PDF-1.4", to: "subs/cy/answers.pdf")
        return folder
    }

    @Test func junkIsSkippedAndNonAnswersAreSetAside() throws {
        let folder = try Self.messyFolder()
        let run = try Executable.run(["grade", Self.rubric, "subs", "-o", "subs/out"], in: folder.url)
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "in5400-w10 — IN5400 week 10: Recurrent neural networks: 3 submissions, reports in \(folder.path("subs/out/in5400-w10"))/")
        #expect(lines.filter { $0.hasPrefix("  set aside: ") } == [
            "  set aside: bo/scan.pdf: not graded: a PDF",
            "  set aside: cy/answers.pdf: not graded: a PDF",
            "  set aside: notes.md: not graded: a Markdown note",
            "  set aside: photo.PNG: not graded: an image",
        ])
        let rows = try folder.text("subs/out/in5400-w10/gradebook.csv").components(separatedBy: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).prefix(3).joined(separator: ",") }
        #expect(rows.dropFirst().dropLast() == ["ana,,ana.txt", "bo,,bo/answers.txt", "cy,,cy"])
        #expect(try folder.text("subs/out/in5400-w10/gradebook.csv").contains(
            "cy: this student folder holds no answer file (answers.pdf is a PDF)"))
        // The second run does not read the reports (subs/out) as a student.
        let again = try Executable.run(["grade", Self.rubric, "subs", "-o", "subs/out"], in: folder.url)
        #expect(again.stdout == run.stdout)
    }

    @Test func anUnreadableStudentFolderIsARow() throws {
        // root reads any folder, so the case cannot be built when the tests run as root.
        guard getuid() != 0 else { return }
        let folder = try Self.messyFolder()
        try folder.write(Self.sheet("dee", "6"), to: "subs/dee/answers.txt")
        chmod(folder.path("subs/dee"), 0)
        defer { chmod(folder.path("subs/dee"), 0o755) }
        let run = try Executable.run(["grade", Self.rubric, "subs", "-o", "out"], in: folder.url)
        #expect(run.status == 0)
        #expect(try folder.text("out/in5400-w10/gradebook.csv").contains(
            "dee,,dee,0,0,0,0,0,0,0,0,0,0,unreadable file: dee: this student folder cannot be opened (Permission denied); fix its permissions and grade again"))
    }

    /// old.txt is older than new.txt by a day; both claim `ana` in their header.
    static func resubmission() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(sheet("ana", "5"), to: "subs/new.txt")
        try folder.write(sheet("ana", "6"), to: "subs/old.txt")
        let dayAgo = Date().addingTimeInterval(-86_400)
        try FileManager.default.setAttributes([.modificationDate: dayAgo], ofItemAtPath: folder.path("subs/old.txt"))
        return folder
    }

    @Test func duplicatesLatestFirstAndError() throws {
        let folder = try Self.resubmission()
        var totals: [String: String] = [:]
        for policy in ["latest", "first", "error"] {
            let run = try Executable.run(["grade", Self.rubric, "subs", "-o", policy, "--duplicates", policy], in: folder.url)
            #expect(run.status == 0)
            totals[policy] = try folder.text("\(policy)/in5400-w10/gradebook.csv").components(separatedBy: "\r\n").dropFirst().dropLast().joined(separator: "\n")
        }
        // Unanswered essays are unanswered, not pending.
        #expect(totals["latest"] == "ana,,new.txt,0,0,0,0,0,0,0,0,0,0,graded")
        #expect(totals["first"] == "ana,,old.txt,1,0,0,0,0,0,0,0,1,9.09,graded")
        let refused = "0,0,0,0,0,0,0,0,0,0,\"unreadable file: new.txt, old.txt all claim student 'ana' and --duplicates error counts none: remove all but one and grade again\""
        #expect(totals["error"] == "ana,,new.txt,\(refused)\nana,,old.txt,\(refused)")
    }
}
