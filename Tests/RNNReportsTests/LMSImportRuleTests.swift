import Foundation
import RNNGrading
import Testing
import RNNReports

/// The LMS exports checked against the rules of each importer, one test per rule, each citing
/// where the rule is written. The class: three roster students, one fully graded (3.5 of 6), one
/// with 2.a pending (2 auto-graded points), one with no submission; an accented name.
@Suite struct LMSImportRuleTests {
    static let roster = Roster(layout: "plain", entries: [
        RosterEntry(id: "400101515", name: "White, Carol", email: "cwhite@example.edu", lmsUserID: "98765", login: "cwhite", section: "A"),
        RosterEntry(id: "400101516", name: "Åse Ødegård", email: "ase@example.edu", lmsUserID: "98766", login: "aseo", section: "B"),
        RosterEntry(id: "400101517", name: "Lee Bo", email: "lee@example.edu", lmsUserID: "98767", login: "leebo", section: "A"),
    ])

    static var batch: BatchResult {
        var graded = Fixtures.second
        graded.studentID = "400101515"
        var pending = Fixtures.first
        pending.studentID = "400101516"
        return BatchResult(assignmentID: "w10", assignmentTitle: "Week 10: RNNs", parts: Fixtures.parts,
                           submissions: [graded, pending], roster: roster)
    }

    static func rows(_ text: String) -> [[String]] { CSVRows.parse(text) }

    // MARK: Canvas — Canvas's guide "How do I import grades in the Gradebook?",
    // https://community.canvaslms.com/t5/Instructor-Guide/How-do-I-import-grades-in-the-Gradebook/ta-p/807,
    // as Ohio State's Canvas guide restates it ("four required components": Student Name or ID or
    // SIS User ID, SIS Login ID, Section, Assignment Name; a new assignment column creates a new
    // assignment), https://teaching.resources.osu.edu/toolsets/carmencanvas/guides/calculating-final-grades/import-csv-file-carmen-grades

    /// The guide: the file must keep the Student, ID, SIS User ID, SIS Login ID and Section columns.
    @Test func canvasHeaderStartsWithTheFiveStudentColumns() {
        let rows = Self.rows(CanvasCSV.render(Self.batch))
        #expect(Array(rows[0].prefix(5)) == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"])
    }

    /// The guide: a column whose title ends in the assignment's id in parentheses updates that
    /// assignment; any other title creates a new assignment.
    @Test func canvasAssignmentColumnCarriesItsIDInParentheses() {
        let rows = Self.rows(CanvasCSV.render(Self.batch, assignment: CanvasAssignment(argument: "Homework 3:4455")))
        #expect(rows[0].last == "Homework 3 (4455)")
    }

    /// The guide (and Canvas's export): the row after the header is `Points Possible`, with
    /// the maximum under each assignment.
    @Test func canvasPointsPossibleIsTheSecondRow() {
        let rows = Self.rows(CanvasCSV.render(Self.batch))
        #expect(rows[1].first == "Points Possible")
        #expect(rows[1].last == "6")
    }

    /// The guide: students are matched by their Canvas ID (else SIS ids), not by name.
    @Test func canvasRowsCarryTheCanvasUserID() {
        let rows = Self.rows(CanvasCSV.render(Self.batch))
        #expect(rows[2...].map { $0[1] } == ["98765", "98766", "98767"])
        #expect(rows[2...].map { $0[2] } == ["400101515", "400101516", "400101517"])
    }

    /// A score is a number: every roster student's cell holds one under the default `auto-only`.
    @Test func canvasEveryRosterStudentHasANumber() {
        let rows = Self.rows(CanvasCSV.render(Self.batch))
        #expect(rows[2...].map(\.last) == ["3.5", "2", "0"])
    }

    // MARK: Moodle — the CSV importer, grade/import/csv/classes/load_data.php,
    // https://github.com/moodle/moodle/blob/main/grade/import/csv/classes/load_data.php

