import Foundation
import RNNGrading
import RNNServer
import Testing

/// Personal links: a rostered student's own link opens the page; a forged token, another
/// student's token or another assignment's token gets 403 and nothing else, and records nothing.
@Suite struct LinkTests {
    static let roster: Roster = {
        guard let roster = try? RosterReader.read("ID,name\ns1,Ada Lovelace\n\"s,2\",\"Grace \"\"G\"\" Hopper\"\n", file: "roster.csv") else { fatalError("roster") }
        return roster
    }()

    @Test func rosterReadsQuotedFields() {
        #expect(Self.roster.entries.map(\.id) == ["s1", "s,2"])
        #expect(Self.roster.entries.map(\.name) == ["Ada Lovelace", "Grace \"G\" Hopper"])
    }

    @Test func rosterWithoutIDColumnIsRefused() {
        #expect(throws: (any Error).self) { try RosterReader.read("pupil,name\n1,A\n", file: "r.csv") }
    }

    @Test func ownLinkOpensForgedAndForeignTokensAre403() async throws {
        try await TestServer.with(roster: Self.roster) { (server: TestServer) async throws in
            let own = server.signer.token(student: "s1", assignment: "in5400-w10")
            #expect(own.count == 43)
            #expect(try await RawHTTP.get(server.port, "/a/in5400-w10?student=s1&token=\(own)").status == 200)
            let other = server.signer.token(student: "s,2", assignment: "in5400-w10")
            let otherAssignment = server.signer.token(student: "s1", assignment: "sysu-dl-hw3")
            var forged = Array(own)
            forged[5] = forged[5] == "A" ? "B" : "A"
            for query in ["student=s1&token=\(other)", "student=s1&token=\(otherAssignment)", "student=s1&token=\(String(forged))",
                          "student=s1", "", "student=nobody&token=\(own)", "student=s1&token=%FF%FE"] {
                let reply = try await RawHTTP.get(server.port, "/a/in5400-w10?\(query)")
                #expect(reply.status == 403, "\(query)")
                #expect(reply.text == "403 Forbidden\n")
            }
            let check = try await RawHTTP.postForm(server.port, "/a/in5400-w10/check", [("student", "s1"), ("token", other), ("1.a", "6")])
            #expect(check.status == 403)
            #expect(check.text == "403 Forbidden\n")
            #expect(try server.service.store.all().isEmpty)
        }
    }

    @Test func linksAreSignedPerStudentAndAssignment() async throws {
        try await TestServer.with(roster: Self.roster) { (server: TestServer) async throws in
            let link = server.signer.link(baseURL: "https://course.example", student: "s,2", assignment: "sysu-dl-hw3")
            let token = server.signer.token(student: "s,2", assignment: "sysu-dl-hw3")
            #expect(link == "https://course.example/a/sysu-dl-hw3?student=s%2C2&token=\(token)")
            #expect(server.signer.accepts(token, student: "s,2", assignment: "sysu-dl-hw3"))
            #expect(!server.signer.accepts(token, student: "s1", assignment: "sysu-dl-hw3"))
        }
    }

    @Test func anonymousServerRefusesTokens() async throws {
        try await TestServer.with { (server: TestServer) async throws in
            #expect(try await RawHTTP.get(server.port, "/a/in5400-w10").status == 200)
            #expect(try await RawHTTP.get(server.port, "/a/in5400-w10?student=s1&token=abc").status == 403)
        }
    }
}
