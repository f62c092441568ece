import Testing
@testable import RNNGrading

/// JSON answer files: both shapes, header keys, values kept as written, located problems.
@Suite("Reading JSON answer files")
struct JSONSubmissionTests {
    @Test("the flat form: every key with a dot is a part, values as written, null is blank")
    func flat() throws {
        let submission = try SubmissionTestSupport.submission("""
            {"1.a": 0.1, "1.b": null,
             "2.c": [[1.0, -2e-05], [3, 4]], "3.b": "f, i, o", "3.c": "1/4"}
            """, file: "hw/17.json")
        #expect(submission.studentID == "17" && submission.studentIDSource == .fileName)
        #expect(submission.answers.map(\.label) == ["1.a", "1.b", "2.c", "3.b", "3.c"])
        #expect(submission.answers.map(\.text) == ["0.1", "", "[[1.0, -2e-05], [3, 4]]", "f, i, o", "1/4"])
        // Positions: the value's first character; a string's text starts after its quote.
        #expect(submission.answers.map { [$0.line, $0.column] } == [[1, 9], [1, 21], [2, 9], [2, 42], [2, 60]])
        #expect(submission.warnings.isEmpty)
    }

    @Test("the header form: student, assignment and name, answers in an object")
    func header() throws {
        let submission = try SubmissionTestSupport.submission("""
            {"student": "400101515", "assignment": "in5400-w10", "name": "Ada \\u00e9\\ud83d\\ude00",
             "answers": {"1.a": 6, "1.b": "2"}}
            """, file: "x.json")
        #expect(submission.studentID == "400101515" && submission.studentIDSource == .file)
        #expect(submission.assignmentID == "in5400-w10")
        #expect(submission.studentName == "Ada é😀")
        #expect(submission.answers.map(\.text) == ["6", "2"])
    }

    @Test("a high surrogate without its low half becomes U+FFFD, never a crash")
    func loneSurrogate() throws {
        let submission = try SubmissionTestSupport.submission(#"{"name": "A\ud800\u0041", "1.a": "\ud800"}"#, file: "a.json")
        #expect(submission.studentName == "A\u{FFFD}A")
        #expect(submission.answers.map(\.text) == ["\u{FFFD}"])
    }

    @Test("keys that are no part and values that are no answer are warned about")
    func warnings() throws {
        let submission = try SubmissionTestSupport.submission("""
            {"notes": "hi", "1.a": {"x": 1}, "1.a": 2, "answers": 3, "1.b": 1}
            """, file: "a.json")
        #expect(submission.warnings.map(\.description) == [
            "a.json:1:2: \"notes\" is neither a part label (like \"1.a\") nor student, assignment, name or answers; it is ignored",
            "a.json:1:24: the answer to 1.a is an object; write a number, a list of numbers or a string",
            "a.json:1:55: \"answers\" should be an object of answers, e.g. {\"1.a\": 0.5}; it is ignored",
        ])
        #expect(submission.answers.map(\.text) == ["2", "1"])
    }

    @Test("JSON that cannot be read is refused at the place", arguments: [
        ("{\"1.a\": 1", "a.json:1:10: expected ‘,’ or ‘}’ after the value of \"1.a\""),
        ("{\"1.a\": [1, 2}", "a.json:1:14: expected ‘]’, found ‘}’"),
        ("{\"1.a\": [[1, 2]", "a.json:1:9: this ‘[’ is never closed"),
        ("{1.a: 1}", "a.json:1:2: expected a key in double quotes, e.g. \"1.a\""),
        ("{\"1.a\" 1}", "a.json:1:8: expected ‘:’ after the key \"1.a\""),
        ("{\"1.a\": 1} x", "a.json:1:12: unexpected ‘x’ after the end of the JSON document"),
        ("{\"1.a\": \"open\n}", "a.json:1:14: a string is not closed on its line; add ‘\"’"),
        ("{\"1.a\": ,}", "a.json:1:9: expected a value, found ‘,’"),
    ])
    func malformed(text: String, message: String) {
        #expect(SubmissionTestSupport.errorMessage(Array(text.utf8), file: "a.json") == message)
    }

    @Test("a JSON file is still untrusted text: size, NUL bytes and UTF-8 are checked as for sheets")
    func textChecks() {
        #expect(SubmissionTestSupport.errorMessage(Array("{\"1.a\": \u{0}1}".utf8), file: "a.json")
            == "a.json:1:9: this looks like a binary file (it contains a NUL byte); save your answers as plain UTF-8 text")
    }
}
