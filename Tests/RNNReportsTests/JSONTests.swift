import Foundation
import RNNMath
import RNNGrading
import Testing
import RNNReports

@Suite struct ResultsJSONTests {
    @Test func roundTrips() throws {
        let data = try ResultsJSON.render(Fixtures.batch)
        #expect(try JSONDecoder().decode(BatchResult.self, from: data) == Fixtures.batch)
    }

    /// The derived fields, computed by hand from `Fixtures`: 400101 has 1 + 1 + 0 points of 6,
    /// with 2.a (1 point) pending, so 2 of 5 graded; 400102 has 0 + 1 + 1.5 + 1 = 3.5 of 6, all
    /// graded; 400104's file was unreadable.
    @Test func derivedFieldsPerSubmission() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: ResultsJSON.render(Fixtures.batch)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 2)
        let submissions = try #require(object["submissions"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: submissions.map { ($0["studentID"] as? String ?? "", $0) })
        let first = try #require(byID["400101"])
        #expect(first["total"] as? Double == 2)
        #expect(first["maxTotal"] as? Double == 6)
        #expect(first["gradedMaxTotal"] as? Double == 5)
        #expect(abs((first["percent"] as? Double ?? 0) - 100.0 * 2 / 6) < 1e-12)
        #expect(first["status"] as? String == "pending")
        let second = try #require(byID["400102"])
        #expect(second["total"] as? Double == 3.5)
        #expect(second["gradedMaxTotal"] as? Double == 6)
        #expect(second["status"] as? String == "graded")
        #expect(byID["400104"]?["status"] as? String == "unreadable")
        #expect(byID["400104"]?["total"] as? Double == 0)
    }

    @Test func keysAreSortedAndPretty() throws {
        let text = String(decoding: try ResultsJSON.render(Fixtures.batch), as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"assignmentID\" : \"w10\",\n  \"assignmentTitle\" : \"Week 10: RNNs\",\n  \"parts\" : ["))
        #expect(text.hasSuffix("}\n"))
    }
}

/// `results.json` is written by a direct writer; Foundation's `JSONEncoder`, set up as the
/// reports document it (pretty, sorted keys, slashes unescaped, non-finite numbers as strings),
/// is the independent reference it must match byte for byte once the derived fields, which
/// `Codable` does not know, are taken out (each is one line of its own, never the last of its
/// object, so removing the line leaves valid JSON).
@Suite struct ResultsJSONAgreesWithJSONEncoderTests {
    /// `json` without the lines of the derived fields: the top level's `schemaVersion` and
    /// each submission's `gradedMaxTotal`, `maxTotal`, `percent`, `status` and `total`.
    private func withoutDerivedFields(_ json: Data) -> Data {
        let derived = ["gradedMaxTotal", "maxTotal", "percent", "status", "total"].map { "      \"\($0)\" : " }
        let lines = String(decoding: json, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let kept = lines.filter { line in
            !line.hasPrefix("  \"schemaVersion\" : ") && !derived.contains { line.hasPrefix($0) }
        }
        return Data(kept.joined(separator: "\n").utf8)
    }

    private func reference(_ batch: BatchResult) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return try encoder.encode(batch) + Data("\n".utf8)
    }

    /// Characters JSON must escape, or that an encoder might: quotes, backslashes, slashes,
    /// every control character, DEL, non-ASCII, an emoji, a line separator.
    private static let alphabet: [String] = ["a", "Z", "0", " ", "\"", "\\", "/", "\u{7F}", "é", "ŷ₂", "😀", "\u{2028}", "<", "&"]
        + (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
    /// Numbers whose printing differs between formatters: integers, halves, tiny, huge, -0, non-finite.
    private static let numbers: [Double] = [0, 1, 2.5, 0.1 + 0.2, 1e-7, 2.5e-5, 1e16, 1e21, 123_456.789, -0.0, -3,
                                            .leastNonzeroMagnitude, 1.5e300, .infinity, -.infinity, .nan]

    private func text(_ generator: inout SplitMix64) -> String {
        (0..<Int.random(in: 0...6, using: &generator)).map { _ in Self.alphabet.randomElement(using: &generator)! }.joined()
    }

    private func optionalText(_ generator: inout SplitMix64) -> String? {
        Bool.random(using: &generator) ? text(&generator) : nil
    }

    private func number(_ generator: inout SplitMix64) -> Double {
        Bool.random(using: &generator) ? Self.numbers.randomElement(using: &generator)! : Double.random(in: -100...100, using: &generator)
    }

    private func batch(_ generator: inout SplitMix64) -> BatchResult {
        let parts = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
            BatchResult.PartOutline(id: text(&generator), title: text(&generator), maxPoints: number(&generator), kind: text(&generator),
                                    precision: optionalText(&generator))
        }
        let submissions = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
            SubmissionGrade(studentID: text(&generator), file: text(&generator), assignmentID: text(&generator),
                            parts: (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                                PartGrade(partID: text(&generator), maxPoints: number(&generator), points: number(&generator),
                                          verdict: Verdict.allCases.randomElement(using: &generator)!,
                                          feedback: (0..<Int.random(in: 0...2, using: &generator)).map { _ in text(&generator) },
                                          answer: optionalText(&generator), formatError: optionalText(&generator),
                                          key: optionalText(&generator), mistake: optionalText(&generator),
                                          followThroughFrom: optionalText(&generator))
                            },
                            loadError: optionalText(&generator),
                            warnings: (0..<Int.random(in: 0...2, using: &generator)).map { _ in text(&generator) })
        }
        return BatchResult(assignmentID: text(&generator), assignmentTitle: text(&generator), parts: parts, submissions: submissions)
    }

    @Test func fixtureBatch() throws {
        #expect(try withoutDerivedFields(ResultsJSON.render(Fixtures.batch)) == reference(Fixtures.batch))
    }

    @Test func randomBatches() throws {
        var generator = SplitMix64(seed: 2026)
        for _ in 0..<500 {
            let batch = batch(&generator)
            let written = try withoutDerivedFields(ResultsJSON.render(batch))
            let expected = try reference(batch)
            #expect(written == expected, "\(String(decoding: written, as: UTF8.self))\n≠\n\(String(decoding: expected, as: UTF8.self))")
            if written != expected { return }
        }
    }
}

