import RNNMath
import RNNRubric
import RNNSolver
import Testing
@testable import RNNVariants

/// Constraints, rejection sampling, placeholders and the loader's checks on small rubrics.
struct VariantConstraintTests {
    /// A one-problem rubric around `model` (with `variants` settings) and `parts`.
    static func rubric(model: String, variants: String = "", prompt: String = "p", parts: String = #"<part id="a" points="1"><number ask="W"/></part>"#) -> String {
        """
        <assignment xmlns="urn:rnngrade:rubric:1" id="t" title="T">
          <variants \(variants)/>
          <problem id="1"><prompt>\(prompt)</prompt>
            <model id="m">\(model)</model>
            \(parts)
          </problem>
        </assignment>
        """
    }

    @Test func aConstraintThatAlwaysFailsIsNamedWithItsCount() throws {
        let xml = Self.rubric(model: #"<param name="W" value="1" draw="integer" min="1" max="3"/><require ask="W" below="0"/>"#, variants: #"tries="5""#)
        let family = VariantFamily(rubric: try VariantFixtures.parse(xml).get(), salt: VariantFixtures.salt)
        let error = try #require(throws: VariantError.self) { try family.variant(for: "s1") }
        #expect(error.message.contains("W < 0 (line 4): failed 5 times"))
        #expect(error.message.contains("in 5 tries"))
    }

    @Test func rejectionKeepsOnlyVariantsThatMeetTheConstraints() throws {
        // W from 1…9; W ≠ 5 and W below 4: only 1, 2, 3 survive.
        let xml = Self.rubric(model: #"<param name="W" value="1" draw="integer" min="1" max="9"/><require ask="W - 5" not="0"/><require ask="W" below="4"/>"#)
        let family = VariantFamily(rubric: try VariantFixtures.parse(xml).get(), salt: VariantFixtures.salt)
        var seen: Set<String> = []
        for student in 1...40 {
            let variant = try family.variant(for: "s\(student)")
            seen.insert(variant.rubric.problems[0].models[0].params[0].value!.text)
        }
        #expect(seen == ["1", "2", "3"])
    }

    @Test func divisionByZeroIsRejected() throws {
        // 1/W for W in {-1, 0, 1}: the zero draw has no key and is drawn again.
        let xml = Self.rubric(model: #"<param name="W" value="1" draw="choice" from="-1 0 1"/>"#,
                              parts: #"<part id="a" points="1"><number ask="1/W"/></part>"#)
        let family = VariantFamily(rubric: try VariantFixtures.parse(xml).get(), salt: VariantFixtures.salt)
        for student in 1...30 {
            #expect(try family.variant(for: "s\(student)").rubric.problems[0].models[0].params[0].value!.text != "0")
        }
    }

    @Test func keyDecimalsRejectsRepeatingAndLongDecimals() throws {
        // 1/W for W in 1…9 with at most 1 decimal: 1 (1), 2 (0.5), 5 (0.2) qualify; 4 (0.25) and 3, 6, 7, 9 do not.
        let xml = Self.rubric(model: #"<param name="W" value="1" draw="integer" min="1" max="9"/>"#, variants: #"key-decimals="1""#,
                              parts: #"<part id="a" points="1"><number ask="1/W"/></part>"#)
        let family = VariantFamily(rubric: try VariantFixtures.parse(xml).get(), salt: VariantFixtures.salt)
        var seen: Set<String> = []
        for student in 1...40 { seen.insert(try family.variant(for: "s\(student)").rubric.problems[0].models[0].params[0].value!.text) }
        #expect(seen == ["1", "2", "5"])
    }

    @Test func aMistakeEqualToTheKeyIsRejected() throws {
        // Key W², mistake 2W: equal for W = 2 (and 0), so W is never 2 or 0.
        let xml = Self.rubric(model: #"<param name="W" value="3" draw="integer" min="0" max="3"/>"#,
                              parts: #"<part id="a" points="1"><number ask="W^2"/><mistake ask="2*W" credit="0.5">doubled</mistake></part>"#)
        let family = VariantFamily(rubric: try VariantFixtures.parse(xml).get(), salt: VariantFixtures.salt)
        var seen: Set<String> = []
        for student in 1...40 { seen.insert(try family.variant(for: "s\(student)").rubric.problems[0].models[0].params[0].value!.text) }
        #expect(seen == ["1", "3"])
    }

    @Test func matrixDrawsAndPlaceholderStyles() throws {
        let xml = Self.rubric(model: #"<param name="W" value="[1 0; 0 1]" draw="decimal" min="-0.5" max="0.5" step="0.5" shape="2x2"/><param name="b" value="1/4" draw="choice" from="1/4"/>"#,
                              variants: #"style="fraction""#, prompt: "W = {W:decimal}, b = {b}, b = {b:decimal}, h_{t-1} and {unknown} stay")
        let variant = try VariantFamily(rubric: VariantFixtures.parse(xml).get(), salt: VariantFixtures.salt).variant(for: "s1")
        let w = try #require(variant.rubric.problems[0].models[0].params[0].value)
        #expect(w.text.hasPrefix("[[") && w.text.split(separator: ",").count == 4, "\(w.text) is a 2×2 literal")
        let prompt = try #require(variant.rubric.problems[0].prompt)
        // Each W entry is -0.5, 0 or 0.5, printed as a decimal in a MATLAB-style matrix.
        #expect(prompt.wholeMatch(of: /W = \[(-0\.5|0|0\.5) (-0\.5|0|0\.5); (-0\.5|0|0\.5) (-0\.5|0|0\.5)\], b = 1\/4, b = 0\.25, h_\{t-1\} and \{unknown\} stay/) != nil, "\(prompt)")
    }

    @Test func theLoaderReportsBadDraws() {
        let cases: [(String, String)] = [
            (#"<param name="W" value="1" draw="decimal" min="0" max="1"/>"#, "needs a positive step"),
            (#"<param name="W" value="1" draw="integer" min="2" max="1"/>"#, "is above max"),
            (#"<param name="W" value="1" draw="choice"/>"#, "needs from="),
            (#"<param name="W" value="1" draw="integer" min="0.5" max="1"/>"#, "needs whole min, max and step"),
            (#"<param name="W" value="1" min="0"/>"#, "only means something with draw"),
            (#"<param name="W" value="1"/><require ask="W" below="1" above="0"/>"#, "exactly one of below"),
            (#"<param name="W" free="true" draw="integer" min="0" max="1"/>"#, "cannot be drawn"),
        ]
        for (model, message) in cases {
            guard case .failure(let failure) = VariantFixtures.parse(Self.rubric(model: model)) else {
                Issue.record("\(model) loaded")
                continue
            }
            #expect(failure.description.contains(message), "\(failure.description)")
        }
    }
}
