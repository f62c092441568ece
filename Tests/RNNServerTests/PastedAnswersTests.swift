import RNNGrading
import RNNServer
import Testing

/// The sheet the self-check page makes of pasted fields reads back to what was pasted.
@Suite struct PastedAnswersTests {
    /// Found by the `form` fuzz harness (docs/fuzzing.md): a paste into 2.a whose second line
    /// read `2.b = …` became, on the sheet, the indented line `    2.b = …`, which the sheet
    /// reader takes for 2.b's answer; a `# …` line was a comment and dropped. Both now stay in
    /// 2.a, joined to the line before them (the paste's text, white space aside).
    @Test func aPastedLineThatLooksLikeAnotherAnswerOrACommentStaysInItsField() throws {
        let assignment = try #require(TestServer.assignments.first { $0.id == "sharif-dl-a3" })
        let pasted = "h_t = f_W(h_{t-1}, x_t)\n2.b = tanh saturates\n# a heading\nthe same W every step"
        let sheet = PastedAnswers.sheet(["2.a": pasted], for: assignment.fixed)
        guard case .success(let submission) = SubmissionReader.read(bytes: Array(sheet.utf8), file: "answers") else {
            Issue.record("the sheet does not read: \(sheet)")
            return
        }
        #expect(submission.answers.map(\.label) == ["2.a"])
        #expect(submission.answers.first?.text == "h_t = f_W(h_{t-1}, x_t) 2.b = tanh saturates # a heading\n    the same W every step")
        #expect(submission.warnings.isEmpty)
    }
}
