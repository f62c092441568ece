import Foundation
import Testing

/// `rnngrade grade` on a folder of hostile submissions to in5400-w10: the batch finishes, every
/// file gets a row, nothing leaks out of the system or out of `--out`, the good file is graded.
@Suite struct HostileSubmissionTests {
    /// The submissions folder, built in `folder/subs`.
    static func makeSubmissions(in folder: TemporaryFolder) throws {
        let sheet = { (student: String, body: String) in "# assignment: in5400-w10\n# student: \(student)\n\(body)" }
        try folder.write("<submission><answer", to: "subs/unreadable.xml")
        try folder.write("""
            <?xml version="1.0"?>
            <!DOCTYPE submission [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <submission xmlns="urn:rnngrade:submission:1" assignment="in5400-w10" student="xxe">
              <answer part="1.a">&xxe;</answer>
            </submission>
            """, to: "subs/xxe.xml")
        let huge = try folder.newFile("subs/huge.txt")
        try huge.truncate(atOffset: 50 * 1024 * 1024)
        try huge.close()
        try FileManager.default.createSymbolicLink(atPath: folder.path("subs/etc-link"), withDestinationPath: "/etc")
        try FileManager.default.createSymbolicLink(atPath: folder.path("subs/passwd-link"), withDestinationPath: "/etc/passwd")
        try folder.write(sheet("../../x", "1.a = 6\n"), to: "subs/traversal.txt")
        try folder.write("", to: "subs/empty.txt")
        try folder.write(sheet("twin", "1.a = 6\n"), to: "subs/twin1.txt")
        try folder.write(sheet("twin", "1.a = 5\n"), to: "subs/twin2.txt")
        try folder.write(sheet("nul", "1.a = 6\0\0\n1.b = 2\n"), to: "subs/nul.txt")
        try folder.write(sheet("good", "1.a = 6\n1.b = 2\n1.c = 0\n1.d = 8\n"), to: "subs/good.txt")
    }

    static let rubric = Executable.repositoryRoot.appendingPathComponent("Rubrics/in5400-w10.xml").path

    /// Grades the hostile folder from `folder` into `folder/out`.
    static func grade(in folder: TemporaryFolder) throws -> CommandRun {
        try makeSubmissions(in: folder)
        return try Executable.run(["grade", rubric, "subs", "--out", "out"], in: folder.url)
    }

