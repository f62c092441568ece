import RNNExpr
import Testing
@testable import RNNXML

@Suite("Parsing valid documents")
struct ParsingTests {
    @Test func validDocumentGivesTheTree() throws {
        let tree = try parse(validDocument).get()
        let root = tree.root
        #expect(root.name == "course")
        #expect(root.namespace == "urn:rnngrade:test")
        #expect(root.attributes == [XMLAttribute(name: "title", value: "RNNs & LSTMs")])
        #expect((root.line, root.column) == (2, 1))
        #expect(root.children.map(\.name) == ["question", "question"])
        let first = try #require(root.child(named: "question"))
        #expect(first.attribute("id") == "q1")
        #expect(first.attribute("points") == "3")
        #expect(first.attribute("missing") == nil)
        #expect(first.text == "Compute h[1] < 2 please")
        #expect(first.child(named: "note")?.text == "exact")
        #expect(first.child(named: "note")?.namespace == "urn:rnngrade:test")
        #expect((first.line, first.column) == (3, 3))
        #expect(root.children(named: "question").count == 2)
        #expect(root.children(named: "note").isEmpty)
    }

    @Test func multiLineStartTagIsLocatedAtItsLessThanSign() throws {
        let tree = try parse(validDocument).get()
        let second = tree.root.children[1]
        #expect((second.line, second.column) == (4, 3))
        #expect(tree.sourceLines[second.line - 1].hasPrefix("  <question"))
        #expect(tree.position(ofAttributeValue: "points", in: second) == SourcePosition(line: 6, column: 15))
        #expect(tree.position(ofAttributeValue: "id", in: tree.root.children[0]) == SourcePosition(line: 3, column: 17))
        #expect(tree.position(ofAttributeValue: "nope", in: second) == nil)
    }

    @Test func sourceLinesAreKeptWithoutTerminators() throws {
        let tree = try parse("<a>\r\n<b/>\r\n</a>\n", schema: nil).get()
        #expect(tree.sourceLines == ["<a>", "<b/>", "</a>", ""])
        #expect(tree.file == "test.xml")
        #expect(tree.root.child(named: "b")?.line == 2)
    }

    @Test func columnsCountUnicodeScalars() throws {
        let tree = try parse("<a>\n<λ x=\"é\"/><b/></a>", schema: nil).get()
        #expect(tree.root.children.map(\.column) == [1, 11])
        #expect(tree.position(ofAttributeValue: "x", in: tree.root.children[0]) == SourcePosition(line: 2, column: 7))
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let tree = try SafeXML.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("<a x='1'/>".utf8), file: "bom.xml", schema: nil).get()
        #expect(tree.root.attribute("x") == "1")
        #expect(tree.root.column == 1)
    }

    @Test func elementsWithoutNamespaceHaveNil() throws {
        let tree = try parse("<a><p:b xmlns:p='urn:p' p:c='1' d='2'/></a>", schema: nil).get()
        #expect(tree.root.namespace == nil)
        let b = try #require(tree.root.child(named: "b"))
        #expect(b.namespace == "urn:p")
        #expect(b.attributes == [XMLAttribute(name: "c", value: "1"), XMLAttribute(name: "d", value: "2")])
    }

    @Test func diagnosticsPrintAsFileLineColumnMessage() {
        let diagnostic = Diagnostic(file: "r.xml", line: 3, column: 7, message: "bad")
        #expect(diagnostic.description == "r.xml:3:7: bad")
    }

    @Test func loadReadsAFile() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("ok.xml").path
            try validDocument.write(toFile: path, atomically: true, encoding: .utf8)
            let tree = try SafeXML.load(path: path, schema: testSchema).get()
            #expect(tree.file == path)
            #expect(tree.root.children.count == 2)
        }
    }
}