@Suite struct GradescopeResultsTests {
    private func parse(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func fieldByField() throws {
        let json = try parse(try GradescopeResults.render(Fixtures.second, in: Fixtures.batch))
        #expect(Set(json.keys) == ["score", "output", "tests"])
        #expect(json["score"] as? Double == 3.5)
        #expect(json["output"] as? String == "Total: 3.5 / 6 points (58.3%)")
        let tests = try #require(json["tests"] as? [[String: Any]])
        #expect(tests.count == 4)
        let first = tests[0]
        #expect(Set(first.keys) == ["name", "score", "max_score", "output", "visibility"])
        #expect(first["name"] as? String == "1.a — Compute ŷ₂.")
        #expect(first["score"] as? Double == 0)
        #expect(first["max_score"] as? Double == 1)
        #expect(first["visibility"] as? String == "after_published")
        #expect(first["output"] as? String == "Wrong: 0 / 1 point\nYour answer: 5\nThe key is not 5.")
        #expect(tests[2]["output"] as? String == "Partly right: 1.5 / 2 points\nYour answer: 4\nRight, given your 1.b.\n"
            + "Follow-through: this part was graded using your own answer to 1.b instead of the key.")
        #expect(tests.map { $0["score"] as? Double } == [0, 1, 1.5, 1])
    }

    @Test func keyOnlyWhenRevealed() throws {
        let hidden = try GradescopeResults.render(Fixtures.second, in: Fixtures.batch)
        #expect(!String(decoding: hidden, as: UTF8.self).contains("Key"))
        let shown = try parse(try GradescopeResults.render(Fixtures.second, in: Fixtures.batch,
                                                           options: .init(revealKey: true)))
        let tests = try #require(shown["tests"] as? [[String: Any]])
        #expect(tests[0]["output"] as? String == "Wrong: 0 / 1 point\nYour answer: 5\nKey: 6\nThe key is not 5.")
    }

    @Test func visibilityIsConfigurable() throws {
        let options = GradescopeResults.Options(visibility: .visible, partVisibility: ["1.d": .hidden],
                                                stdoutVisibility: .afterDueDate)
        let json = try parse(try GradescopeResults.render(Fixtures.second, in: Fixtures.batch, options: options))
        #expect(json["stdout_visibility"] as? String == "after_due_date")
        let tests = try #require(json["tests"] as? [[String: Any]])
        #expect(tests.map { $0["visibility"] as? String } == ["visible", "visible", "hidden", "visible"])
    }

    @Test func unreadableFileAndFormatError() throws {
        let file = try parse(try GradescopeResults.render(Fixtures.unreadableFile, in: Fixtures.batch))
        #expect(file["output"] as? String == "Total: 0 / 6 points (0%)\nThis file could not be read, so no part was graded:\n"
            + "x.txt:1:1: the file is not UTF-8\nsave it as UTF-8, then resubmit")
        let evil = try parse(try GradescopeResults.render(Fixtures.evil, in: Fixtures.batch))
        let tests = try #require(evil["tests"] as? [[String: Any]])
        #expect(tests[1]["output"] as? String
            == "Could not be read: 0 / 2 points\nYour answer: 1,,2\nWhy your answer could not be read:\n\(Fixtures.formatError)")
        #expect(evil["output"] as? String == "Total: 0 / 6 points (0%)\nWarnings:\n- unknown part 9.z ignored")
    }
}
