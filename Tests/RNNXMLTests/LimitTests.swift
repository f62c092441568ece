import RNNExpr
import Testing
@testable import RNNXML

@Suite("Large but legal files stay linear")
struct LargeFileTests {
    /// A 3 MB document on one line, with a non-ASCII character early on, parses in linear time.
    @Test func oneLongLine() throws {
        let text = "<a title='é'>" + String(repeating: "<b x='1'/>", count: 300_000) + "</a>"
        var result: Result<XMLDocumentTree, XMLLoadFailure>?
        let elapsed = seconds { result = parse(text, schema: nil, limits: XMLLimits(maxElements: 300_001)) }
        let tree = try result!.get()
        #expect(tree.root.children.count == 300_000)
        #expect(tree.root.children.last?.column == 14 + 10 * 299_999)
        #expect(tree.position(ofAttributeValue: "x", in: tree.root.children[5]) == SourcePosition(line: 1, column: 14 + 50 + 6))
        #expect(elapsed < 20)
    }

    /// Lines past 65,535 (libxml2's limit without XML_PARSE_BIG_LINES) keep their numbers.
    @Test func linesBeyondSixteenBits() throws {
        let text = "<a>" + String(repeating: "\n", count: 70_000) + "<b/></a>"
        let tree = try parse(text, schema: nil).get()
        #expect(tree.root.child(named: "b")?.line == 70_001)
        let diagnostic = singleDiagnostic(parse(text + "<c/>", schema: nil))
        #expect(diagnostic?.line == 70_001)
    }

    /// More elements than the limit are refused before libxml2 builds them.
    @Test func manyElementsAreRefused() {
        let text = "<a>\n" + String(repeating: "<b/>", count: 2_000_000) + "</a>"
        var result: Result<XMLDocumentTree, XMLLoadFailure>?
        let elapsed = seconds { result = parse(text, schema: nil) }
        #expect(elapsed < 5, "about 10 ms in a release build")
        #expect(singleDiagnostic(result!)?.description == "test.xml:2:\(4 * 99_999 + 1): this file has more than 100000 elements")
    }

    /// 100,000 schema errors are cut to the first 100 and a count of the rest.
    @Test func manyErrorsAreCapped() {
        let text = "<course xmlns='urn:rnngrade:test'>" + String(repeating: "<question/>", count: 99_999) + "</course>"
        guard case .failure(let failure) = parse(text) else { Issue.record("expected a failure"); return }
        #expect(failure.diagnostics.count == 101)
        #expect(failure.diagnostics.last?.message == "… and 99899 more errors not shown")
    }
}

@Suite("What libxml2 2.9 handles in quadratic time is bounded")
struct QuadraticInputTests {
    @Test func manyAttributesAreRefusedQuickly() {
        let text = "<a" + (0..<400_000).map { " a\($0)='1'" }.joined() + "/>"
        var result: Result<XMLDocumentTree, XMLLoadFailure>?
        let elapsed = seconds { result = parse(text, schema: nil) }
        #expect(elapsed < 5, "about 30 ms in a release build")
        let column = 4 + (0..<128).map { " a\($0)='1'".count }.reduce(0, +)
        #expect(singleDiagnostic(result!)?.description == "test.xml:1:\(column): this element has more than 128 attributes")
    }

    @Test func manyNamespaceDeclarationsAreRefused() {
        let nested = (0..<200).map { level in "<e" + (0..<10).map { " xmlns:p\(level)x\($0)='urn:\($0)'" }.joined() + ">" }
        let text = nested.joined(separator: "\n") + String(repeating: "</e>", count: 200)
        let diagnostic = singleDiagnostic(parse(text, schema: nil))
        #expect(diagnostic?.message == "this file declares more than 64 XML namespaces (xmlns)")
        #expect(diagnostic?.line == 7)
    }

    @Test func markupInCommentsAndCDATAIsNotCounted() throws {
        let many = (0..<300).map { " a\($0)='1'" }.joined()
        let text = "<a x='>' y=\"/>\"><!-- <b\(many)/> --><![CDATA[<b\(many)/>]]><?pi <b\(many)/> ?></a>"
        let tree = try parse(text, schema: nil).get()
        #expect(tree.root.attributes.count == 2)
        #expect(tree.root.attribute("x") == ">")
    }

    @Test func limitsCanBeRaised() throws {
        let text = "<a" + (0..<200).map { " a\($0)='1'" }.joined() + "/>"
        let tree = try parse(text, schema: nil, limits: XMLLimits(maxAttributesPerElement: 200)).get()
        #expect(tree.root.attributes.count == 200)
    }
}
