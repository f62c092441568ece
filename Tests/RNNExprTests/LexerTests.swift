import Testing
@testable import RNNExpr

/// Tokens, their literal text and their `Character` offsets.
@Suite struct LexerTests {
    static func lexed(_ source: String) throws -> [String] {
        try Lexer.tokens(in: source).dropLast().map { "\($0.text)@\($0.range.lowerBound)" }
    }

    // MARK: Numbers keep their text

    @Test(arguments: [
        ("12", ["12@0"]), ("0.5", ["0.5@0"]), (".5", [".5@0"]), ("1e-3", ["1e-3@0"]),
        ("2.5E+3", ["2.5E+3@0"]), ("1e3", ["1e3@0"]),
        ("2e", ["2@0", "e@1"]), ("2e+x", ["2@0", "e@1", "+@2", "x@3"]),
        ("1.*x", ["1@0", ".*@1", "x@3"]), ("3.14.5", ["3.14@0", ".5@4"]),
    ])
    func numbers(source: String, expected: [String]) throws {
        #expect(try Self.lexed(source) == expected)
    }

    // MARK: Names

    @Test(arguments: [
        ("W_h", ["W_h@0"]), ("x2", ["x2@0"]), ("_a", ["_a@0"]), ("ση", ["ση@0"]),
        ("v'", ["v@0", "'@1"]), ("Wᵀ", ["W@0", "ᵀ@1"]), ("sum_t", ["sum_t@0"]), ("2W", ["2@0", "W@1"]),
    ])
    func names(source: String, expected: [String]) throws {
        #expect(try Self.lexed(source) == expected)
    }

    // MARK: Offsets count Characters

    @Test func offsetsCountGraphemeClusters() throws {
        #expect(try Self.lexed("ŷ\u{301} − σ") == ["ŷ\u{301}@0", "−@2", "σ@4"])
    }

    @Test func whitespaceIsRecorded() throws {
        let tokens = try Lexer.tokens(in: "a -b")
        #expect(tokens.map(\.followsWhitespace) == [false, true, false, false])
        #expect(tokens.map(\.kind) == [.name, .minus, .name, .end])
    }

    // MARK: Every operator spelling

    @Test(arguments: [
        ("+", TokenKind.plus), ("-", .minus), ("−", .minus), ("*", .multiply), ("×", .multiply),
        ("·", .multiply), ("⋅", .multiply), ("@", .matmul), ("⊙", .elementwise), ("∘", .elementwise),
        (".*", .elementwise), ("/", .divide), ("÷", .divide), ("^", .power), ("**", .power),
        ("'", .transpose), ("′", .transpose), ("ᵀ", .transpose), ("(", .leftParen), (")", .rightParen),
        ("[", .leftBracket), ("]", .rightBracket), (",", .comma), (";", .semicolon), ("=", .equals),
    ])
    func operators(source: String, kind: TokenKind) throws {
        #expect(try Lexer.tokens(in: source).map(\.kind) == [kind, .end])
    }
}
