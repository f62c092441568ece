import RNNGrading
import Testing
import RNNReports

@Suite struct GradebookCSVTests {
    @Test func wholeFile() {
        let expected = "student,file,1.a,1.b,1.d,2.a,total,percent,status\r\n"
            + "400101,400101.txt,1,1,0,,2,33.33,pending: 2.a\r\n"
            + "400102,400102.txt,0,1,1.5,1,3.5,58.33,graded\r\n"
            + "400104,x.txt,0,0,0,0,0,0,\"unreadable file: x.txt:1:1: the file is not UTF-8\nsave it as UTF-8, then resubmit\"\r\n"
            + "\"'=cmd()|\"\"x\"\",y\",evil.txt,0,0,0,0,0,0,graded; warning: unknown part 9.z ignored\r\n"
        #expect(GradebookCSV.render(Fixtures.batch) == expected)
    }

    @Test func pathLikeIDsAreOrdinaryText() {
        let grade = SubmissionGrade(studentID: "../../x", file: "a,b.txt", assignmentID: "w10", parts: [])
        let batch = BatchResult(assignmentID: "w10", assignmentTitle: "T", parts: [], submissions: [grade])
        #expect(GradebookCSV.render(batch) == "student,file,total,percent,status\r\n../../x,\"a,b.txt\",0,0,graded\r\n")
    }
}

@Suite struct CanvasCSVTests {
    @Test func totalColumn() {
        let expected = "Student,ID,SIS User ID,SIS Login ID,Section,Week 10: RNNs\r\n"
            + "Points Possible,,,,,6\r\n"
            + "400101,,400101,,,\r\n"
            + "400102,,400102,,,3.5\r\n"
            + "400104,,400104,,,\r\n"
            + "\"'=cmd()|\"\"x\"\",y\",,\"'=cmd()|\"\"x\"\",y\",,,0\r\n"
        #expect(CanvasCSV.render(Fixtures.batch) == expected)
    }
}

@Suite struct MoodleCSVTests {
    @Test func totalColumn() {
        let expected = "ID number,Week 10: RNNs\r\n"
            + "400101,\r\n"
            + "400102,3.5\r\n"
            + "400104,\r\n"
            + "\"'=cmd()|\"\"x\"\",y\",0\r\n"
        #expect(MoodleCSV.render(Fixtures.batch) == expected)
    }
}
