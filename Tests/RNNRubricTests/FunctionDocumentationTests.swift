import Foundation
import RNNExpr
import Testing

/// The rubric guide names every function of the expression language, so that a function added
/// to the catalogue (or to the registry of matrix functions) cannot go undocumented.
@Suite struct FunctionDocumentationTests {
    @Test(arguments: BuiltinFunction.catalogue.map(\.name))
    func theRubricGuideNamesTheFunction(_ name: String) throws {
        let guide = try String(contentsOf: RepositoryFiles.root.appendingPathComponent("docs/rubric-format.md"), encoding: .utf8)
        #expect(guide.contains("`\(name)("), "docs/rubric-format.md does not document \(name)(…)")
    }
}
