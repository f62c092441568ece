import Foundation
import Hummingbird

/// One JSON line per request on standard error: time, method, path (never the query, which
/// holds tokens), status and duration in milliseconds.
struct AccessLog<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            Self.write(request, status: response.status.code, since: start)
            return response
        } catch let error as any HTTPResponseError {
            Self.write(request, status: error.status.code, since: start)
            throw error
        } catch {
            Self.write(request, status: 500, since: start)
            throw error
        }
    }

    private struct Line: Encodable {
        let time: String
        let method: String
        let path: String
        let status: Int
        let ms: Double
    }

    private static func write(_ request: Request, status: Int, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        let line = Line(time: Date().formatted(.iso8601), method: request.method.rawValue, path: request.uri.path,
                        status: status, ms: (ms * 1000).rounded() / 1000)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(line) else { return }
        FileHandle.standardError.write(data + Data("\n".utf8))
    }
}
