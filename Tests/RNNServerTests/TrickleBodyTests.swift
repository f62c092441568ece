import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// A slowloris-style client that trickles its body one byte at a time is never idle, so the idle
/// timeout cannot close it; the body timeout does, while other clients are served meanwhile.
@Suite struct TrickleBodyTests {
    @Test func aTrickledBodyIsClosedWithinTheBodyTimeoutWhileOthersAreServed() async throws {
        try await TestServer.with(idleTimeout: 30, bodyTimeout: 2) { (server: TestServer) async throws in
            let port = server.port
            let trickle = Task.detached { try Self.trickle(port: port) }
            // While the trickle runs, ordinary checks are answered at once.
            var served = 0
            for _ in 0..<5 {
                try await Task.sleep(for: .milliseconds(300))
                let start = Date()
                let reply = try await RawHTTP.postForm(port, "/a/in5400-w10/check", [("1.a", "6")])
                #expect(reply.status == 200)
                // A server that served no one else while the trickle lasts would answer after
                // its whole 20 s body; a loaded machine's debug build has needed 5.1 s.
                #expect(Date().timeIntervalSince(start) < 15)
                served += 1
            }
            let (seconds, bytesSent, reply) = try await trickle.value
            // Closed after the 2 s limit, well before the 30 s idle timeout and before the
            // 200-byte body (one byte each 100 ms: 20 s) could finish.
            #expect(seconds >= 1.5 && seconds < 12, "closed after \(seconds) s")
            #expect(bytesSent < 200)
            #expect(!reply.hasPrefix("HTTP/1.1 200"))
            #expect(served == 5)
            // Nothing was graded or recorded for the trickle.
            #expect(try server.service.store.all().count == 5)
        }
    }

    /// Sends a check's head promising 200 bytes, then one byte every 100 ms until the server
    /// closes the connection (a send fails or a read returns); returns the seconds that took,
    /// the body bytes sent and whatever the server sent back.
    static func trickle(port: Int) throws -> (Double, Int, String) {
        let socket = try RawHTTP.connected(port)
        defer { close(socket) }
        let head = Array("POST /a/in5400-w10/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 200\r\n\r\n".utf8)
        _ = head.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        let start = Date()
        var sent = 0
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while sent < 200, Date().timeIntervalSince(start) < 25 {
            var byte = UInt8(ascii: "a")
            guard Glibc.send(socket, &byte, 1, Int32(MSG_NOSIGNAL)) == 1 else { break }
            sent += 1
            // Wait 100 ms for the server to answer or close.
            var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, 100) > 0 {
                let count = recv(socket, &buffer, buffer.count, 0)
                if count > 0 { received += buffer[0..<count] }
                break
            }
        }
        return (Date().timeIntervalSince(start), sent, String(decoding: received, as: UTF8.self))
    }
}
