import Foundation
import Testing
@testable import RNNRubric

/// `<self-check>`: the cap and the closing time `rnngrade serve` enforces are read as written;
/// a time without its offset from UTC is a located error.
@Suite struct SelfCheckSettingsTests {
    /// A one-part rubric (``RubricLoaderErrorTests/model``, h[1] = 2·1 + 1 = 3) with
    /// `selfCheck` on line 4, after the defaults.
    static func rubric(_ selfCheck: String) -> [UInt8] {
        let root = #"<assignment xmlns="urn:rnngrade:rubric:1" id="t" title="T">"# + "\n  <defaults reveal=\"false\"/>\n  \(selfCheck)"
        return Array(RubricLoaderErrorTests.rubric(RubricLoaderErrorTests.model + #"    <part id="a" points="1"><number ask="h[1]" key="3"/></part>"#, root: root).utf8)
    }

    @Test func capAndClosingTimeAreRead() throws {
        let rubric = try RubricLoader.parse(bytes: Self.rubric(#"<self-check checks-per-hour="5" closes="2026-12-01T23:59:00+01:00"/>"#), file: "t.xml").get()
        #expect(rubric.selfCheck?.checksPerHour == 5)
        // 23:59 at +01:00 is 22:59 UTC, 1,796,165,940 s after the epoch (GNU date:
        // `date -u -d 2026-12-01T22:59:00Z +%s`).
        #expect(rubric.selfCheck?.closes == Date(timeIntervalSince1970: 1_796_165_940))
        #expect(rubric.selfCheck?.line == 4)
    }

    @Test func noElementMeansNoLimits() throws {
        let rubric = try RubricLoader.parse(bytes: Self.rubric(""), file: "t.xml").get()
        #expect(rubric.selfCheck == nil)
    }

    @Test func closingTimeWithoutOffsetIsALocatedError() {
        guard case .failure(let failure) = RubricLoader.parse(bytes: Self.rubric(#"<self-check closes="2026-12-01T23:59:00"/>"#), file: "t.xml") else {
            Issue.record("a closing time without an offset loaded")
            return
        }
        #expect(failure.diagnostics.count == 1)
        #expect(failure.diagnostics.first?.line == 4)
        #expect(failure.description.contains("with its offset from UTC"))
    }

    @Test func zeroCapIsRefusedByTheSchema() {
        guard case .failure = RubricLoader.parse(bytes: Self.rubric(#"<self-check checks-per-hour="0"/>"#), file: "t.xml") else {
            Issue.record("a cap of 0 loaded")
            return
        }
    }
}
