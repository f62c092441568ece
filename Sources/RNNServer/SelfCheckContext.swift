import Hummingbird
import NIOCore

/// The request context of the server's routes: Hummingbird's basic context plus the
/// connection, so that a check can close a client that trickles its body.
package struct SelfCheckContext: RequestContext {
    /// Hummingbird's per-request storage.
    package var coreContext: CoreRequestContextStorage
    /// The connection the request came on.
    let channel: any Channel

    /// The context of a request arriving on `source`'s channel.
    package init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}
