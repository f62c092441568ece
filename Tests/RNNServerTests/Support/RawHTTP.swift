import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A deliberately plain HTTP/1.1 client over a TCP socket to 127.0.0.1, so tests can send
/// exactly the bytes they mean (invalid UTF-8, oversized or stalled bodies) and read what the
/// server answers, or see it close the connection.
enum RawHTTP {
    /// What came back: the status (0 when the connection closed without one), headers and body.
    struct Reply {
        var status: Int
        var head: String
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
        /// The whole reply as text, for greps.
        var all: String { head + "\r\n\r\n" + text }
    }

    /// `GET path`.
    static func get(_ port: Int, _ path: String) async throws -> Reply {
        try await send(port, Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8))
    }

    /// `POST path` with `body` of `contentType`.
    static func post(_ port: Int, _ path: String, contentType: String, body: [UInt8]) async throws -> Reply {
        let head = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n\r\n"
        return try await send(port, Array(head.utf8) + body)
    }

    /// A URL-encoded form post of `fields`.
    static func postForm(_ port: Int, _ path: String, _ fields: [(String, String)]) async throws -> Reply {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let body = fields.map { "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }
            .joined(separator: "&")
        return try await post(port, path, contentType: "application/x-www-form-urlencoded", body: Array(body.utf8))
    }

    /// A multipart upload of `file` named `name`, with `fields` beside it.
    static func upload(_ port: Int, _ path: String, file: [UInt8], name: String = "answers.txt", fields: [(String, String)] = []) async throws -> Reply {
        let boundary = "rnngrade-test-boundary"
        var body: [UInt8] = []
        for (key, value) in fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(key)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: text/plain\r\n\r\n".utf8)
        body += file + Array("\r\n--\(boundary)--\r\n".utf8)
        return try await post(port, path, contentType: "multipart/form-data; boundary=\(boundary)", body: body)
    }

    /// Sends `request` and reads until the server closes (10 s at most), on a thread of its own:
    /// the blocking socket calls never hold one of the few threads the server's tasks run on.
    static func send(_ port: Int, _ request: [UInt8]) async throws -> Reply {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try blockingSend(port, request) })
            }
        }
    }

    /// A TCP socket connected to 127.0.0.1:`port` (the caller closes it).
    static func connected(_ port: Int) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure("socket: \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(socket)
            throw Failure("connect: \(errno)")
        }
        return socket
    }

    /// Sends `request` and reads the reply; writing stops quietly when the server has closed
    /// early (as it may on a body over the limit).
    private static func blockingSend(_ port: Int, _ request: [UInt8]) throws -> Reply {
        let socket = try connected(port)
        defer { close(socket) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var sent = 0
        while sent < request.count {
            let written = request[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if written <= 0 { break }
            sent += written
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received += buffer[0..<count]
        }
        guard let split = received.firstRange(of: [13, 10, 13, 10]) else { return Reply(status: 0, head: "", body: received) }
        let head = String(decoding: received[..<split.lowerBound], as: UTF8.self)
        let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        var body = Array(received[split.upperBound...])
        if head.lowercased().contains("transfer-encoding: chunked") { body = dechunked(body) }
        return Reply(status: status, head: head, body: body)
    }

    /// The content of a chunked body.
    private static func dechunked(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        while let lineEnd = bytes[index...].firstRange(of: [13, 10]),
              let size = Int(String(decoding: bytes[index..<lineEnd.lowerBound], as: UTF8.self), radix: 16), size > 0 {
            let start = lineEnd.upperBound
            guard start + size <= bytes.count else { break }
            out += bytes[start..<(start + size)]
            index = start + size + 2
            guard index < bytes.count else { break }
        }
        return out
    }

    /// A client-side failure (the server could not be reached).
    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
