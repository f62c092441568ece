/// What is wrong in a numpy data block, and where: a character offset into the block's text (so
/// the rubric loader can turn it into `file:line:column` with a caret), a message, and what to
/// write instead.
package struct NumpyDataError: Error, Equatable, Sendable {
    /// What is wrong, in words the reader can act on.
    package var message: String
    /// The offset, in `Character`s, of the offending text from the start of the block.
    package var offset: Int
    /// What would be accepted here (shown under the caret), if there is something to say.
    package var expected: String?

    /// Creates an error at `offset`.
    package init(_ message: String, at offset: Int, expected: String? = nil) {
        self.message = message
        self.offset = offset
        self.expected = expected
    }
}
