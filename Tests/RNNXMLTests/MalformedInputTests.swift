import Testing
@testable import RNNXML

@Suite("Malformed input gives one located diagnostic")
struct MalformedInputTests {
    @Test func emptyFile() {
        let diagnostic = singleDiagnostic(parse(""))
        #expect(diagnostic?.description == "test.xml:1:1: this file is empty")
    }

    @Test func blankFile() {
        let diagnostic = singleDiagnostic(parse("  \n\n"))
        #expect(diagnostic?.message == "this file is empty (it holds only whitespace)")
    }

    @Test func binaryGarbage() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        let bytes = png + (0..<16).flatMap { _ in Array(0...255) as [UInt8] }
        let diagnostic = singleDiagnostic(SafeXML.parse(bytes: bytes, file: "junk.bin", schema: testSchema))
        #expect(diagnostic?.description
            == "junk.bin:1:1: this file is not UTF-8 text (invalid byte 0x89 at line 1, column 1); save it as UTF-8")
    }

    @Test func textThatIsNotXML() {
        let diagnostic = singleDiagnostic(parse("{\"questions\": []}\n"))
        #expect(diagnostic?.description
            == "test.xml:1:1: this file has no XML root element ('<' expected): is it an XML file?")
    }

    @Test func onlyAComment() {
        let diagnostic = singleDiagnostic(parse("<?xml version='1.0'?>\n<!-- nothing -->\n"))
        #expect(diagnostic?.message == "this file has no XML root element ('<' expected): is it an XML file?")
    }

    @Test func binaryWithNulByte() {
        let diagnostic = singleDiagnostic(SafeXML.parse(bytes: [0x3C, 0x61, 0x00, 0x3E], file: "x.xml", schema: nil))
        #expect(diagnostic?.description == "x.xml:1:3: this file contains a NUL byte: it is binary, not XML text")
    }

    @Test func invalidUTF8IsLocated() {
        let bytes = Array("<a>\n  é ok\n  bad ".utf8) + [0xE9] + Array(" here</a>".utf8)
        let diagnostic = singleDiagnostic(SafeXML.parse(bytes: bytes, file: "latin1.xml", schema: nil))
        #expect(diagnostic?.description
            == "latin1.xml:3:7: this file is not UTF-8 text (invalid byte 0xE9 at line 3, column 7); save it as UTF-8")
    }

    @Test(arguments: [
        [0xC0, 0xAF] as [UInt8],  // overlong "/"
        [0xED, 0xA0, 0x80],  // surrogate
        [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
        [0xE2, 0x82],  // truncated
        [0xFF],
    ])
    func invalidUTF8Forms(_ sequence: [UInt8]) {
        let diagnostic = singleDiagnostic(SafeXML.parse(bytes: Array("<a>".utf8) + sequence, file: "u.xml", schema: nil))
        #expect(diagnostic.map { ($0.line, $0.column) } ?? (0, 0) == (1, 4))
    }

    @Test func otherDeclaredEncodingIsRefused() {
        let diagnostic = singleDiagnostic(parse("<?xml version='1.0' encoding='ISO-8859-1'?>\n<a/>", schema: nil))
        #expect(diagnostic?.description
            == "test.xml:1:31: this file declares encoding \"ISO-8859-1\"; only UTF-8 is accepted (write encoding=\"UTF-8\")")
    }

    @Test func unclosedTag() {
        let diagnostic = singleDiagnostic(parse("<course xmlns='urn:rnngrade:test'>\n  <question id='q1'>\n</course>\n"))
        #expect(diagnostic.map { ($0.line, $0.column) } ?? (0, 0) == (3, 1))
        #expect(diagnostic?.message == "</course> does not close <question> (opened on line 2)")
    }

    @Test func truncatedFile() {
        let diagnostic = singleDiagnostic(parse("<course xmlns='urn:rnngrade:test'>\n  <question id='q1'>"))
        #expect(diagnostic?.message == "the file ends before <question> (opened on line 2) is closed"
            || diagnostic?.message.contains("ends before <course>") == true)
    }

    @Test func textAfterRoot() {
        let diagnostic = singleDiagnostic(parse("<a/>\n<b/>", schema: nil))
        #expect(diagnostic?.line == 2)
        #expect(diagnostic?.message.contains("exactly one root element") == true)
    }

    @Test func undefinedEntity() {
        let diagnostic = singleDiagnostic(parse("<a>&nbsp;</a>", schema: nil))
        #expect(diagnostic?.message.contains("nbsp") == true)
    }
}

@Suite("Edge cases of the byte-level checks")
struct ByteLevelEdgeCaseTests {
    @Test func onlyAByteOrderMarkIsEmpty() {
        let diagnostic = singleDiagnostic(SafeXML.parse(bytes: [0xEF, 0xBB, 0xBF], file: "b.xml", schema: nil))
        #expect(diagnostic?.message == "this file is empty")
    }

    @Test func emptySchemaThrows() {
        #expect(throws: XMLLoadFailure.self) { try XMLSchema(xsd: "", name: "empty.xsd") }
    }

    @Test func controlCharacterIsLocated() {
        let diagnostic = singleDiagnostic(parse("<a>\n  x\u{1}</a>", schema: nil))
        #expect(diagnostic?.line == 2)
    }
}
