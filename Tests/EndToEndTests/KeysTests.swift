import Foundation
import Testing

/// Issue 15, "keys": the JSON key carries every known mistake's value, each value in an exact
/// (fraction) and a decimal (17 significant digits) form, and text and JSON keys render exact
/// values by one rule (`exact ≈ decimal`, however long the exact form).
struct KeysTests {
    /// a = 1/3, 2a = 2/3; W = diag(1/3, 1/3), W³⁰ = diag(1/3³⁰) = diag(1/205891132094649).
    /// Decimals from Python: '%.16e' % (1/3) = 3.3333333333333331e-01, (2/3) 6.6666666666666663e-01,
    /// (1/3**30) 4.8569357496188614e-15, and '%.9e' % (1/3**30) = 4.856935750e-15.
    static let rubric = """
        <?xml version="1.0"?>
        <assignment xmlns="urn:rnngrade:rubric:1" id="keys" title="Keys">
          <problem id="1">
            <model id="m">
              <param name="a" value="1/3"/>
              <param name="W" value="[[1/3, 0], [0, 1/3]]"/>
              <state name="h" initial="0"/>
              <input name="x" values="1"/>
              <equation>h[t] = a*h[t-1] + x[t]</equation>
            </model>
            <part id="a" points="1">
              <number ask="a"/>
              <mistake ask="2*a" credit="0.5">You doubled it.</mistake>
            </part>
            <part id="b" points="1"><matrix ask="W^30"/></part>
          </problem>
        </assignment>
        """

    @Test func jsonKeyCarriesEveryKnownMistakeInExactAndDecimalForms() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.rubric, to: "keys.xml")
        let run = try Executable.run(["key", folder.path("keys.xml"), "--format", "json"])
        #expect(run.status == 0)
        let document = JSONObject(try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]))
        let parts = document.objects("parts")
        try #require(parts.count == 2)
        #expect(parts[0].string("exact") == "1/3")
        #expect(parts[0].string("decimal") == "0.33333333333333331")
        let mistakes = parts[0].objects("mistakes")
        // The declared 2a, then the built-in sign error; the transpose of a number is the key itself.
        #expect(mistakes.map { $0.string("exact") } == ["2/3", "-1/3"])
        #expect(mistakes.map { $0.string("decimal") } == ["0.66666666666666663", "-0.33333333333333331"])
        #expect(mistakes.map { $0.number("credit") } == [0.5, 0])
        #expect(mistakes.last?.string("mistake") == "sign")
        #expect(parts[1].string("exact") == "[[1/205891132094649, 0], [0, 1/205891132094649]]")
        #expect(parts[1].string("decimal") == "[[4.8569357496188614e-15, 0], [0, 4.8569357496188614e-15]]")
    }

    @Test func textAndJSONKeysUseOneRenderingRule() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.rubric, to: "keys.xml")
        let long = "[[1/205891132094649, 0], [0, 1/205891132094649]] ≈ [[4.85693575e-15, 0], [0, 4.85693575e-15]]"
        let text = try Executable.run(["key", folder.path("keys.xml")]).stdout
        #expect(text.contains("**Key:** `1/3 ≈ 0.3333333333`"))
        #expect(text.contains("**Key:** `\(long)`"))
        let json = try Executable.run(["key", folder.path("keys.xml"), "--format", "json"]).stdout
        let parts = JSONObject(try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])).objects("parts")
        #expect(parts.map { $0.string("key") } == ["1/3 ≈ 0.3333333333", long])
    }
}
