import Testing
@testable import RNNXML

@Suite("XSD validation")
struct SchemaTests {
    @Test func wrongRootElement() {
        let diagnostic = singleDiagnostic(parse("<?xml version='1.0'?>\n<lesson xmlns='urn:rnngrade:test'/>"))
        #expect(diagnostic?.description == "test.xml:2:1: the root element '{urn:rnngrade:test}lesson' is not one "
            + "this schema accepts (check its name and its xmlns namespace)")
    }

    @Test func wrongNamespace() {
        let diagnostic = singleDiagnostic(parse("<course xmlns='urn:other'><question id='1'/></course>"))
        #expect(diagnostic?.message.contains("'{urn:other}course'") == true)
        #expect(diagnostic.map { ($0.line, $0.column) } ?? (0, 0) == (1, 1))
    }

    @Test func missingNamespace() {
        let diagnostic = singleDiagnostic(parse("<course><question id='1'/></course>"))
        #expect(diagnostic?.message.contains("'course'") == true)
    }

    /// Schema errors point at the offending start tag, or at the attribute value they are about.
    @Test(arguments: [
        ("  <question id='q1'/>  <extra/>", 2, 24, "This element is not expected"),
        ("  <question\n     points='2'/>", 2, 3, "The attribute 'id' is required but missing"),
        ("  <question id='q' points='-4'/>", 2, 28, "attribute 'points'"),
    ])
    func schemaErrorIsLocated(_ body: String, _ line: Int, _ column: Int, _ fragment: String) {
        let diagnostic = singleDiagnostic(parse("<course xmlns='urn:rnngrade:test'>\n\(body)\n</course>"))
        #expect(diagnostic.map { ($0.line, $0.column) } ?? (0, 0) == (line, column))
        #expect(diagnostic?.message.contains(fragment) == true, "\(String(describing: diagnostic))")
    }

    @Test func severalErrorsAreSortedAndDistinct() throws {
        let text = "<course xmlns='urn:rnngrade:test'>\n<question points='x'/>\n<question id='a' points='0'/>\n</course>"
        guard case .failure(let failure) = parse(text) else { Issue.record("expected a failure"); return }
        #expect(failure.diagnostics.count >= 3)
        #expect(failure.diagnostics == failure.diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
        #expect(Set(failure.diagnostics).count == failure.diagnostics.count)
    }

    @Test func schemaLocationInTheFileIsIgnored() throws {
        let text = """
        <course xmlns='urn:rnngrade:test' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'
                xsi:schemaLocation='urn:rnngrade:test file:///etc/passwd'><question id='q'/></course>
        """
        #expect(throws: Never.self) { try parse(text).get() }
    }

    @Test func invalidSchemaThrowsLocatedErrors() {
        let xsd = "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'>\n<xs:element name='a' type='nope'/>\n</xs:schema>"
        #expect {
            try XMLSchema(xsd: xsd, name: "bad.xsd")
        } throws: { error in
            guard let failure = error as? XMLLoadFailure else { return false }
            return failure.diagnostics.allSatisfy { $0.file == "bad.xsd" } && failure.diagnostics.first?.line == 2
        }
    }
}
