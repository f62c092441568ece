import NIOCore
import NIOHTTPTypes

/// The body timeout, on the connection itself: from a request's head, the whole request must
/// arrive within the limit, or the connection is closed. The idle timeout cannot stop a client
/// that trickles its body a byte at a time (slowloris), because such a client is never idle.
/// It runs on the connection's event loop, so it fires on time however busy the handlers are.
final class BodyDeadline: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart

    private let seconds: Int64
    private var closer: Scheduled<Void>?

    /// A deadline of `seconds` from each request's head to its end.
    init(seconds: Int64) { self.seconds = seconds }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            closer?.cancel()
            let channel = context.channel
            closer = context.eventLoop.scheduleTask(in: .seconds(seconds)) { channel.close(promise: nil) }
        case .end:
            closer?.cancel()
            closer = nil
        case .body:
            break
        }
        context.fireChannelRead(data)
    }

    func channelInactive(context: ChannelHandlerContext) {
        closer?.cancel()
        closer = nil
        context.fireChannelInactive()
    }
}
