import RNNGrading
import Testing
import RNNReports

@Suite struct GradebookCSVTests {
    @Test func wholeFile() {
        let expected = "student,name,file,1.a,1.b,1.d,2.a,total,percent,status\r\n"
            + "400101,,400101.txt,1,1,0,,2,33.33,pending: 2.a\r\n"
            + "400102,,400102.txt,0,1,1.5,1,3.5,58.33,graded\r\n"
            + "400104,,x.txt,0,0,0,0,0,0,\"unreadable file: x.txt:1:1: the file is not UTF-8\nsave it as UTF-8, then resubmit\"\r\n"
            + "\"'=cmd()|\"\"x\"\",y\",,evil.txt,0,0,0,0,0,0,graded; warning: unknown part 9.z ignored\r\n"
        #expect(GradebookCSV.render(Fixtures.batch) == expected)
    }

    @Test func pathLikeIDsAreOrdinaryText() {
        let grade = SubmissionGrade(studentID: "../../x", file: "a,b.txt", assignmentID: "w10", parts: [])
        let batch = BatchResult(assignmentID: "w10", assignmentTitle: "T", parts: [], submissions: [grade])
        #expect(GradebookCSV.render(batch) == "student,name,file,total,percent,status\r\n../../x,,\"a,b.txt\",0,0,graded\r\n")
    }
}

@Suite struct CanvasCSVTests {
    @Test func totalColumn() {
        let expected = "Student,ID,SIS User ID,SIS Login ID,Section,Week 10: RNNs\r\n"
            + "Points Possible,,,,,6\r\n"
            + "400101,,400101,,,2\r\n"
            + "400102,,400102,,,3.5\r\n"
            + "400104,,400104,,,0\r\n"
            + "\"'=cmd()|\"\"x\"\",y\",,\"'=cmd()|\"\"x\"\",y\",,,0\r\n"
        #expect(CanvasCSV.render(Fixtures.batch) == expected)
    }
}

@Suite struct CanvasAssignmentTests {
    /// Canvas matches `Title (id)` to the assignment with that id; the colon splits at the last one.
    @Test func columnNamedWithTheCanvasID() {
        let assignment = CanvasAssignment(argument: "Week 10: RNNs:4455")
        #expect(CanvasCSV.render(Fixtures.batch, assignment: assignment).hasPrefix(
            "Student,ID,SIS User ID,SIS Login ID,Section,Week 10: RNNs (4455)\r\n"))
        #expect(CanvasAssignment(argument: "Homework 3") == nil)
        #expect(CanvasAssignment(argument: ":4455") == nil)
        #expect(CanvasAssignment(argument: "Homework 3:44a5") == nil)
    }
}

@Suite struct MoodleCSVTests {
    @Test func totalColumn() {
        let expected = "ID number,Week 10: RNNs\r\n"
            + "400101,2\r\n"
            + "400102,3.5\r\n"
            + "400104,0\r\n"
            + "\"'=cmd()|\"\"x\"\",y\",0\r\n"
        #expect(MoodleCSV.render(Fixtures.batch) == expected)
    }

    /// 400101 has 2 auto-graded points and 2.a pending: `auto-only` posts 2 (above), `blank`
    /// nothing, `zero` 0; the fully graded rows do not change.
    @Test func pendingPolicies() {
        let rows = { (policy: PendingPolicy) in MoodleCSV.render(Fixtures.batch, pending: policy).components(separatedBy: "\r\n") }
        #expect(rows(.blank)[1...3] == ["400101,", "400102,3.5", "400104,0"])
        #expect(rows(.zero)[1...3] == ["400101,0", "400102,3.5", "400104,0"])
    }
}
