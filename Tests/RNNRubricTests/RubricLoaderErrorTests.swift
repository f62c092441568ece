import Foundation
import RNNExpr
import Testing
@testable import RNNRubric

/// Every kind of broken or hostile rubric gives exactly one clear, located diagnostic, and no crash.
@Suite struct RubricLoaderErrorTests {
    /// A minimal valid rubric with `body` inside its one problem.
    static func rubric(_ body: String, root: String = #"<assignment xmlns="urn:rnngrade:rubric:1" id="t" title="T">"#) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        \(root)
          <problem id="1">
        \(body)
          </problem>
        </assignment>
        """
    }

    static let model = """
            <model id="m">
              <param name="W" value="2"/>
              <state name="h" initial="1"/>
              <input name="x" values="1 2"/>
              <equation>h[t] = W*h[t-1] + x[t]</equation>
            </model>

        """

    private func diagnostics(_ text: String) -> [Diagnostic] {
        diagnostics(bytes: Array(text.utf8))
    }

    private func diagnostics(bytes: [UInt8]) -> [Diagnostic] {
        switch RubricLoader.parse(bytes: bytes, file: "t.xml") {
        case .success: return []
        case .failure(let failure): return failure.diagnostics
        }
    }

    /// Exactly one diagnostic, at `line` (and `column` when given), whose message contains `words`.
    private func expectOne(_ found: [Diagnostic], line: Int, column: Int? = nil, _ words: String,
                           sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(found.count == 1, "expected one diagnostic, got \(found.count): \(found)", sourceLocation: sourceLocation)
        guard let first = found.first else { return }
        #expect(first.line == line, "\(first)", sourceLocation: sourceLocation)
        if let column { #expect(first.column == column, "\(first)", sourceLocation: sourceLocation) }
        #expect(first.message.localizedCaseInsensitiveContains(words), "\(first)", sourceLocation: sourceLocation)
        #expect(first.description.hasPrefix("t.xml:\(first.line):\(first.column): "), sourceLocation: sourceLocation)
    }

    @Test func validMinimalRubricLoads() {
        #expect(diagnostics(Self.rubric(Self.model + #"<part id="a" points="1"><number ask="h[2]"/></part>"#)).isEmpty)
    }

    // MARK: Files that are not XML

    @Test func emptyFile() {
        expectOne(diagnostics(""), line: 1, "empty")
    }

    @Test func binaryGarbage() {
        let bytes: [UInt8] = (0..<512).map { UInt8(truncatingIfNeeded: ($0 * 7919 + 13) % 251) }
        let found = diagnostics(bytes: bytes)
        #expect(found.count == 1)
        #expect(found.first?.line == 1)
    }

    @Test func invalidUTF8() {
        let text = Self.rubric(Self.model + #"    <part id="a" points="1"><manual>caf@</manual></part>"#)
        let bytes = Array(text.utf8).flatMap { $0 == UInt8(ascii: "@") ? [0xC3, 0x28] : [$0] }
        expectOne(diagnostics(bytes: bytes), line: 10, column: 40, "UTF-8")
    }

    @Test func unclosedTag() {
        let text = Self.rubric(#"<part id="a" points="1"><manual>x</manual>"#)
        #expect(diagnostics(text).count == 1)
        #expect(diagnostics(text).first?.message.contains("part") == true)
    }

    // MARK: Schema errors

    @Test func wrongRootElement() {
        expectOne(diagnostics(#"<?xml version="1.0"?><rubric xmlns="urn:rnngrade:rubric:1" id="t" title="T"/>"#), line: 1, "root element")
    }

    @Test func wrongNamespace() {
        let text = Self.rubric("", root: #"<assignment xmlns="urn:example" id="t" title="T">"#)
        expectOne(diagnostics(text), line: 2, "namespace")
    }

    @Test func unknownElement() {
        let text = Self.rubric(#"<part id="a" points="1"><essay/></part>"#)
        expectOne(diagnostics(text), line: 4, "essay")
    }

    @Test func missingRequiredAttribute() {
        let text = Self.rubric(#"<part id="a"><manual>x</manual></part>"#)
        expectOne(diagnostics(text), line: 4, "points")
    }

    // MARK: Rubric rules

    @Test func duplicatePartID() {
        let text = Self.rubric("""
            <part id="a" points="1"><manual>x</manual></part>
            <part id="a" points="1"><manual>y</manual></part>
        """)
        expectOne(diagnostics(text), line: 5, column: 5, "defined twice")
    }

    @Test func expressionSyntaxErrorHasCaretUnderTheCharacter() {
        let text = Self.rubric(Self.model + #"    <part id="a" points="1"><number ask="W^"/></part>"#)
        let found = diagnostics(text)
        // Line 10: `    <part id="a" points="1"><number ask="W^"/></part>`; the ask's value starts at
        // column 42 and the error is at the end of the expression, column 44 (the closing quote).
        expectOne(found, line: 10, column: 44, "end of expression")
        let excerpt = found.first.flatMap { $0.excerpt?.rendered(lineNumber: $0.line) }
        #expect(excerpt?.split(separator: "\n").last?.hasPrefix("   | " + String(repeating: " ", count: 43) + "^") == true,
                "\(excerpt ?? "")")
    }

    @Test func expressionNamingAnUndefinedParameter() {
        let text = Self.rubric(Self.model + #"    <part id="a" points="1"><number ask="W_h * 2"/></part>"#)
        expectOne(diagnostics(text), line: 10, column: 42, "W_h")
    }

    // MARK: Hostile documents

    @Test func externalEntityPointingAtALocalFileIsRefusedAndNeverRead() throws {
        let marker = "SECRET-\(UInt64.random(in: 1...UInt64.max))"
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("rnngrade-xxe-\(marker).txt")
        try marker.write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE assignment [<!ENTITY leak SYSTEM "file://\(secret.path)">]>
            <assignment xmlns="urn:rnngrade:rubric:1" id="t" title="&leak;"><problem id="1"><part id="a" points="1"><manual>&leak;</manual></part></problem></assignment>
            """
        let found = diagnostics(text)
        expectOne(found, line: 2, "DOCTYPE")
        #expect(!found.description.contains(marker))
    }

    @Test func billionLaughsIsRefusedQuickly() {
        var entities = #"<!ENTITY lol0 "lol">"#
        for level in 1...9 {
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE assignment [\(entities)]>\n<assignment>&lol9;</assignment>"
        let clock = ContinuousClock()
        let elapsed = clock.measure { expectOne(diagnostics(text), line: 2, "DOCTYPE") }
        #expect(elapsed < .seconds(2))
    }

    @Test func deeplyNestedElements() {
        let depth = 100_000
        let text = "<?xml version=\"1.0\"?>\n" + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        let found = diagnostics(text)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.line == 2)
    }

    @Test func fiftyMegabyteFileIsRefusedBySize() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rnngrade-50mb-\(UInt32.random(in: 0...UInt32.max)).xml")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        let chunk = Data(repeating: UInt8(ascii: " "), count: 1 << 20)
        try handle.write(contentsOf: Data("<?xml version=\"1.0\"?><assignment>".utf8))
        for _ in 0..<50 { try handle.write(contentsOf: chunk) }
        try handle.close()
        defer { try? FileManager.default.removeItem(at: url) }
        guard case .failure(let failure) = RubricLoader.load(path: url.path) else {
            Issue.record("a 50 MB rubric loaded"); return
        }
        #expect(failure.diagnostics.count == 1)
        #expect(failure.diagnostics.first?.message.contains("MB") == true || failure.diagnostics.first?.message.contains("bytes") == true,
                "\(failure)")
    }
}
