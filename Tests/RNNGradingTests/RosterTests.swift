import RNNGrading
import Testing

/// Roster layouts recognised by their header, LMS download names, and the CSV reader under them.
@Suite struct RosterTests {
    @Test func moodleParticipantsExport() throws {
        let text = "\u{FEFF}First name,Last name,ID number,Email address\r\nAlice,Smith,s1001,alice@uni.edu\r\nBo,\"Lee, Jr.\",,bo@uni.edu\r\n"
        let roster = try RosterReader.read(text, file: "p.csv")
        #expect(roster.layout == "Moodle participants")
        #expect(roster.entries == [
            RosterEntry(id: "s1001", name: "Alice Smith", email: "alice@uni.edu"),
            RosterEntry(id: "bo@uni.edu", name: "Bo Lee, Jr.", email: "bo@uni.edu"),
        ])
        #expect(roster.entry(for: "ALICE@uni.edu")?.id == "s1001")
    }

    @Test func plainCSV() throws {
        let roster = try RosterReader.read("id,name,email,lms user id,section\n7,Ana Ruiz,ana@x.org,31415,B\n", file: "r.csv")
        #expect(roster.layout == "plain")
        #expect(roster.entries == [RosterEntry(id: "7", name: "Ana Ruiz", email: "ana@x.org", lmsUserID: "31415", section: "B")])
        #expect(roster.entry(for: "31415")?.name == "Ana Ruiz")
    }

    @Test func canvasExportSkipsPointsPossibleAndTestStudent() throws {
        let text = "Student,ID,SIS User ID,SIS Login ID,Section,HW\n    Points Possible,,,,,10\n\"Student, Test\",1,,,,\n\"White, Carol\",98765,,cwhite,A,\n"
        let roster = try RosterReader.read(text, file: "g.csv")
        #expect(roster.entries == [RosterEntry(id: "98765", name: "White, Carol", lmsUserID: "98765", login: "cwhite", section: "A")])
    }

    @Test func badRostersSayWhereAndWhat() {
        #expect(throws: RosterReader.Failure.self) { try RosterReader.read("x,y\n1,2\n", file: "r.csv") }
        do {
            _ = try RosterReader.read("id,name\n7,Ana\n7,Bo\n", file: "r.csv")
            Issue.record("a repeated id was accepted")
        } catch {
            #expect("\(error)" == "r.csv: student id 7 is listed twice (Ana and Bo); each student once")
        }
    }

    @Test func csvQuotesCommasAndLineBreaks() {
        #expect(CSVRows.parse("a,\"b,c\",\"d\"\"e\"\r\n\r\n\"f\ng\",\n") == [["a", "b,c", "d\"e"], ["f\ng", ""]])
    }

    @Test(arguments: [
        ("carolwhite_98765_4455667_answers.txt", "Canvas", "98765", nil),
        ("carolwhite_LATE_98765_4455990_answers-1.txt", "Canvas", "98765", nil),
        ("Alice Smith_123456_assignsubmission_file_", "Moodle", "123456", "Alice Smith"),
        ("Homework 3_jdoe7_attempt_2024-03-01-14-05-09_answers.txt", "Blackboard", "jdoe7", nil),
        ("submission_271828182", "Gradescope", nil, nil),
    ] as [(String, String, String?, String?)])
    func downloadNames(name: String, lms: String, id: String?, person: String?) {
        #expect(LMSDownloadName.recognise(name) == LMSDownloadName(lms: lms, studentID: id, name: person))
    }

    @Test func ordinaryNamesAndIndexes() {
        #expect(LMSDownloadName.recognise("400101515.txt") == nil)
        #expect(LMSDownloadName.recognise("answers.txt") == nil)
        #expect(LMSDownloadName.isLMSIndex("Homework 3_jdoe7_attempt_2024-03-01-14-05-09.txt"))
        #expect(LMSDownloadName.isLMSIndex("submission_metadata.yml"))
        #expect(!LMSDownloadName.isLMSIndex("Homework 3_jdoe7_attempt_2024-03-01-14-05-09_answers.txt"))
    }
}
