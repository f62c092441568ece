import Foundation
import RNNGrading
import RNNServer
import Testing

/// Every answered check is recorded exactly once, before its answer; a cap holds under
/// concurrent checks of one student; the export is CSV.
@Suite struct AttemptTests {
    static let roster: Roster = {
        guard let roster = try? RosterReader.read("id\ns1\ns2\n", file: "roster.csv") else { fatalError("roster") }
        return roster
    }()

    @Test func concurrentChecksAreEachRecordedOnce() async throws {
        try await TestServer.with { (server: TestServer) async throws in
            let port = server.port
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<40 {
                    group.addTask { try await RawHTTP.postForm(port, "/a/in5400-w10/check", [("1.a", "\(index)")]).status }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(statuses == Array(repeating: 200, count: 40))
            let attempts = try server.service.store.all()
            #expect(attempts.count == 40)
            // Each answer sent once, so each attempt once.
            let answered = attempts.map { $0.answers.split(separator: "\n").first { $0.hasPrefix("1.a = ") } ?? "" }
            #expect(Set(answered) == Set((0..<40).map { "1.a = \($0)" }))
            #expect(attempts.allSatisfy { $0.student == "anonymous" && $0.assignment == "in5400-w10" })
        }
    }

    @Test func capHoldsUnderConcurrentChecksOfOneStudent() async throws {
        try await TestServer.with(roster: Self.roster, cap: 3) { (server: TestServer) async throws in
            let port = server.port
            let token = server.signer.token(student: "s1", assignment: "in5400-w10")
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<12 {
                    group.addTask { try await RawHTTP.postForm(port, "/a/in5400-w10/check", [("student", "s1"), ("token", token), ("1.a", "6")]).status }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == 200 }.count == 3)
            #expect(statuses.filter { $0 == 429 }.count == 9)
            // Another student has a cap of their own.
            let other = server.signer.token(student: "s2", assignment: "in5400-w10")
            #expect(try await RawHTTP.postForm(port, "/a/in5400-w10/check", [("student", "s2"), ("token", other), ("1.a", "6")]).status == 200)
            let attempts = try server.service.store.all()
            #expect(attempts.map(\.student).sorted() == ["s1", "s1", "s1", "s2"])
        }
    }

    @Test func exportIsCSVWithVerdicts() throws {
        let attempt = Attempt(student: "s1", assignment: "in5400-w10", time: Date(timeIntervalSince1970: 1_780_000_000.25),
                              verdicts: ["1.b": "wrong", "1.a": "correct"], points: 1.5, answers: "1.a = 6\n1.b = =cmd()")
        #expect(AttemptExport.csv([attempt]) == """
            time,student,assignment,points,verdicts,answers\r
            2026-05-28T20:26:40.250Z,s1,in5400-w10,1.5,1.a=correct;1.b=wrong,"1.a = 6
            1.b = =cmd()"\r

            """)
    }
}