    @Test func everyFileGetsARow() throws {
        let folder = try TemporaryFolder()
        let run = try Self.grade(in: folder)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        // RFC 4180 lines end in CRLF.
        let rows = try folder.text("out/in5400-w10/gradebook.csv").components(separatedBy: "\r\n").dropLast()
        let zeros = "0,0,0,0,0,0,0,0,0,0"
        #expect(rows.count == 11)
        #expect(rows.filter { !$0.hasPrefix("unreadable,") } == [
            "student,name,file,1.a,1.b,1.c,1.d,2.a,2.b,2.c,2.d,total,percent,status",
            "../../x,,traversal.txt,1,0,0,0,0,0,0,0,1,9.09,graded",
            "empty,,empty.txt,\(zeros),unreadable file: empty.txt: this file is empty: was the right file uploaded?",
            "etc-link,,etc-link,\(zeros),unreadable file: etc-link: a symbolic link to a place outside the submissions folder; not followed",
            "good,,good.txt,1,1,2,2,0,0,0,0,6,54.55,graded",
            "huge,,huge.txt,\(zeros),unreadable file: huge.txt:1:1: this file is too large (52428800 bytes; a submission may have at most 1048576 bytes): is it really an answer sheet?",
            "nul,,nul.txt,\(zeros),unreadable file: nul.txt:3:8: this looks like a binary file (it contains a NUL byte); save your answers as plain UTF-8 text",
            "passwd-link,,passwd-link,\(zeros),unreadable file: passwd-link: a symbolic link to a place outside the submissions folder; not followed",
            "twin,,twin2.txt,\(zeros),graded",
            "xxe,,xxe.xml,\(zeros),unreadable file: xxe.xml:2:1: DOCTYPE declarations are not allowed (they can be used to read local files); delete the <!DOCTYPE …> declaration",
        ])
        // libxml2 words the syntax error itself; the place is ours.
        #expect(rows.contains { $0.hasPrefix("unreadable,,unreadable.xml,\(zeros),unreadable file: unreadable.xml:1:") })
    }

    @Test func summaryFlagsTheUnreadableFiles() throws {
        let folder = try TemporaryFolder()
        _ = try Self.grade(in: folder)
        let summary = try folder.text("out/in5400-w10/summary.md")
        #expect(summary.contains("in5400-w10: 10 submissions, 3 readable, 7 unreadable."))
        let flagged = summary.components(separatedBy: "## Unreadable submissions").last?
            .split(separator: "\n").filter { $0.hasSuffix("):") }
        #expect(flagged == ["empty (empty.txt):", "etc-link (etc-link):", "huge (huge.txt):", "nul (nul.txt):",
                            "passwd-link (passwd-link):", "unreadable (unreadable.xml):", "xxe (xxe.xml):"])
    }

    @Test func theGoodSubmissionIsGradedRight() throws {
        let folder = try TemporaryFolder()
        _ = try Self.grade(in: folder)
        let results = try JSONObject(file: folder.path("out/in5400-w10/results.json"))
        let good = try #require(results.objects("submissions").first { $0.string("studentID") == "good" })
        #expect(good.objects("parts").map { $0.number("points") } == [1, 1, 2, 2, 0, 0, 0, 0])
        #expect(good.string("loadError") == nil && good.strings("warnings") == [])
        #expect(try folder.text("out/in5400-w10/feedback/good.md").contains("**Total: 6 / 11 points (54.5%)**"))
    }

    @Test func nothingIsWrittenOutsideOutAndNamesAreSanitised() throws {
        let folder = try TemporaryFolder()
        _ = try Self.grade(in: folder)
        let students = ["_._x", "empty", "etc-link", "good", "huge", "nul", "passwd-link", "twin", "unreadable", "xxe"]
        let reports = ["out", "out/in5400-w10", "out/in5400-w10/feedback", "out/in5400-w10/gradebook.csv",
                       "out/in5400-w10/hand-grading.csv", "out/in5400-w10/hand-grading.html", "out/in5400-w10/results.json", "out/in5400-w10/summary.html", "out/in5400-w10/summary.md"]
            + students.flatMap { ["out/in5400-w10/feedback/\($0).md", "out/in5400-w10/feedback/\($0).html"] }
        let submissions = ["subs", "subs/empty.txt", "subs/etc-link", "subs/good.txt", "subs/huge.txt", "subs/nul.txt",
                           "subs/passwd-link", "subs/traversal.txt", "subs/twin1.txt", "subs/twin2.txt",
                           "subs/unreadable.xml", "subs/xxe.xml"]
        #expect(folder.tree() == (reports + submissions).sorted())
        #expect(try folder.text("out/in5400-w10/feedback/_._x.md").hasPrefix(
            "# IN5400 week 10: Recurrent neural networks — feedback for ../../x\n"))
    }

    @Test func noLineOfEtcPasswdAppearsAnywhere() throws {
        let folder = try TemporaryFolder()
        let run = try Self.grade(in: folder)
        let secrets = try String(contentsOfFile: "/etc/passwd", encoding: .utf8).split(separator: "\n").filter { $0.count > 8 }
        #expect(!secrets.isEmpty)
        var outputs = [run.stdout, run.stderr]
        for file in TemporaryFolder.tree(below: folder.url.appendingPathComponent("out")) where !folder.isDirectory("out/\(file)") {
            outputs.append(try folder.text("out/\(file)"))
        }
        for output in outputs {
            for secret in secrets { #expect(!output.contains(secret)) }
        }
    }

    /// twin2.txt is written after twin1.txt, so under the default `--duplicates latest` it
    /// counts; twin1.txt is set aside in the TA's table and `results.json`, and the student's
    /// own feedback says nothing of it.
    @Test func filesSharingAStudentKeepTheLatest() throws {
        let folder = try TemporaryFolder()
        let run = try Self.grade(in: folder)
        let note = "twin1.txt: student 'twin' also handed in twin2.txt, which counts (--duplicates latest)"
        #expect(run.stdout.hasSuffix("\n  set aside: \(note)\n"))
        let results = try JSONObject(file: folder.path("out/in5400-w10/results.json"))
        let twins = results.objects("submissions").filter { $0.string("studentID") == "twin" }
        #expect(twins.map { $0.string("file") } == ["twin2.txt"])
        #expect(twins.map { $0.strings("warnings") } == [[]])
        #expect(results.objects("setAside").map { "\($0.string("file") ?? ""): \($0.string("reason") ?? "")" } == [note])
        #expect(try !folder.text("out/in5400-w10/feedback/twin.md").contains("twin1"))
    }

    @Test func reportsDoNotDependOnTheJobCount() throws {
        let folder = try TemporaryFolder()
        try Self.makeSubmissions(in: folder)
        for jobs in ["1", "8"] {
            let run = try Executable.run(["grade", Self.rubric, "subs", "--out", "out\(jobs)", "--quiet", "--jobs", jobs], in: folder.url)
            #expect(run.status == 0)
        }
        let files = TemporaryFolder.tree(below: folder.url.appendingPathComponent("out1"))
        #expect(files.count == 2 + 6 + 2 * 10)
        #expect(TemporaryFolder.tree(below: folder.url.appendingPathComponent("out8")) == files)
        for file in files where !folder.isDirectory("out1/\(file)") {
            #expect(try folder.text("out1/\(file)") == folder.text("out8/\(file)"), "\(file)")
        }
    }
}
