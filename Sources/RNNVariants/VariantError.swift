/// Why a student's variant could not be made: no salt, or no draw met the constraints.
package struct VariantError: Error, Sendable, CustomStringConvertible {
    /// The message, saying what to do.
    package let message: String

    /// An error with `message`.
    package init(_ message: String) { self.message = message }

    /// The message.
    package var description: String { message }
}
