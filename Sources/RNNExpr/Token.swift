/// What a token is; the lexer maps every spelling of an operator to one kind.
enum TokenKind: Hashable, Sendable {
    /// A numeric literal: `12`, `0.5`, `.5`, `1e-3`.
    case number
    /// A name: letters (Greek included), digits and `_`, not starting with a digit.
    case name
    /// `+`
    case plus
    /// `-` or the Unicode minus `−`.
    case minus
    /// `*`, `×`, `·` or `⋅`.
    case multiply
    /// `@`
    case matmul
    /// `⊙`, `∘` or `.*`.
    case elementwise
    /// `/` or `÷`.
    case divide
    /// `^` or `**`.
    case power
    /// `'`, `′` or `ᵀ`.
    case transpose
    /// `(`
    case leftParen
    /// `)`
    case rightParen
    /// `[`
    case leftBracket
    /// `]`
    case rightBracket
    /// `,`
    case comma
    /// `:` (a slice inside an index: `a[:, :H]`).
    case colon
    /// `;`
    case semicolon
    /// `=`
    case equals
    /// The end of the source text.
    case end
}

/// One lexical unit of an expression with its place in the source.
struct Token: Hashable, Sendable {
    /// What the token is.
    var kind: TokenKind
    /// The token's text exactly as written (empty at the end of the source).
    var text: String
    /// Where the token is, in `Character` offsets.
    var range: SourceRange
    /// Whether whitespace separates this token from the previous one; MATLAB rows use it.
    var followsWhitespace: Bool

    /// The token as named in an error message: `'W'`, `')'` or `end of expression`.
    var quoted: String {
        kind == .end ? "end of expression" : "'\(text)'"
    }

    /// Whether the token can begin an operand: the tokens that signal a missing operator.
    var startsOperand: Bool {
        kind == .number || kind == .name || kind == .leftParen
    }

    /// Whether the token can begin an expression (an element of a MATLAB-style row).
    var startsExpression: Bool {
        startsOperand || kind == .leftBracket || kind == .plus || kind == .minus
    }
}
