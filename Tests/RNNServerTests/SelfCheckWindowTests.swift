import Foundation
import RNNGrading
import RNNRubric
import RNNServer
import Testing

/// The rubric's `<self-check>`: its cap holds per student (over the server's own), and from its
/// closing time on the page says checking is closed and checks are refused, with a clock the
/// test moves.
@Suite struct SelfCheckWindowTests {
    static let roster: Roster = {
        guard let roster = try? RosterReader.read("id\ns1\ns2\n", file: "roster.csv") else { fatalError("roster") }
        return roster
    }()

    /// Rubrics/in5400-w10.xml with `element` after its defaults, loaded from a temporary copy.
    static func assignment(_ element: String) -> Assignment {
        let shipped = TestServer.root.appendingPathComponent("Rubrics/in5400-w10.xml")
        guard let text = try? String(contentsOf: shipped, encoding: .utf8), let end = text.range(of: "</defaults>") else { fatalError("rubric") }
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("rnngrade-window-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("in5400-w10.xml")
        try? text.replacingCharacters(in: end, with: "</defaults>\n  \(element)").write(to: file, atomically: true, encoding: .utf8)
        guard case .success(let rubric) = RubricLoader.load(path: file.path) else { fatalError("rubric with \(element)") }
        return Assignment(rubric: rubric)
    }

    /// A clock the test sets.
    final class TestClock: @unchecked Sendable {
        private var time: Date
        private let lock = NSLock()
        init(_ time: Date) { self.time = time }
        var now: Date { lock.withLock { time } }
        func set(_ time: Date) { lock.withLock { self.time = time } }
    }

    static func link(_ server: TestServer, _ student: String) -> [(String, String)] {
        [("student", student), ("token", server.signer.token(student: student, assignment: "in5400-w10"))]
    }

    @Test func checkingClosesAtTheRubricsTime() async throws {
        // 2026-06-01T12:00:00Z = 1,780,315,200 s (GNU date: `date -u -d 2026-06-01T12:00:00Z +%s`).
        let closes = Date(timeIntervalSince1970: 1_780_315_200)
        let clock = TestClock(closes.addingTimeInterval(-60))
        let assignment = Self.assignment(#"<self-check closes="2026-06-01T14:00:00+02:00"/>"#)
        try await TestServer.with(assignments: [assignment], roster: Self.roster, now: { clock.now }) { (server: TestServer) async throws in
            let query = "student=s1&token=\(server.signer.token(student: "s1", assignment: "in5400-w10"))"
            let open = try await RawHTTP.get(server.port, "/a/in5400-w10?\(query)")
            #expect(open.text.contains("Checking closes at 2026-06-01T12:00:00Z."))
            #expect(open.text.contains("<form"))
            let before = try await RawHTTP.postForm(server.port, "/a/in5400-w10/check", Self.link(server, "s1") + [("1.a", "6")])
            #expect(before.status == 200)
            #expect(TestServer.verdicts(in: before.text)["1.a"] == "correct")

            clock.set(closes)
            let closed = try await RawHTTP.get(server.port, "/a/in5400-w10?\(query)")
            #expect(closed.status == 200)
            #expect(closed.text.contains("Checking closed at 2026-06-01T12:00:00Z."))
            #expect(!closed.text.contains("<form"))
            // The questions stay readable.
            #expect(closed.text.contains("Compute the predicted value"))
            let after = try await RawHTTP.postForm(server.port, "/a/in5400-w10/check", Self.link(server, "s1") + [("1.a", "6")])
            #expect(after.status == 403)
            #expect(after.text.contains("Checking closed at 2026-06-01T12:00:00Z."))
            #expect(TestServer.verdicts(in: after.text).isEmpty)
            #expect(try server.service.store.all().count == 1)
        }
    }

    @Test func theRubricsCapHoldsPerStudentOverTheServers() async throws {
        let assignment = Self.assignment(#"<self-check checks-per-hour="2"/>"#)
        try await TestServer.with(assignments: [assignment], roster: Self.roster, cap: 10) { (server: TestServer) async throws in
            var statuses: [Int] = []
            for _ in 0..<4 {
                statuses.append(try await RawHTTP.postForm(server.port, "/a/in5400-w10/check", Self.link(server, "s1") + [("1.a", "6")]).status)
            }
            #expect(statuses == [200, 200, 429, 429])
            // The other student has checks of their own.
            #expect(try await RawHTTP.postForm(server.port, "/a/in5400-w10/check", Self.link(server, "s2") + [("1.a", "6")]).status == 200)
            #expect(try server.service.store.all().map(\.student) == ["s1", "s1", "s2"])
        }
    }

    @Test func theRubricsCapHoldsUnderConcurrentChecks() async throws {
        let assignment = Self.assignment(#"<self-check checks-per-hour="3"/>"#)
        try await TestServer.with(assignments: [assignment], roster: Self.roster) { (server: TestServer) async throws in
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<12 {
                    group.addTask { try await RawHTTP.postForm(server.port, "/a/in5400-w10/check", Self.link(server, "s1") + [("1.a", "6")]).status }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == 200 }.count == 3)
            #expect(statuses.filter { $0 == 429 }.count == 9)
            #expect(try server.service.store.all().count == 3)
        }
    }
}
