import Foundation

/// How `rnngrade serve` listens and what it allows: the address, the folder it may write to,
/// and the limits every request is held to.
package struct ServerOptions: Sendable {
    /// The host to bind (`127.0.0.1` unless a reverse proxy on another address forwards to it).
    package var host: String
    /// The port to bind; 0 lets the system choose a free one.
    package var port: Int
    /// The only folder the server writes to: its secret and its attempts database.
    package var dataDirectory: URL
    /// The largest request body accepted, in bytes (an upload goes through the same reader as
    /// `grade`, whose own limit is also 1 MiB).
    package var maxBodyBytes: Int
    /// Seconds a connection may stay idle (a slow client sending nothing) before it is closed.
    package var idleTimeoutSeconds: Int64
    /// Seconds a request body may take to arrive in full (a client that trickles it byte by
    /// byte is never idle); after them the connection is closed and nothing is graded.
    package var bodyTimeoutSeconds: Int64
    /// Checks one rostered student may make per assignment in any hour, unless the rubric's
    /// `<self-check>` says otherwise; nil for no cap.
    package var maxChecksPerHour: Int?

    /// Options with the defaults: 1 MiB bodies, 30 s idle timeout, 10 s for a body, no cap.
    package init(host: String, port: Int, dataDirectory: URL, maxBodyBytes: Int = 1 << 20,
                 idleTimeoutSeconds: Int64 = 30, bodyTimeoutSeconds: Int64 = 10, maxChecksPerHour: Int? = nil) {
        self.host = host
        self.port = port
        self.dataDirectory = dataDirectory
        self.maxBodyBytes = maxBodyBytes
        self.idleTimeoutSeconds = idleTimeoutSeconds
        self.bodyTimeoutSeconds = bodyTimeoutSeconds
        self.maxChecksPerHour = maxChecksPerHour
    }
}
