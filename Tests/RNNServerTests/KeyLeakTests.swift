import Foundation
import RNNGrading
import RNNServer
import Testing

/// No response ever carries the key of a part whose rubric does not reveal it: every response
/// to perfect answers (the rubrics' self-tests), the shipped examples, blank and wrong answers
/// is searched for every such key value from the solver.
@Suite struct KeyLeakTests {
    /// Per assignment, the solver's display form of every key the rubric withholds, kept where
    /// the text is specific enough to search for (4 characters or more, and not already in the
    /// blank page, such as a prompt's own numbers).
    static func hiddenKeys(_ assignment: Assignment, blankPage: String) -> [String] {
        assignment.grader.key.entries.compactMap { entry -> String? in
            let reveals = entry.part.revealKey ?? assignment.rubric.defaults.revealKey
            guard !reveals, let display = entry.display, display.count >= 4, !blankPage.contains(display) else { return nil }
            return display
        }
    }

    /// The answer sheet of a self-test sample.
    static func sheet(_ answers: [(part: String, text: String, line: Int)]) -> [UInt8] {
        Array(answers.map { answer in
            let lines = answer.text.split(separator: "\n", omittingEmptySubsequences: false)
            return "\(answer.part) = \(lines[0])\n" + lines.dropFirst().map { "    \($0)\n" }.joined()
        }.joined().utf8)
    }

    @Test func noResponseCarriesAWithheldKey() async throws {
        try await TestServer.with { (server: TestServer) async throws in
            var searched = 0
            for assignment in TestServer.assignments {
                let path = "/a/\(assignment.id)"
                let blank = try await RawHTTP.get(server.port, path)
                let keys = Self.hiddenKeys(assignment, blankPage: blank.text)
                var replies = [blank, try await RawHTTP.get(server.port, "/"), try await RawHTTP.get(server.port, "/health"),
                               try await RawHTTP.postForm(server.port, path + "/check", []),
                               try await RawHTTP.postForm(server.port, path + "/check", assignment.rubric.parts.map { ($0.id, "0") })]
                for sample in assignment.rubric.selfTests {
                    replies.append(try await RawHTTP.upload(server.port, path + "/check", file: Self.sheet(sample.answers)))
                }
                for example in CheckParityTests.examples where example.assignment == assignment.id {
                    replies.append(try await RawHTTP.upload(server.port, path + "/check", file: Array(try Data(contentsOf: URL(fileURLWithPath: example.file)))))
                }
                for reply in replies {
                    for key in keys {
                        #expect(!reply.all.contains(key), "\(assignment.id): a withheld key \(key) appears in a response")
                        searched += 1
                    }
                }
            }
            // The search is not vacuous: withheld keys exist in the shipped rubrics.
            #expect(searched > 50)
        }
    }
}
