import Foundation
import Testing
@testable import RNNRubric

@Suite struct RubricSchemaTests {
    @Test func embeddedSchemaMatchesShippedFile() throws {
        let shipped = try String(contentsOfFile: RepositoryFiles.rubric("rubric.xsd"), encoding: .utf8)
        #expect(RubricSchema.text == shipped, "Rubrics/rubric.xsd changed: run python3 scripts/embed-schema.py")
    }

    @Test func embeddedSchemaCompiles() {
        if case .failure(let failure) = RubricSchema.compiled { Issue.record("\(failure)") }
    }
}
