import Foundation
import Hummingbird
import RNNGrading
import RNNRubric
import RNNServer

/// A self-check server on 127.0.0.1 with a port the system chose, over the shipped rubrics,
/// with its data in a fresh temporary folder; stopped and removed when the test's body ends.
struct TestServer: Sendable {
    let port: Int
    let data: URL
    let service: SelfCheckService

    /// The repository's root, from this file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped rubrics' assignments (keys computed once for every test).
    static let assignments: [Assignment] = {
        let folder = root.appendingPathComponent("Rubrics")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".xml") && $0 != "submission.xsd" }.sorted().compactMap { name in
            guard case .success(let rubric) = RubricLoader.load(path: folder.appendingPathComponent(name).path), !rubric.isFamily else { return nil }
            return Assignment(rubric: rubric)
        }
    }()

    /// Runs `body` against a server of `assignments` with `roster` (nil: anonymous), `cap`
    /// checks per hour, `idleTimeout` and `bodyTimeout` seconds and the clock `now`, then shuts
    /// it down and deletes its data.
    static func with<T: Sendable>(assignments: [Assignment] = assignments, roster: Roster? = nil, cap: Int? = nil,
                                  idleTimeout: Int64 = 30, bodyTimeout: Int64 = 10, now: @escaping @Sendable () -> Date = { Date() },
                                  _ body: @Sendable (TestServer) async throws -> T) async throws -> T {
        let data = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("rnngrade-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: data) }
        let signer = LinkSigner(key: try ServerSecret.loadOrCreate(in: data))
        let options = ServerOptions(host: "127.0.0.1", port: 0, dataDirectory: data, idleTimeoutSeconds: idleTimeout,
                                    bodyTimeoutSeconds: bodyTimeout, maxChecksPerHour: cap)
        let service = SelfCheckService(assignments: assignments, gatekeeper: Gatekeeper(roster: roster, signer: signer),
                                       store: try AttemptStore(directory: data), options: options, now: now)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let application = SelfCheckServer.application(service) { continuation.yield($0) }
        let running = Task { try await application.runService(gracefulShutdownSignals: []) }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw RawHTTP.Failure("the server did not start") }
        do {
            let result = try await body(TestServer(port: port, data: data, service: service))
            running.cancel()
            _ = try? await running.value
            return result
        } catch {
            running.cancel()
            _ = try? await running.value
            throw error
        }
    }

    /// The signer of this server's links.
    var signer: LinkSigner { service.gatekeeper.signer }

    /// Per part in page order, the verdict the result section of `html` shows.
    static func verdicts(in html: String) -> [String: String] {
        var found: [String: String] = [:]
        let pattern = try! NSRegularExpression(pattern: "<strong>([^<]+)</strong> <span class=\"verdict ([a-z]+)\">")
        for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            let part = String(html[Range(match.range(at: 1), in: html)!]), verdict = String(html[Range(match.range(at: 2), in: html)!])
            found[part] = verdict
        }
        return found
    }
}
