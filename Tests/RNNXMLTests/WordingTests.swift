import Testing
@testable import RNNXML

@Suite("libxml2's terse messages are reworded")
struct WordingTests {
    @Test(arguments: [
        ("<a x='1' y/>", "attribute y has no value (write y=\"…\")"),
        ("<a x=1/>", "attribute values must be in quotes, as in name=\"value\""),
        ("<a>< b</a>", "'<' must be followed by an element name (write &lt; for a literal '<')"),
        ("<a>a & b</a>", "'&' must start an entity reference such as &amp; (write &amp; for a literal '&')"),
        ("<a>a &b c</a>", "'&' starts an entity reference, which must end with ';' (write &amp; for a literal '&')"),
        ("<a x='<'/>", "'<' is not allowed inside an attribute value (write &lt;)"),
        ("<a x='1'y='2'/>", "malformed start tag: expected attributes written name=\"value\", then > or />"),
        ("<a x='1' x='2'/>", "attribute x appears twice in this start tag"),
    ])
    func reworded(_ text: String, _ message: String) {
        #expect(singleDiagnostic(parse(text, schema: nil))?.message == message)
    }
}
