import Foundation
import Testing

/// The pages render: the index lists the shipped assignments, an assignment's page has one
/// labelled field per answer label, and the health endpoint answers JSON.
@Suite struct StudentPageTests {
    @Test func indexListsEveryShippedAssignment() async throws {
        try await TestServer.with { (server: TestServer) async throws in
            let reply = try await RawHTTP.get(server.port, "/")
            #expect(reply.status == 200)
            for id in ["assignment5", "in5400-w10", "sharif-dl-a3", "sysu-dl-hw3", "theory-rnn-lstm"] {
                #expect(reply.text.contains("<a href=\"/a/\(id)\">"))
            }
        }
    }

    @Test func assignmentPageHasLabelledFieldsAndNoScript() async throws {
        try await TestServer.with { (server: TestServer) async throws in
            let reply = try await RawHTTP.get(server.port, "/a/sysu-dl-hw3")
            #expect(reply.status == 200)
            #expect(reply.head.lowercased().contains("content-type: text/html; charset=utf-8"))
            // The sheet labels of SYSU homework 3 (its shipped answer sheet uses 1.a … 3.c) are labelled fields.
            for label in ["1.a", "2.c", "3.c"] {
                #expect(reply.text.contains("<label for=\"f-\(label)\">\(label)</label><textarea id=\"f-\(label)\" name=\"\(label)\""))
            }
            #expect(reply.text.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
            #expect(!reply.text.contains("<script"))
            #expect(reply.text.contains("enctype=\"multipart/form-data\""))
        }
    }

    @Test func healthIsJSON() async throws {
        try await TestServer.with { (server: TestServer) async throws in
            let reply = try await RawHTTP.get(server.port, "/health")
            #expect(reply.status == 200)
            #expect(reply.text == "{\"status\":\"ok\",\"assignments\":\(TestServer.assignments.count)}\n")
        }
    }

    @Test func unknownAssignmentIsNotFound() async throws {
        try await TestServer.with { (server: TestServer) async throws in
            let reply = try await RawHTTP.get(server.port, "/a/no-such-assignment")
            #expect(reply.status == 404)
            #expect(reply.text == "404 Not Found\n")
        }
    }
}
