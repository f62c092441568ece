import RNNRubric
import Testing
@testable import RNNGrading

/// `verify --variants N` on small families whose outcome is known by construction.
struct VariantVerificationTests {
    static func family(_ model: String, parts: String = #"<part id="a" points="1"><number ask="2*W"/></part>"#) throws -> Rubric {
        let xml = """
            <assignment xmlns="urn:rnngrade:rubric:1" id="t" title="T">
              <variants tries="3"/>
              <problem id="1"><model id="m">\(model)</model>\(parts)</problem>
            </assignment>
            """
        return try RubricLoader.parse(bytes: Array(xml.utf8), file: "family.xml").get()
    }

    @Test func goodFamiliesPassWithANote() throws {
        let checks = RubricVerification.variantChecks(try Self.family(#"<param name="W" value="1" draw="integer" min="1" max="5"/>"#), count: 20)
        #expect(checks.count == 1)
        #expect(checks[0].passed)
        #expect(checks[0].name == "20 sampled variants")
        // Nothing is ever rejected, so each variant took exactly one draw.
        #expect(checks[0].note?.contains("(1 draws on average)") == true)
    }

    @Test func aClaimTrueOnlyForTheFixedDataFailsNamingSeeds() throws {
        // W = 1 in the fixed data, 2…3 in every variant: the claim W = 1 fails on all of them.
        let rubric = try Self.family(#"<param name="W" value="1" draw="integer" min="2" max="3"/><claim left="W" right="1">W is one</claim>"#)
        let checks = RubricVerification.variantChecks(rubric, count: 10)
        let failure = try #require(checks.first?.failure)
        #expect(failure.hasPrefix("10 failures:"))
        #expect(failure.contains("seed "))
        #expect(failure.contains("W is one does not hold"))
    }

    @Test func anUndrawableFamilyFailsNamingTheConstraint() throws {
        let rubric = try Self.family(#"<param name="W" value="1" draw="integer" min="1" max="5"/><require ask="W" above="5"/>"#)
        let failure = try #require(RubricVerification.variantChecks(rubric, count: 4).first?.failure)
        #expect(failure.contains("W > 5 (line 3): failed 3 times"))
    }

    @Test func rubricsWithoutDrawsHaveNoVariantChecks() throws {
        let rubric = try Self.family(#"<param name="W" value="1"/>"#)
        #expect(RubricVerification.variantChecks(rubric, count: 200).isEmpty)
    }
}
