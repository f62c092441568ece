import Foundation
import Hummingbird

/// A check's body, trusted only when it arrived whole: ``BodyDeadline`` closes a connection
/// whose request does not arrive within the body timeout, and a closed connection may end the
/// body early rather than fail it, so a body shorter than its `Content-Length`, or one that
/// took the whole limit to collect, is never graded.
enum SlowBody {
    /// The body of `request`, at most `maxBytes`, or nil when it did not arrive whole within
    /// `seconds`.
    static func collect(_ request: Request, upTo maxBytes: Int, within seconds: Int64) async throws -> ByteBuffer? {
        let start = ContinuousClock.now
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: maxBytes)
        } catch where ContinuousClock.now - start >= .seconds(seconds) {
            return nil
        }
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared != body.readableBytes { return nil }
        return ContinuousClock.now - start >= .seconds(seconds) ? nil : body
    }
}
