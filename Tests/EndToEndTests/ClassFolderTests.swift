import Foundation
import Testing

/// The TA's loop on the committed class folder `Fixtures/ta-class/` (LMS download names from
/// Canvas, Moodle and Blackboard, a Canvas resubmission, a header id that disagrees with the
/// LMS, a student not on the roster, a roster student with no submission, platform junk, a
/// PDF and notes), graded with its Canvas gradebook export as the roster.
///
/// Expected points, by hand from in5400-w10's key: 1.a = 6 (1 point), 1.b = 2 (1 point),
/// 1.c = 0 (2 points), 1.d = 8 (2 points); 2.a–2.d are essays for a TA (1 point each);
/// 11 points in all.
@Suite struct ClassFolderTests {
    static let fixture = Executable.repositoryRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/ta-class")
    static let rubric = Executable.repositoryRoot.appendingPathComponent("Rubrics/in5400-w10.xml").path

    /// A copy of the fixture in a fresh folder, with Carol's resubmission (`answers-1`) made a
    /// day newer than her first upload (git does not keep modification times).
    static func classFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for name in ["class", "roster.csv"] {
            try FileManager.default.copyItem(at: fixture.appendingPathComponent(name), to: folder.url.appendingPathComponent(name))
        }
        let now = Date()
        try FileManager.default.setAttributes([.modificationDate: now.addingTimeInterval(-86_400)],
                                              ofItemAtPath: folder.path("class/whitecarol_98765_4455667_answers.txt"))
        try FileManager.default.setAttributes([.modificationDate: now],
                                              ofItemAtPath: folder.path("class/whitecarol_LATE_98765_4455990_answers-1.txt"))
        return folder
    }

    static func grade(_ folder: TemporaryFolder) throws -> CommandRun {
        try Executable.run(["grade", rubric, "class", "-o", "out", "--roster", "roster.csv", "--canvas", "--moodle",
                            "--canvas-assignment", "Homework 3:4455"], in: folder.url)
    }

    @Test func canvasExportHasANumberForEveryRosterStudent() throws {
        let folder = try Self.classFolder()
        let run = try Self.grade(folder)
        #expect(run.status == 0, "\(run.stderr)")
        // Carol: her later upload (1.a, 1.b, 1.c) = 4; Alice (Moodle folder) = 6 with her
        // essay 2.a pending (posted as auto-graded so far); Bo (header
        // names his login) 1.b only = 1; Dee handed in nothing = 0; Eze (Blackboard) 1.a, 1.d = 3.
        #expect(try folder.text("out/in5400-w10/canvas.csv") == """
            Student,ID,SIS User ID,SIS Login ID,Section,Homework 3 (4455)\r
            Points Possible,,,,,11\r
            "White, Carol",98765,400101515,cwhite,Section A,4\r
            "Smith, Alice",123456,400101516,asmith,Section A,6\r
            "Lee, Bo",55501,400101517,blee,Section B,1\r
            "Díaz, Dee",55502,400101518,ddiaz,Section B,0\r
            "Okafor, Eze",55503,400101519,eokafor,Section B,3\r

            """)
        #expect(try folder.text("out/in5400-w10/moodle.csv") == """
            ID number,IN5400 week 10: Recurrent neural networks\r
            400101515,4\r
            400101516,6\r
            400101517,1\r
            400101518,0\r
            400101519,3\r

            """)
    }

    @Test func theTAIsToldWhatWasSetAsideAndWhoIsMissing() throws {
        let folder = try Self.classFolder()
        let run = try Self.grade(folder)
        let notes = run.stdout.split(separator: "\n").filter { !$0.hasPrefix("  ") || $0.hasPrefix("  set aside") || $0.hasPrefix("  not on") || $0.hasPrefix("  no submission") || $0.hasPrefix("  note") }
        #expect(notes == [
            "in5400-w10 — IN5400 week 10: Recurrent neural networks: 5 submissions, reports in \(folder.path("out/in5400-w10"))/",
            "  set aside: Homework 3_eokafor_attempt_2024-03-01-14-05-09.txt: not graded: the LMS's index of the download, not a student's file",
            "  set aside: notes.md: not graded: a Markdown note",
            "  set aside: scan.pdf: not graded: a PDF",
            "  set aside: whitecarol_98765_4455667_answers.txt: student '400101515' also handed in whitecarol_LATE_98765_4455990_answers-1.txt, which counts (--duplicates latest)",
            "  not on the roster: stranger (stranger.txt); no LMS export row",
            "  no submission: 400101518 Díaz, Dee; exports post 0",
            "  note: canvas.csv and moodle.csv post the auto-graded points so far for 1 student with parts still to grade by hand (--pending auto-only)",
        ])
    }

    @Test func theLMSIDWinsOverTheHeaderWithAWarning() throws {
        let folder = try Self.classFolder()
        _ = try Self.grade(folder)
        let results = try JSONObject(file: folder.path("out/in5400-w10/results.json"))
        let alice = try #require(results.objects("submissions").first { $0.string("studentID") == "400101516" })
        #expect(alice.string("name") == "Smith, Alice")
        #expect(alice.strings("warnings") == ["the file's header says student '999', but Moodle handed it in for '123456', which counts"])
        // Carol's header names her SIS id, the same roster student as her Canvas id: no warning.
        let carol = try #require(results.objects("submissions").first { $0.string("studentID") == "400101515" })
        #expect(carol.strings("warnings") == [])
        #expect(try folder.text("out/in5400-w10/feedback/400101516.md").hasPrefix(
            "# IN5400 week 10: Recurrent neural networks — feedback for Smith, Alice (400101516)\n"))
    }

    /// The TA fills Alice's essay in `hand-grading.csv` (0.5 of 1 point, with a comment) and
    /// grades again with `--hand`: every report and export carries the merged grade, and a
    /// bad row is refused before anything is written.
    @Test func handGradesMergeIntoEveryReport() throws {
        let folder = try Self.classFolder()
        _ = try Self.grade(folder)
        let sheet = try folder.text("out/in5400-w10/hand-grading.csv")
        #expect(sheet == """
            student,name,part,answer,look for,max,points,comment\r
            400101516,"Smith, Alice",2.a,The product of many Jacobians with norm below one shrinks the gradient exponentially.,"h_t = f_W(h_{t-1}, x_t) with the same function and parameters at every step; each symbol described.",1,,\r

            """)
        try folder.write(sheet.replacingOccurrences(of: "described.\",1,,", with: "described.\",1,0.5,Say why the norm matters."), to: "filled.csv")
        let run = try Executable.run(["grade", Self.rubric, "class", "-o", "out", "--roster", "roster.csv", "--hand", "filled.csv",
                                      "--canvas-assignment", "Homework 3:4455"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("  note: "))  // nothing is pending any more
        // Alice: 6 auto-graded + 0.5 by hand = 6.5; the exports asked for before are rewritten.
        #expect(try folder.text("out/in5400-w10/canvas.csv").contains("\"Smith, Alice\",123456,400101516,asmith,Section A,6.5\r\n"))
        #expect(try folder.text("out/in5400-w10/moodle.csv").contains("400101516,6.5\r\n"))
        #expect(try folder.text("out/in5400-w10/gradebook.csv").contains("400101516,\"Smith, Alice\",Alice Smith_123456_assignsubmission_file_/answers.txt,1,1,2,2,0.5,0,0,0,6.5,59.09,\"graded; warning: the file's header says student '999', but Moodle handed it in for '123456', which counts\""))
        let feedback = try folder.text("out/in5400-w10/feedback/400101516.md")
        #expect(feedback.contains("**Partly right: 0.5 / 1 point**"))
        #expect(feedback.contains("- Say why the norm matters."))
        #expect(try folder.text("out/in5400-w10/hand-grading.csv").contains(",1,0.5,Say why the norm matters.\r\n"))

        try folder.write("student,part,points\n400101516,2.a,3\n", to: "bad.csv")
        let before = try folder.text("out/in5400-w10/gradebook.csv")
        let bad = try Executable.run(["grade", Self.rubric, "class", "-o", "out", "--roster", "roster.csv", "--hand", "bad.csv"], in: folder.url)
        #expect(bad.status == 1)
        #expect(bad.stderr == "--hand bad.csv: row 2 (400101516, 2.a): 3 points is outside 0…1, what the part is worth; nothing was merged and no report was written\n")
        #expect(try folder.text("out/in5400-w10/gradebook.csv") == before)
    }

    /// After the hand grades are merged, Bo fixes his 1.a and the TA regrades only him, by
    /// his file; the rest of the class (Alice's hand grade included) stays, a plain rerun
    /// keeps the hand grade, and a one-student folder does not silently replace the class.
    @Test func regradingOneStudentKeepsTheClass() throws {
        let folder = try Self.classFolder()
        _ = try Self.grade(folder)
        try folder.write("student,part,points,comment\n400101516,2.a,0.5,Say why.\n", to: "filled.csv")
        _ = try Executable.run(["grade", Self.rubric, "class", "-o", "out", "--roster", "roster.csv", "--hand", "filled.csv"], in: folder.url)
        try folder.write("# assignment: in5400-w10\n# student: blee\n1.a = 6\n1.b = 2\n", to: "class/lee-bo.txt")
        let one = try Executable.run(["grade", Self.rubric, "class/lee-bo.txt", "-o", "out", "--roster", "roster.csv",
                                      "--only", "400101517", "-q"], in: folder.url)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.contains(": 5 submissions, "))
        let rows = try folder.text("out/in5400-w10/moodle.csv")
        #expect(rows.hasSuffix("400101515,4\r\n400101516,6.5\r\n400101517,2\r\n400101518,0\r\n400101519,3\r\n"))
        // A plain rerun of the whole folder keeps the merged hand grade (same answer).
        _ = try Executable.run(["grade", Self.rubric, "class", "-o", "out", "--roster", "roster.csv", "-q"], in: folder.url)
        #expect(try folder.text("out/in5400-w10/moodle.csv") == rows)
        // A folder of one student would replace a class of five: refused.
        try folder.write("# assignment: in5400-w10\n1.a = 6\n", to: "late/zed.txt")
        let shrink = try Executable.run(["grade", Self.rubric, "late", "-o", "out", "-q"], in: folder.url)
        #expect(shrink.status == 1)
        #expect(shrink.stderr.hasSuffix("holds the reports of 5 submissions and this run graded 1: to regrade some students use --only ID..., to replace the class's reports pass --replace; nothing was written\n"))
        #expect(try folder.text("out/in5400-w10/moodle.csv") == rows)
        let replaced = try Executable.run(["grade", Self.rubric, "late", "-o", "out", "-q", "--replace"], in: folder.url)
        #expect(replaced.status == 0)
        #expect(try folder.text("out/in5400-w10/moodle.csv") == "ID number,IN5400 week 10: Recurrent neural networks\r\nzed,1\r\n")
    }
}
