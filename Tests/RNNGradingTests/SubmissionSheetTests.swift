import Testing
@testable import RNNGrading

/// The plain answer sheet: every rule of docs/submission-format.md, whole values and messages.
@Suite struct SubmissionSheetTests {
    // MARK: answer lines

    @Test(arguments: [
        // the forms of a label
        ("1.a = 6", answer("1.a", "6", 1, 7)),
        ("5.W_h = 1", answer("5.W_h", "1", 1, 9)),
        ("5.a.W_h = -1.5", answer("5.a.W_h", "-1.5", 1, 11)),
        ("5.a = W_h = 1; W_x = 1; b_h = -1.5", answer("5.a", "W_h = 1; W_x = 1; b_h = -1.5", 1, 7)),
        // spacing
        ("1.a=6", answer("1.a", "6", 1, 5)),
        ("  1.a   =\t 6  ", answer("1.a", "6", 1, 12)),
        // the text runs to the end of the line, whatever it holds
        ("3.a = g * dsigmoid(W*h + U*x) * W", answer("3.a", "g * dsigmoid(W*h + U*x) * W", 1, 7)),
        ("1.3 = (0, 1]", answer("1.3", "(0, 1]", 1, 7)),
        ("1.3 = ]0, 1[", answer("1.3", "]0, 1[", 1, 7)),
        // columns count characters, not bytes
        ("1.a = −¼", answer("1.a", "−¼", 1, 7)),
        // blank text: an unanswered part, kept
        ("1.b =", answer("1.b", "", 1, 6)),
        ("1.b =   ", answer("1.b", "", 1, 9)),
    ])
    func answerLine(line: String, expected: SubmittedAnswer) throws {
        let submission = try SubmissionTestSupport.submission(line)
        #expect(submission.answers == [expected])
        #expect(submission.warnings == [])
    }

    @Test func blankAnswerIsEmpty() throws {
        let submission = try SubmissionTestSupport.submission("1.b =\n1.c = 2\n")
        #expect(submission.answers.map(\.isEmpty) == [true, false])
    }

    // MARK: continuation lines

    @Test(arguments: [
        // unbalanced brackets continue on the next lines, which are kept whole
        ("2.c = [[0.015261, -0.020348],\n       [-0.020348, 0.027130]]\n1.a = 6",
         [answer("2.c", "[[0.015261, -0.020348],\n       [-0.020348, 0.027130]]", 1, 7), answer("1.a", "6", 3, 7)]),
        ("2.c = [[1, 2],\n[3, 4]]", [answer("2.c", "[[1, 2],\n[3, 4]]", 1, 7)]),
        ("2.c = array([[1, 2],\n  [3, 4]])", [answer("2.c", "array([[1, 2],\n  [3, 4]])", 1, 7)]),
        // indented lines continue (words, weights one per line)
        ("2.a = Gradients vanish\n  because of repeated products.\n2.b = x",
         [answer("2.a", "Gradients vanish\n  because of repeated products.", 1, 7), answer("2.b", "x", 3, 7)]),
        ("5.a =\n    W_h = 1\n    W_x = 1", [answer("5.a", "\n    W_h = 1\n    W_x = 1", 1, 6)]),
        // a blank line, a comment or another answer line ends an answer, even inside brackets…
        ("2.c = [[1, 2],\n\n3, 4]]", [answer("2.c", "[[1, 2],", 1, 7)]),
        // …but for blank lines followed by a line starting with '[' (numpy's print of rank 3)
        ("2.c = [[[1, 2]]\n\n [[3, 4]]]", [answer("2.c", "[[[1, 2]]\n\n [[3, 4]]]", 1, 7)]),
        ("2.c = [[1, 2],\n# note\n  [3, 4]]", [answer("2.c", "[[1, 2],", 1, 7)]),
        ("2.c = [[1, 2],\n  1.b = 3", [answer("2.c", "[[1, 2],", 1, 7), answer("1.b", "3", 2, 9)]),
        // balanced brackets and no indentation: the next line is not part of the answer
        ("1.a = [1, 2]\n1.b = 3", [answer("1.a", "[1, 2]", 1, 7), answer("1.b", "3", 2, 7)]),
    ])
    func continuation(text: String, expected: [SubmittedAnswer]) throws {
        #expect(try SubmissionTestSupport.submission(text).answers == expected)
    }

    @Test func positionsInsideContinuedAnswers() throws {
        let submission = try SubmissionTestSupport.submission("# x\n\n\n2.c = [[1, 2],\n       [3, x]]")
        let matrix = try #require(submission.answers.first)
        #expect(matrix.position(ofCharacter: 0) == (line: 4, column: 7))
        #expect(matrix.position(ofCharacter: 20) == (line: 5, column: 12))
        #expect(matrix.position(ofCharacter: 1000) == (line: 5, column: 15))
    }

    // MARK: header comments

    @Test func headerComments() throws {
        let submission = try SubmissionTestSupport.submission("""
            # Assignment: in5400-w10
            #STUDENT:400101515
            #   name:   Ada Lovelace
            # any other comment: ignored
              # indented comment
            1.a = 6
            """, file: "hw/upload.txt")
        #expect(submission.assignmentID == "in5400-w10")
        #expect(submission.studentID == "400101515")
        #expect(submission.studentIDSource == .file)
        #expect(submission.studentName == "Ada Lovelace")
        #expect(submission.warnings == [])
    }

