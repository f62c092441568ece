import Foundation
import Hummingbird
import Logging

/// `rnngrade serve` as an application: the service's routes on an HTTP/1.1 server with an idle
/// timeout and a body timeout (``BodyDeadline``), run until SIGTERM or SIGINT, after which it stops accepting connections and
/// finishes the checks in flight (each recorded before its answer) before it returns.
package enum SelfCheckServer {
    /// The application for `service`; `onBound` receives the port actually bound.
    package static func application(_ service: SelfCheckService, onBound: @escaping @Sendable (Int) async -> Void = { _ in })
        -> some ApplicationProtocol
    {
        var logger = Logger(label: "rnngrade-serve")
        logger.logLevel = .warning
        return Application(
            router: service.router(),
            server: .http1(configuration: .init(additionalChannelHandlers: [BodyDeadline(seconds: service.options.bodyTimeoutSeconds)],
                                                idleTimeout: .seconds(service.options.idleTimeoutSeconds))),
            configuration: .init(address: .hostname(service.options.host, port: service.options.port), serverName: nil),
            onServerRunning: { channel in await onBound(channel.localAddress?.port ?? service.options.port) },
            logger: logger
        )
    }
}
