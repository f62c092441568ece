import Foundation
import RNNGrading
import Testing
import RNNReports

@Suite struct ResultsJSONTests {
    @Test func roundTrips() throws {
        let data = try ResultsJSON.render(Fixtures.batch)
        #expect(try JSONDecoder().decode(BatchResult.self, from: data) == Fixtures.batch)
    }

    @Test func keysAreSortedAndPretty() throws {
        let text = String(decoding: try ResultsJSON.render(Fixtures.batch), as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"assignmentID\" : \"w10\",\n  \"assignmentTitle\" : \"Week 10: RNNs\",\n  \"parts\" : ["))
        #expect(text.hasSuffix("}\n"))
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
        #expect(first["output"] as? String == "Wrong: 0 / 1 points\nYour answer: 5\nThe key is not 5.")
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
        #expect(tests[0]["output"] as? String == "Wrong: 0 / 1 points\nYour answer: 5\nKey: 6\nThe key is not 5.")
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