    @Test(arguments: [
        ("# student:\n1.a = 6", "hw/400101515.txt", "400101515" as String?, StudentIDSource.fileName),
        ("1.a = 6", "/tmp/sub/alice.answers.txt", "alice.answers", .fileName),
        ("1.a = 6", ".hidden", ".hidden", .fileName),
        ("1.a = 6", "", nil, .none),
        ("# student: 17\n1.a = 6", "hw/400101515.txt", "17", .file),
    ])
    func studentIDFallsBackToFileName(text: String, file: String, id: String?, source: StudentIDSource) throws {
        let submission = try SubmissionTestSupport.submission(text, file: file)
        #expect(submission.studentID == id)
        #expect(submission.studentIDSource == source)
    }

    // MARK: warnings

    @Test(arguments: [
        ("1.a = 6\nthe answer is 6\n1.b = 2", ["answers.txt:2:1: expected `part = answer`, e.g. `1.a = 6`"]),
        ("a1 = 6\n2.a = 1", ["answers.txt:1:1: expected `part = answer`, e.g. `1.a = 6`"]),
        ("  1.a: 6\n2.a = 1", ["answers.txt:1:3: expected `part = answer`, e.g. `1.a = 6`"]),
        ("1.a.b.c = 6\n2.a = 1", ["answers.txt:1:1: expected `part = answer`, e.g. `1.a = 6`"]),
        ("1. = 6\n2.a = 1", ["answers.txt:1:1: expected `part = answer`, e.g. `1.a = 6`"]),
        ("1.a = 6\n1.b = 1\n 1.a = 7", ["answers.txt:3:2: 1.a is answered twice; the answer on line 1 is kept"]),
        ("# student: 1\n# student: 2\n1.a = 6", ["answers.txt:2:1: the student is given twice; the first (1, line 1) is kept"]),
        ("# student: 1\n# student: 1\n1.a = 6", []),
    ])
    func warnings(text: String, expected: [String]) throws {
        #expect(try SubmissionTestSupport.submission(text).warnings.map(\.description) == expected)
    }

    @Test func duplicateKeepsTheFirstAnswer() throws {
        let submission = try SubmissionTestSupport.submission("1.a = 6\n1.a = 7")
        #expect(submission.answers == [answer("1.a", "6", 1, 7)])
    }

    @Test(arguments: ["", "\n\n", "# assignment: in5400-w10\n# only comments\n", "\u{FEFF}"])
    func noAnswersIsAWarningNotAnError(text: String) throws {
        let submission = try SubmissionTestSupport.submission(text)
        #expect(submission.answers == [])
        #expect(submission.warnings.map(\.description) == ["answers.txt:1:1: no answers found; write one answer per line, e.g. `1.a = 6`"])
    }

    // MARK: line endings and encodings

    @Test func crlfAndByteOrderMarkReadLikePlainLines() throws {
        let plain = "# student: 7\n1.a = 6\n2.c = [[1, 2],\n  [3, 4]]\n"
        let windows = "\u{FEFF}" + plain.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try SubmissionTestSupport.submission(windows) == SubmissionTestSupport.submission(plain))
    }

    @Test(arguments: [
        ([0x31, 0x2E, 0x61, 0x20, 0x3D, 0x20, 0x36, 0x0A, 0x31, 0x2E, 0x62, 0x20, 0x3D, 0x20, 0xFF] as [UInt8],
         "answers.txt:2:7: line 2 is not UTF-8 text; save the file as UTF-8"),
        // Latin-1 é after a valid é: the column counts characters
        ([0x31, 0x2E, 0x61, 0x20, 0x3D, 0x20, 0xC3, 0xA9, 0xE9] as [UInt8],
         "answers.txt:1:8: line 1 is not UTF-8 text; save the file as UTF-8"),
        // a truncated sequence at the end of the file
        ([0x31, 0x2E, 0x61, 0x20, 0x3D, 0x20, 0xE2, 0x88] as [UInt8],
         "answers.txt:1:7: line 1 is not UTF-8 text; save the file as UTF-8"),
        ([0x31, 0x2E, 0x61, 0x20, 0x3D, 0x20, 0x36, 0x0A, 0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0xFF] as [UInt8],
         "answers.txt:2:5: this looks like a binary file (it contains a NUL byte); save your answers as plain UTF-8 text"),
        // UTF-16, as some editors save "Unicode" text
        ([0xFF, 0xFE, 0x31, 0x00, 0x2E, 0x00] as [UInt8], "answers.txt:1:1: this file is UTF-16 text; save it as UTF-8"),
        ([0xFE, 0xFF, 0x00, 0x3C] as [UInt8], "answers.txt:1:1: this file is UTF-16 text; save it as UTF-8"),
        // a NUL byte wins over earlier bad UTF-8: the file is binary
        ([0xFF, 0x0A, 0x00] as [UInt8],
         "answers.txt:2:1: this looks like a binary file (it contains a NUL byte); save your answers as plain UTF-8 text"),
    ])
    func unreadableBytes(bytes: [UInt8], message: String) {
        #expect(SubmissionTestSupport.errorMessage(bytes) == message)
    }

    @Test func bytesOverTheLimitAreRefused() {
        let bytes = [UInt8](repeating: UInt8(ascii: "#"), count: SubmissionReader.maxBytes + 1)
        #expect(SubmissionTestSupport.errorMessage(bytes) == "answers.txt:1:1: this file is too large (1048577 bytes; a submission may have at most 1048576 bytes): is it really an answer sheet?")
        let atTheLimit = [UInt8](repeating: UInt8(ascii: "#"), count: SubmissionReader.maxBytes)
        #expect(SubmissionTestSupport.errorMessage(atTheLimit) == nil)
    }
}
