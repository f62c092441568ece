import Foundation
import Testing
@testable import RNNGrading

/// The embedded submission schema is the shipped one, and compiles.
@Suite struct SubmissionSchemaTests {
    @Test func embeddedSchemaMatchesShippedFile() throws {
        let shipped = try String(contentsOfFile: SubmissionTestSupport.rubricPath("submission.xsd"), encoding: .utf8)
        #expect(SubmissionSchema.text == shipped, "Rubrics/submission.xsd changed: run python3 scripts/embed-schema.py")
    }

    @Test func embeddedSchemaCompiles() {
        if case .failure(let failure) = SubmissionSchema.compiled { Issue.record("\(failure)") }
    }
}
