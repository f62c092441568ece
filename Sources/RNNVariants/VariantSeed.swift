import Crypto
import Foundation

/// The seed of one student's variant: the first 64 bits of HMAC-SHA256 keyed with the salt over
/// the assignment id and the student id (RFC 2104), so it is reproducible with the salt and
/// unpredictable without it.
package struct VariantSeed: Sendable, Hashable, CustomStringConvertible {
    /// The 64 bits that start the variant's generator.
    package let value: UInt64

    /// The seed of `studentID`'s variant of `assignmentID`.
    package init(salt: Salt, assignmentID: String, studentID: String) {
        // A NUL separates the ids, so ("a", "bc") and ("ab", "c") give different messages.
        let message = Data(assignmentID.utf8) + Data([0]) + Data(studentID.utf8)
        let code = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: salt.bytes))
        value = code.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }

    /// A seed given directly (`verify` names sampled variants by it).
    package init(value: UInt64) { self.value = value }

    /// Sixteen hexadecimal digits.
    package var description: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
