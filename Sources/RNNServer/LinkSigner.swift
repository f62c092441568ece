import Crypto
import Foundation

/// Personal links: an HMAC-SHA256 tag over (student id, assignment id) under the server's
/// secret, written base64url without padding. Only the server can make one, a tag made for
/// one student or assignment fails for any other, and checking compares in constant time.
package struct LinkSigner: Sendable {
    /// The secret's bytes (`SymmetricKey` is not `Sendable` on every platform).
    private let secret: [UInt8]

    /// A signer with `key` (``ServerSecret``).
    package init(key: SymmetricKey) { secret = key.withUnsafeBytes { Array($0) } }

    private var key: SymmetricKey { SymmetricKey(data: secret) }

    /// The token for `student` checking `assignment`.
    package func token(student: String, assignment: String) -> String {
        let tag = HMAC<SHA256>.authenticationCode(for: Self.message(student: student, assignment: assignment), using: key)
        return Data(tag).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Whether `token` is the one for `student` and `assignment`.
    package func accepts(_ token: String, student: String, assignment: String) -> Bool {
        guard token.utf8.count == 43 else { return false }
        let base64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/") + "="
        guard let tag = Data(base64Encoded: base64) else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(tag, authenticating: Self.message(student: student, assignment: assignment), using: key)
    }

    /// The signed bytes: the student id's length first, so no (student, assignment) pair can
    /// be re-split into another.
    private static func message(student: String, assignment: String) -> Data {
        Data("\(student.utf8.count):\(student)\n\(assignment)".utf8)
    }

    /// The personal link under `baseURL` (no trailing slash) for `student` and `assignment`.
    package func link(baseURL: String, student: String, assignment: String) -> String {
        "\(baseURL)/a/\(Self.percentEncoded(assignment))?student=\(Self.percentEncoded(student))&token=\(token(student: student, assignment: assignment))"
    }

    /// `text` with everything but unreserved URL characters percent-encoded.
    static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ""
    }
}
