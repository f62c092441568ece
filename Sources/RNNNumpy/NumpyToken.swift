/// A token of a numpy data line, with its `Character` offset in the block.
struct NumpyToken: Equatable {
    /// What the token is.
    enum Kind: Equatable {
        /// An identifier: `np`, `linspace`, `W_x`, `num`.
        case name(String)
        /// A numeric literal as written: `3`, `-` is separate, `0.5`, `1e-3`.
        case number(String)
        /// One of `( ) [ ] , : = + - * / .` (and `;`, which separates statements like a line end).
        case symbol(Character)
        /// `**`, Python's power.
        case power
        /// The end of a logical line (a newline outside brackets, or `;`).
        case endOfStatement
        /// The end of the block.
        case end
    }

    var kind: Kind
    var offset: Int
}
