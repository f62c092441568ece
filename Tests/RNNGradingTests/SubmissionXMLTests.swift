import Foundation
import Testing
@testable import RNNGrading

/// Submission XML: the same `Submission` as the sheet, positions of answer texts, schema errors,
/// and hostile files.
@Suite struct SubmissionXMLTests {
    static let sheet = """
        # assignment: in5400-w10
        # student: 400101515
        # name: Ada Lovelace
        1.a = 6
        1.b =
        2.c = [[0.015261, -0.020348],
               [-0.020348, 0.027130]]
        5.a = W_h = 1; W_x = 1; b_h = -1.5
        5.W_y = 1
        5.a.b_y = 0
        """

    static let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <submission xmlns="urn:rnngrade:submission:1" assignment="in5400-w10" student="400101515" name="Ada Lovelace">
          <answer part="1.a">6</answer>
          <answer part="1.b"/>
          <answer part="2.c">[[0.015261, -0.020348],
               [-0.020348, 0.027130]]</answer>
          <answer part="5.a">
            W_h = 1; W_x = 1; b_h = -1.5
          </answer>
          <answer part="5" param="W_y">1</answer>
          <answer part="5.a" param="b_y">0</answer>
        </submission>
        """

    @Test func xmlAndSheetGiveTheSameSubmission() throws {
        var fromSheet = try SubmissionTestSupport.submission(Self.sheet, file: "s.txt")
        var fromXML = try SubmissionTestSupport.submission(Self.xml, file: "s.xml")
        // Only the places differ.
        fromSheet.file = "-"
        fromXML.file = "-"
        fromSheet.answers = fromSheet.answers.map { SubmittedAnswer(label: $0.label, text: $0.text, line: 0, column: 0) }
        fromXML.answers = fromXML.answers.map { SubmittedAnswer(label: $0.label, text: $0.text, line: 0, column: 0) }
        #expect(fromXML == fromSheet)
        #expect(fromXML.answers.map(\.label) == ["1.a", "1.b", "2.c", "5.a", "5.W_y", "5.a.b_y"])
    }

    @Test func answerPositionsAreThoseOfTheirText() throws {
        let submission = try SubmissionTestSupport.submission(Self.xml, file: "s.xml")
        #expect(submission.answers.map { [$0.line, $0.column] } == [[3, 22], [4, 23], [5, 22], [8, 5], [10, 32], [11, 34]])
        let text = """
            <submission xmlns="urn:rnngrade:submission:1"><answer part='1.a' >\t−¼ </answer><answer
             part="1.b"
             >
            </answer><answer part="1.c">x > 0</answer><answer part="1.d" param="W"/></submission>
            """
        let answers = try SubmissionTestSupport.submission(text, file: "s.xml").answers
        #expect(answers.map { [$0.line, $0.column] } == [[1, 68], [3, 3], [4, 29], [4, 73]])
        #expect(answers.map(\.text) == ["−¼", "", "x > 0", ""])
    }

    @Test func duplicatesAndMissingStudentAreWarnedAsInSheets() throws {
        let submission = try SubmissionTestSupport.submission("""
            <submission xmlns="urn:rnngrade:submission:1">
              <answer part="1.a">6</answer>
              <answer part="1.a">7</answer>
            </submission>
            """, file: "hw/400101515.xml")
        #expect(submission.answers == [answer("1.a", "6", 2, 22)])
        #expect(submission.warnings.map(\.description) == ["hw/400101515.xml:3:3: 1.a is answered twice; the answer on line 2 is kept"])
        #expect(submission.studentID == "400101515")
        #expect(submission.studentIDSource == .fileName)
    }

    @Test func emptySubmissionElementHasNoAnswersAndAWarning() throws {
        let submission = try SubmissionTestSupport.submission(#"<submission xmlns="urn:rnngrade:submission:1"/>"#, file: "s.xml")
        #expect(submission.answers == [])
        #expect(submission.warnings.map(\.description) == ["s.xml:1:1: no answers found; write one answer per line, e.g. `1.a = 6`"])
    }

    @Test(arguments: [
        (#"<submission xmlns="urn:rnngrade:submission:1"><answer>6</answer></submission>"#,
         "s.xml:1:47: Element '{urn:rnngrade:submission:1}answer': The attribute 'part' is required but missing."),
        (#"<submission xmlns="urn:rnngrade:submission:1"><answer part="1 a">6</answer></submission>"#,
         #"s.xml:1:61: Element '{urn:rnngrade:submission:1}answer', attribute 'part': [facet 'pattern'] The value '1 a' is not accepted by the pattern '[A-Za-z0-9_]+(\.[A-Za-z0-9_]+){0,2}'."#),
        (#"<submission xmlns="urn:rnngrade:submission:1"><answer part="1.a"><b>6</b></answer></submission>"#,
         "s.xml:1:47: Element '{urn:rnngrade:submission:1}answer': Element content is not allowed, because the content type is a simple type definition."),
        (#"<submission><answer part="1.a">6</answer></submission>"#,
         "s.xml:1:1: the root element 'submission' is not one this schema accepts (check its name and its xmlns namespace)"),
        (#"<submission xmlns="urn:rnngrade:submission:1"><answer part="1.a">6</submission>"#,
         "s.xml:1:67: </submission> does not close <answer> (opened on line 1)"),
    ])
    func invalidXMLIsALocatedError(text: String, message: String) {
        #expect(SubmissionTestSupport.errorMessage(Array(text.utf8), file: "s.xml") == message)
    }

    @Test func externalEntitiesAreRefusedAndNeverRead() throws {
        let folder = try SubmissionTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = folder.appendingPathComponent("secret.txt")
        try "TOP-SECRET-KEY".write(to: secret, atomically: true, encoding: .utf8)
        let attack = folder.appendingPathComponent("attack.xml")
        try """
            <?xml version="1.0"?>
            <!DOCTYPE submission [ <!ENTITY leak SYSTEM "file://\(secret.path)"> ]>
            <submission xmlns="urn:rnngrade:submission:1"><answer part="1.a">&leak;</answer></submission>
            """.write(to: attack, atomically: true, encoding: .utf8)
        let result = SubmissionReader.read(path: attack.path)
        guard case .failure(let error) = result else {
            Issue.record("an XXE submission was accepted: \(result)")
            return
        }
        #expect(error.message == "\(attack.path):2:1: DOCTYPE declarations are not allowed (they can be used to read local files); delete the <!DOCTYPE …> declaration")
        #expect(!error.message.contains("TOP-SECRET"))
    }

    @Test func billionLaughsIsRefusedAtTheDoctype() {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE s [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <submission xmlns="urn:rnngrade:submission:1"><answer part="1.a">&b;</answer></submission>
            """
        #expect(SubmissionTestSupport.errorMessage(Array(text.utf8), file: "s.xml")?.hasPrefix("s.xml:2:1: DOCTYPE declarations are not allowed") == true)
    }

    @Test(arguments: [
        ("\u{FEFF}<submission xmlns=\"urn:rnngrade:submission:1\"><answer part=\"1.a\">6</answer></submission>", true),
        ("\n\n  <submission xmlns=\"urn:rnngrade:submission:1\"><answer part=\"1.a\">6</answer></submission>", true),
        ("1.a = <6>", false),
    ])
    func formatIsChosenByTheFirstCharacter(text: String, isXML: Bool) throws {
        let submission = try SubmissionTestSupport.submission(text)
        #expect(submission.answers.map(\.text) == (isXML ? ["6"] : ["<6>"]))
    }

    @Test func xmlThatIsNotUTF8IsRefused() {
        let bytes = Array(#"<submission xmlns="urn:rnngrade:submission:1"><answer part="1.a">"#.utf8) + [0xE9] + Array("</answer></submission>".utf8)
        #expect(SubmissionTestSupport.errorMessage(bytes, file: "s.xml") == "s.xml:1:66: this file is not UTF-8 text (invalid byte 0xE9 at line 1, column 66); save it as UTF-8")
    }
}
