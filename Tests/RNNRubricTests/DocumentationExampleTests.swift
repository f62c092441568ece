import Foundation
import Testing
@testable import RNNRubric

/// Every XML example in docs/rubric-format.md loads without a diagnostic, so the document an
/// instructor writes rubrics from cannot drift away from what rnngrade accepts.
@Suite struct DocumentationExampleTests {
    /// The ```xml blocks of the document, wrapped into whole rubrics where they are fragments.
    static let examples: [String] = {
        let path = RepositoryFiles.root.appendingPathComponent("docs/rubric-format.md").path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        let open = #"<assignment xmlns="urn:rnngrade:rubric:1" id="doc" title="Doc">"#
        return text.components(separatedBy: "```xml\n").dropFirst().compactMap { block in
            guard let body = block.components(separatedBy: "```").first else { return nil }
            let trimmed = body.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.hasPrefix("<?xml") { return trimmed }
            if trimmed.hasPrefix("<problem") { return "\(open)\n\(trimmed)\n</assignment>" }
            if trimmed.hasPrefix("<model") { return "\(open)\n<problem id=\"1\">\n\(trimmed)\n</problem>\n</assignment>" }
            return nil   // <self-test> alone refers to parts of another example
        }
    }()

    @Test func theDocumentHasExamples() {
        #expect(Self.examples.count >= 3)
    }

    @Test(arguments: Self.examples.indices)
    func exampleLoads(_ index: Int) {
        if case .failure(let failure) = RubricLoader.parse(bytes: Array(Self.examples[index].utf8), file: "example-\(index).xml") {
            Issue.record("example \(index) of docs/rubric-format.md does not load:\n\(failure)")
        }
    }
}
