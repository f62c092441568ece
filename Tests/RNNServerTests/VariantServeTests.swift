import Foundation
import RNNGrading
import RNNRubric
import RNNServer
import RNNVariants
import Testing

/// A family of questions (Rubrics/in5400-w10-family.xml, every student their own data): each
/// rostered student's page shows their own numbers and checks against their own key; no key
/// of either variant and never the salt appear in any response; anonymous checks are refused.
@Suite struct VariantServeTests {
    static let saltText = "serve-test-salt-3f9a1c77e2b04d58"
    static let roster: Roster = {
        guard let roster = try? RosterReader.read("id\ns1\ns2\n", file: "roster.csv") else { fatalError("roster") }
        return roster
    }()

    /// The shipped family with `reveal` off, so that no key may appear in any response.
    static let family: Assignment = {
        let shipped = TestServer.root.appendingPathComponent("Rubrics/in5400-w10-family.xml")
        guard let text = try? String(contentsOf: shipped, encoding: .utf8), text.contains("<defaults reveal=\"true\">") else { fatalError("family rubric") }
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("rnngrade-family-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("in5400-w10-family.xml")
        try? text.replacingOccurrences(of: "<defaults reveal=\"true\">", with: "<defaults reveal=\"false\">").write(to: file, atomically: true, encoding: .utf8)
        guard case .success(let rubric) = RubricLoader.load(path: file.path), let salt = try? Salt(text: saltText, source: "test") else { fatalError("family") }
        return Assignment(rubric: rubric, salt: salt)
    }()

    /// `student`'s view, from the variant the family draws for them.
    static func view(_ student: String) throws -> AssignmentView {
        try family.view(for: .student(student)).get()
    }

    /// Per part id, `student`'s key as the solver displays it (`114/25 ≈ 4.56`): its exact value
    /// (`114/25`, what a student would answer) and every form it shows (`4.56` too).
    static func keyForms(_ student: String) throws -> [(part: String, value: String, forms: [String])] {
        try view(student).grader.key.entries.compactMap { entry in
            entry.display.map { display in
                let forms = display.components(separatedBy: " ≈ ")
                return (entry.part.id, forms[0], forms)
            }
        }
    }

    /// Per part id, `student`'s exact key.
    static func keys(_ student: String) throws -> [(part: String, value: String)] {
        try keyForms(student).map { ($0.part, $0.value) }
    }

    static func page(_ server: TestServer, _ student: String) -> String {
        "/a/in5400-w10-family?student=\(student)&token=\(server.signer.token(student: student, assignment: "in5400-w10-family"))"
    }

    static func check(_ server: TestServer, _ student: String, _ answers: [(String, String)]) async throws -> RawHTTP.Reply {
        try await RawHTTP.postForm(server.port, "/a/in5400-w10-family/check",
                                   [("student", student), ("token", server.signer.token(student: student, assignment: "in5400-w10-family"))] + answers)
    }

    @Test func eachStudentSeesTheirNumbersAndIsGradedAgainstTheirKey() async throws {
        let (keys1, keys2) = (try Self.keys("s1"), try Self.keys("s2"))
        let prompt1 = try #require(try Self.view("s1").rubric.problems[0].prompt)
        let prompt2 = try #require(try Self.view("s2").rubric.problems[0].prompt)
        // The two students were drawn different data and different keys.
        #expect(prompt1 != prompt2)
        #expect(keys1.map(\.value) != keys2.map(\.value))
        #expect(!prompt1.contains("{"))
        try await TestServer.with(assignments: [Self.family], roster: Self.roster) { (server: TestServer) async throws in
            let page1 = try await RawHTTP.get(server.port, Self.page(server, "s1"))
            let page2 = try await RawHTTP.get(server.port, Self.page(server, "s2"))
            #expect(page1.status == 200 && page2.status == 200)
            #expect(page1.text.contains(prompt1) && !page1.text.contains(prompt2))
            #expect(page2.text.contains(prompt2) && !page2.text.contains(prompt1))

            // Own key: every part right. The other student's key: wrong wherever the keys differ.
            let own = try await Self.check(server, "s1", keys1.map { ($0.part, $0.value) })
            #expect(Set(TestServer.verdicts(in: own.text).values) == ["correct"])
            let swapped = try await Self.check(server, "s1", keys2.map { ($0.part, $0.value) })
            let verdicts = TestServer.verdicts(in: swapped.text)
            for (mine, theirs) in zip(keys1, keys2) where mine.value != theirs.value {
                #expect(verdicts[mine.part] != "correct", "\(mine.part): s2's key \(theirs.value) passed for s1 (key \(mine.value))")
            }
            let theirsOwn = try await Self.check(server, "s2", keys2.map { ($0.part, $0.value) })
            #expect(Set(TestServer.verdicts(in: theirsOwn.text).values) == ["correct"])
            // Recorded under the student's id.
            #expect(try server.service.store.all().map(\.student) == ["s1", "s1", "s2"])
        }
    }

    @Test func noResponseCarriesAKeyOfEitherVariantOrTheSalt() async throws {
        let keys = try (Self.keyForms("s1") + Self.keyForms("s2")).flatMap(\.forms)
        try await TestServer.with(assignments: [Self.family], roster: Self.roster) { (server: TestServer) async throws in
            // Each reply, with the values its request sent (a reply may show the student's own
            // answers again, in the fields and in feedback).
            var replies = [(try await RawHTTP.get(server.port, Self.page(server, "s1")), Set<String>()),
                           (try await RawHTTP.get(server.port, Self.page(server, "s2")), Set<String>())]
            let blanks = replies.map(\.0.text)
            for student in ["s1", "s2"] {
                let other = try Self.keyForms(student == "s1" ? "s2" : "s1")
                replies.append((try await Self.check(server, student, other.map { ($0.part, $0.value) }), Set(other.flatMap(\.forms))))
                replies.append((try await Self.check(server, student, other.map { ($0.part, "0") }), ["0"]))
                replies.append((try await Self.check(server, student, []), []))
                replies.append((try await Self.check(server, student, other.map { ($0.part, "1/0") }), ["1/0"]))
            }
            replies.append((try await RawHTTP.get(server.port, "/"), []))
            replies.append((try await RawHTTP.get(server.port, "/health"), []))
            // Keys specific enough to search for: not a bare digit, and not already in a blank page.
            let searched = Set(keys).filter { key in key.count >= 3 && !blanks.contains { page in page.contains(key) } }
            #expect(searched.count >= 2, "too few keys to search: \(keys)")
            for (reply, sent) in replies {
                #expect(reply.status == 200)
                #expect(!reply.all.contains(Self.saltText))
                for key in searched.subtracting(sent) {
                    #expect(!reply.all.contains(key), "a key \(key) appears in a response")
                }
            }
            // Both students' keys were searched for.
            #expect(!searched.isDisjoint(with: try Self.keyForms("s1").flatMap(\.forms)))
            #expect(!searched.isDisjoint(with: try Self.keyForms("s2").flatMap(\.forms)))
        }
    }

    @Test func anonymousVisitorsOfAFamilyAreRefusedWithAReason() async throws {
        let anonymous = Assignment(rubric: Self.family.rubric)
        try await TestServer.with(assignments: [anonymous]) { (server: TestServer) async throws in
            let page = try await RawHTTP.get(server.port, "/a/in5400-w10-family")
            #expect(page.status == 403)
            #expect(page.text.contains("can only be checked through your personal link"))
            let check = try await RawHTTP.postForm(server.port, "/a/in5400-w10-family/check", [("1.a", "6")])
            #expect(check.status == 403)
            #expect(check.text.contains("personal link"))
            #expect(try server.service.store.all().isEmpty)
        }
    }

    @Test func aFamilyWithoutItsSaltRefusesEveryStudentWithoutAKey() async throws {
        let saltless = Assignment(rubric: Self.family.rubric)
        try await TestServer.with(assignments: [saltless], roster: Self.roster) { (server: TestServer) async throws in
            let page = try await RawHTTP.get(server.port, Self.page(server, "s1"))
            #expect(page.status == 403)
            #expect(page.text.contains("cannot be made on this server"))
            #expect(try server.service.store.all().isEmpty)
        }
    }
}
