import Crypto
import Foundation

/// The key that signs students' links, kept in `DATA/secret`: 32 bytes from the system's
/// secure random generator, created on the first start with mode 0600 (owner only) and read
/// on every later start, so links stay valid across restarts until the file is deleted.
package enum ServerSecret {
    /// The file name inside the data folder.
    static let fileName = "secret"

    /// The secret in `directory`, created there if it does not exist yet.
    package static func loadOrCreate(in directory: URL) throws -> SymmetricKey {
        let path = directory.appendingPathComponent(fileName).path
        if let data = FileManager.default.contents(atPath: path) {
            guard data.count == 32 else {
                throw ServerSetupError("\(path): the secret must be 32 bytes, not \(data.count); delete the file to make a new one (every link changes)")
            }
            return SymmetricKey(data: data)
        }
        let key = SymmetricKey(size: .bits256)
        // O_EXCL: two servers starting at once cannot both write a secret.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw ServerSetupError("\(path): cannot create the secret (\(String(cString: strerror(errno))))") }
        defer { close(descriptor) }
        let bytes = key.withUnsafeBytes { Array($0) }
        guard write(descriptor, bytes, bytes.count) == bytes.count, fsync(descriptor) == 0 else {
            throw ServerSetupError("\(path): cannot write the secret (\(String(cString: strerror(errno))))")
        }
        return key
    }
}

/// Why the server cannot start: a message that names the file and what to do.
package struct ServerSetupError: Error, Sendable, CustomStringConvertible {
    /// The message.
    package let description: String
    init(_ description: String) { self.description = description }
}
