import Foundation
import Hummingbird
import NIOCore

/// The body-timeout guard against slow clients. The idle timeout closes a connection that sends
/// nothing, but a client that trickles one byte at a time is never idle; so a body must arrive
/// whole within a time limit, after which the connection is closed and nothing is graded.
enum SlowBody {
    /// The body of `request`, at most `maxBytes`, or nil when it did not arrive within
    /// `seconds` (the connection is then closed).
    static func collect(_ request: Request, upTo maxBytes: Int, within seconds: Int64, on channel: any Channel) async throws -> ByteBuffer? {
        let start = ContinuousClock.now
        let closer = channel.eventLoop.scheduleTask(in: .seconds(seconds)) { channel.close(promise: nil) }
        defer { closer.cancel() }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: maxBytes)
        } catch where ContinuousClock.now - start >= .seconds(seconds) {
            return nil
        }
        // Closing the connection may end the body early rather than fail it: a body that took
        // the whole limit is never trusted to be complete.
        return ContinuousClock.now - start >= .seconds(seconds) ? nil : body
    }
}
