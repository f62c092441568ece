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

    // MARK: Canvas — Canvas's own gradebook importer, `GradebookImporter` in
    // app/models/gradebook_importer.rb, https://github.com/instructure/canvas-lms/blob/master/app/models/gradebook_importer.rb
    // (read December 2026), and `Assignment.title_and_id` in app/models/assignment.rb,
    // https://github.com/instructure/canvas-lms/blob/master/app/models/assignment.rb; Canvas's guide
    // "How do I import grades in the Gradebook?",
    // https://community.canvaslms.com/t5/Instructor-Guide/How-do-I-import-grades-in-the-Gradebook/ta-p/807

    /// `row_has_student_headers?` and `update_column_count`: the header is valid when it has more
    /// than 3 cells, the first contains `Student` and the second `ID`; `SIS User ID` followed by
    /// `SIS Login ID` in the third and fourth make five student columns, and the last of those
    /// (`last_student_info_column`) must contain `Section`, else "Invalid header row".
    @Test func canvasHeaderPassesTheImportersHeaderCheck() {
        let header = Self.rows(CanvasCSV.render(Self.batch))[0]
        #expect(header.count > 3 && header[0].contains("Student") && header[1].contains("ID"))
        #expect(header[2] == "SIS User ID" && header[3] == "SIS Login ID")
        #expect(header[4].contains("Section"))
        #expect(header.count == 6, "one grade column after the five student columns")
    }

    /// `parse_assignments` through `Assignment.title_and_id` (`/\A(.*)\s\((\d+)\)\z/`): a
    /// column `Title (4455)` posts to the course's assignment 4455; a title without an id is
    /// matched by exact title, else a new assignment is created.
    @Test func canvasAssignmentColumnCarriesItsIDInParentheses() {
        let rows = Self.rows(CanvasCSV.render(Self.batch, assignment: CanvasAssignment(argument: "Homework 3:4455")))
        #expect(rows[0].last == "Homework 3 (4455)")
        #expect(CanvasAssignment.idCanvasReads(in: "Homework 3 (4455)") == "4455")
        #expect(CanvasAssignment.idCanvasReads(in: "Week 10: RNNs") == nil)
    }

    /// The same regex reads an id out of a rubric title that merely ends in a number in
    /// parentheses (`grade` then warns to give `--canvas-assignment`); one not at the very end,
    /// or without the white space before `(`, is no id.
    @Test func canvasReadsAnIDOnlyFromTheVeryEndOfATitle() {
        #expect(CanvasAssignment.idCanvasReads(in: "Week 10 (2024)") == "2024")
        #expect(CanvasAssignment.idCanvasReads(in: "Week 10 (2024) RNNs") == nil)
        #expect(CanvasAssignment.idCanvasReads(in: "Week 10(2024)") == nil)
        #expect(CanvasAssignment.idCanvasReads(in: "Week 10 (v2)") == nil)
    }

    /// `check_for_non_student_row`: a row whose first cell contains `Points Possible` is read by
    /// `process_pp`, which takes each assignment column's cell as its points possible.
    @Test func canvasPointsPossibleIsTheSecondRow() {
        let rows = Self.rows(CanvasCSV.render(Self.batch))
        #expect(rows[1].first == "Points Possible")
        #expect(rows[1].last == "6")
    }

    /// `process_student`: the student is the course user whose id is `ID` (`to_i`), else the
    /// one whose SIS user id is `SIS User ID`, else whose login is `SIS Login ID`, else whose
    /// name or sortable name is `Student`. With a roster each row carries all four.
    @Test func canvasRowsCarryTheCanvasUserIDAndTheSISIDs() {
        let rows = Self.rows(CanvasCSV.render(Self.batch))
        #expect(rows[2...].map { $0[0] } == ["White, Carol", "Åse Ødegård", "Lee Bo"])
        #expect(rows[2...].map { $0[1] } == ["98765", "98766", "98767"])
        #expect(rows[2...].map { $0[2] } == ["400101515", "400101516", "400101517"])
        #expect(rows[2...].map { $0[3] } == ["cwhite", "aseo", "leebo"])
        #expect(rows[2...].map { $0[4] } == ["A", "B", "A"])
    }

    /// `process_student` reads `ID` as a Canvas user id: without a roster, an id from Canvas's
    /// bulk download name (`whitecarol_98765_4455667_answers.txt`) goes there, and any other id
    /// (a header's student number) only in `SIS User ID`, so it can never pick out another
    /// Canvas user.
    @Test func canvasWithoutRosterPutsOnlyCanvasUserIDsInTheIDColumn() {
        var downloaded = Fixtures.second
        downloaded.studentID = "98765"
        downloaded.file = "whitecarol_98765_4455667_answers.txt"
        var typed = Fixtures.first
        typed.studentID = "400101516"
        let batch = BatchResult(assignmentID: "w10", assignmentTitle: "Week 10: RNNs", parts: Fixtures.parts,
                                submissions: [downloaded, typed])
        let rows = Self.rows(CanvasCSV.render(batch))  // rows in student id order
        #expect(rows[2] == ["400101516", "", "400101516", "", "", "2"])
        #expect(rows[3] == ["98765", "98765", "", "", "", "3.5"])
    }

    /// `process_submissions` strips each grade cell; `no_score?` reads an empty cell or `-` as no
    /// score; the `decimal_comma_to_period` converter turns `1,5` into `1.5` and drops a
    /// thousands comma. So every cell is empty or a plain decimal with a point and no comma,
    /// under every `--pending` policy.
    @Test func canvasGradeCellsArePlainDecimalsOrEmpty() {
        for policy in PendingPolicy.allCases {
            for row in Self.rows(CanvasCSV.render(Self.batch, pending: policy)).dropFirst(2) {
                let cell = row[5]
                #expect(cell.isEmpty || cell.wholeMatch(of: /[0-9]+(\.[0-9]+)?/) != nil, "\(policy): \(row)")
            }
        }
        #expect(Self.rows(CanvasCSV.render(Self.batch)).dropFirst(2).map(\.last) == ["3.5", "2", "0"])
    }

    /// `check_for_non_student_row` skips a row whose cells are all blank (or `Muted`) as not a
    /// student: every student row has the `Student` cell filled.
    @Test func canvasNoStudentRowIsBlank() {
        #expect(Self.rows(CanvasCSV.render(Self.batch)).dropFirst(2).allSatisfy { !$0[0].isEmpty })
    }

    /// `semicolon_delimited?` splits the first three lines with `;` and with `,` and takes `;`
    /// only when that gives more fields, consistently: each of our first three lines has six
    /// comma-separated fields, and the `Points Possible` line has no `;`.
    @Test func canvasFirstLinesAreCommaSeparated() {
        let lines = CanvasCSV.render(Self.batch).components(separatedBy: "\r\n").prefix(3)
        #expect(lines.map { Self.rows($0).first?.count } == [6, 6, 6])
        #expect(!lines[1].contains(";"))
    }

    /// The importer reads the file as UTF-8 without removing a byte order mark, and tests the
    /// header's first cell with `include?("Student")`: with `--csv-bom` that cell is
    /// "\u{FEFF}Student", which still contains `Student`.
    @Test func canvasHeaderStillMatchesAfterAByteOrderMark() {
        // Split by hand: CSVRows drops the mark, as Canvas's reader does not.
        let marked = "\u{FEFF}" + CanvasCSV.render(Self.batch)
        let header = marked.prefix { $0 != "\r\n" }.split(separator: ",").map(String.init)
        #expect(header[0].unicodeScalars.first == "\u{FEFF}")
        #expect(header[0].contains("Student") && header[1] == "ID")
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