    /// `update_grade_item`: a grade that is neither empty, `-`, nor a number ("badgrade") aborts
    /// the whole import; under every `--pending` policy each cell is a number or empty.
    @Test func moodleGradeCellsAreNumbersOrEmpty() {
        for policy in PendingPolicy.allCases {
            for row in Self.rows(MoodleCSV.render(Self.batch, pending: policy)).dropFirst() {
                #expect(row[1].isEmpty || Double(row[1]) != nil, "\(policy): \(row)")
            }
        }
    }

    /// `map_user_data_with_value` skips a blank identifier without resetting the student, so
    /// such a row's grade would go to the student of the row before: no row may have one.
    @Test func moodleEveryRowHasAnIdentifier() {
        #expect(Self.rows(MoodleCSV.render(Self.batch)).dropFirst().allSatisfy { !$0[0].isEmpty })
    }

    /// `prepare_import_grade_data`: a row whose identifier matches no user aborts the import
    /// ("usermappingerrorusernotfound"), so there is no `Points Possible` row and every
    /// identifier is a roster id.
    @Test func moodleEveryIdentifierIsARosterStudent() {
        let identifiers = Self.rows(MoodleCSV.render(Self.batch)).dropFirst().map { $0[0] }
        #expect(identifiers == Self.roster.entries.map(\.id))
    }

    /// `prepare_import_grade_data` skips a line of one cell as "no data": every row has the
    /// identifier and the grade.
    @Test func moodleRowsHaveTheIdentifierAndTheGrade() {
        #expect(Self.rows(MoodleCSV.render(Self.batch)).allSatisfy { $0.count == 2 })
    }

    // MARK: Gradescope — "Adding Students and Staff",
    // https://help.gradescope.com/article/w59nl02vyt-instructor-course-add-members and
    // https://guides.gradescope.com/hc/en-us/articles/21926598776333

    /// "Start by making sure each column in your CSV has a header."
    @Test func gradescopeEveryColumnHasAHeader() {
        let header = Self.rows(GradescopeCSV.render(Self.batch))[0]
        #expect(header == ["Name", "Email", "SID", "Week 10: RNNs"])
        #expect(header.allSatisfy { !$0.isEmpty })
    }

    /// "Use unique email addresses for each course member."
    @Test func gradescopeEmailsAreUniquePerStudent() {
        let emails = Self.rows(GradescopeCSV.render(Self.batch)).dropFirst().map { $0[1] }
        #expect(emails == ["cwhite@example.edu", "ase@example.edu", "lee@example.edu"])
        #expect(Set(emails).count == emails.count)
    }

    /// "You can either list full names in one column or split first and last names": one
    /// `Name` column with the roster's name as written.
    @Test func gradescopeFullNameInOneColumn() {
        let names = Self.rows(GradescopeCSV.render(Self.batch)).dropFirst().map { $0[0] }
        #expect(names == ["White, Carol", "Åse Ødegård", "Lee Bo"])
    }

    /// "If you're using accented characters in your roster, please save the CSV using UTF-8":
    /// the bytes are UTF-8 (with `--csv-bom` a byte order mark is added in front, see ReportSet).
    @Test func gradescopeIsUTF8() {
        let bytes = Array(GradescopeCSV.render(Self.batch).utf8)
        #expect(String(validating: bytes, as: UTF8.self) != nil)
        #expect(bytes.starts(with: Array("Name,".utf8)))
        let ase: [UInt8] = [0xC3, 0x85, 0x73, 0x65]  // "Åse" in UTF-8
        #expect(bytes.indices.contains { bytes[$0...].starts(with: ase) })
    }

    /// Every roster student gets a number: 3.5, the 2 auto-graded points so far, and 0 for no
    /// submission; their SIDs are the roster ids.
    @Test func gradescopeEveryRosterStudentHasANumber() {
        let rows = Self.rows(GradescopeCSV.render(Self.batch)).dropFirst()
        #expect(rows.map { $0[2] } == ["400101515", "400101516", "400101517"])
        #expect(rows.map { $0[3] } == ["3.5", "2", "0"])
    }
}
