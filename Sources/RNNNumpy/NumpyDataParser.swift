import RNNMath

/// Reads the assignment lines of a numpy test cell — `x = np.linspace(-0.4, 0.7, num=12).reshape(3, 4)`,
/// `np.random.seed(1)`, `N, D = 3, 10` — and evaluates them into named arrays, never executing
/// Python: only the subset listed in ``NumpyDataParser/supported`` is understood, and anything
/// else is a ``NumpyDataError`` at the offending character.
///
/// Grammar (Python's precedence):
/// ```
/// block      := (statement (newline | ';'))*
/// statement  := 'import' 'numpy' 'as' 'np' | 'np.random.seed' '(' int ')' | names '=' expr (',' expr)*
/// expr       := term (('+' | '-') term)*
/// term       := unary (('*' | '/') unary)*
/// unary      := ('-' | '+') unary | power
/// power      := postfix ('**' unary)?
/// postfix    := primary ('.T' | '.reshape' '(' ints ')' | '.transpose' '(' ints ')' | '[' index (',' index)* ']')*
/// primary    := number | name | 'np.' function '(' args ')' | '(' expr (',' expr)* ')' | '[' list ']'
/// ```
package struct NumpyDataParser {
    /// One name a block assigns, with its final value and where the name was last assigned.
    package struct Assignment: Sendable {
        /// The Python name.
        package var name: String
        /// The array as rnngrade's matrix (a number is 1×1, a 1-D array a 1×n row).
        package var value: Matrix
        /// The `Character` offset of the name in the block.
        package var offset: Int
    }

    /// The constructors and operations the subset has, for error messages.
    package static let supported = "np.linspace, np.arange, np.zeros, np.ones, np.full, np.eye, np.array, np.asarray, "
        + "np.random.seed then np.random.randn/rand/random_sample/standard_normal/normal/uniform/randint, "
        + ".reshape, .T, .transpose(axes), slicing a[i, j:k], + - * / with broadcasting, and ** with an integer exponent"

    /// The deepest nesting of parentheses, brackets and signs the parser follows (recursion is
    /// bounded, so no rubric can exhaust the stack).
    static let maximumDepth = 64

    var tokens: [NumpyToken]
    var index = 0
    var depth = 0
    var variables: [String: NumpyValue] = [:]
    var random: LegacyRandomState?
    /// Seeds that replace those of the block's `np.random.seed(s)` statements, in order (a
    /// student's own data, ``evaluate(_:seeds:budget:)``); nil: the seeds as written.
    var replacementSeeds: [UInt32]?
    /// The seed each `np.random.seed(s)` statement read so far started from: its integer (or
    /// its replacement), nil for a list of integers.
    var seeds: [UInt32?] = []
    /// The limits the block is held to (`exact-bits`, `data-work`; see `NumpyDataParser+Budget.swift`).
    var budget: WorkBudget
    /// The element operations charged so far.
    var work = 0

    /// Evaluates `text` and returns the names it assigns, in order of their first assignment
    /// (a name assigned twice keeps its last value, as in Python), held to `budget`.
    package static func assignments(in text: String, budget: WorkBudget = .standard) throws(NumpyDataError) -> [Assignment] {
        try evaluate(text, budget: budget).assignments
    }

    /// Evaluates `text` as ``assignments(in:budget:)`` does, with the k-th `np.random.seed(s)`
    /// statement starting numpy's generator from `seeds[k]` instead of its own seed when `seeds`
    /// is given (it must have one seed per statement); also returns the seed each statement
    /// started from (nil for a list of integers).
    package static func evaluate(_ text: String, seeds: [UInt32]? = nil, budget: WorkBudget = .standard) throws(NumpyDataError)
        -> (assignments: [Assignment], seeds: [UInt32?]) {
        var parser = NumpyDataParser(tokens: try NumpyLexer.tokens(text), budget: budget)
        parser.replacementSeeds = seeds
        var order: [String] = []
        var offsets: [String: Int] = [:]
        while parser.current.kind != .end {
            for (name, offset) in try parser.statement() {
                if offsets[name] == nil { order.append(name) }
                offsets[name] = offset
            }
            try parser.expectEndOfStatement()
        }
        var result: [Assignment] = []
        for name in order {
            guard case .array(let array) = parser.variables[name], let offset = offsets[name] else {
                throw NumpyDataError("'\(name)' is a tuple, not an array", at: offsets[name] ?? 0,
                                     expected: "assign one array or number per name")
            }
            do {
                result.append(Assignment(name: name, value: try array.matrix(), offset: offset))
            } catch {
                throw NumpyDataError("'\(name)' has no elements; rnngrade needs at least one", at: offset)
            }
        }
        return (result, parser.seeds)
    }

    /// The names `text` assigns (`x` in `x = …`, `N`, `D` in `N, D = …`), found without
    /// evaluating anything: after an error, the loader still knows them, so that their uses
    /// elsewhere in the rubric are not reported as undefined as well.
    package static func assignedNames(in text: String) -> [String] {
        guard let tokens = try? NumpyLexer.tokens(text) else { return [] }
        var names: [String] = []
        var statement: [NumpyToken.Kind] = []
        for token in tokens {
            guard token.kind == .endOfStatement || token.kind == .end else {
                statement.append(token.kind)
                continue
            }
            if let equals = statement.firstIndex(of: .symbol("=")) {
                for case .name(let name) in statement[..<equals] where !names.contains(name) { names.append(name) }
            }
            statement = []
        }
        return names
    }

    // MARK: Statements

    /// One statement; returns the names it assigned with their offsets.
    private mutating func statement() throws(NumpyDataError) -> [(String, Int)] {
        let start = current
        guard case .name(let first) = start.kind else {
            throw NumpyDataError("expected an assignment such as 'x = np.zeros((2, 3))'", at: start.offset)
        }
        if first == "import" { try importLine(); return [] }
        if first == "np", peekIsSymbol(".", ahead: 1) {
            try seedCall()
            return []
        }
        var targets: [(String, Int)] = []
        while case .name(let name) = current.kind {
            targets.append((name, current.offset))
            advance()
            guard isSymbol(",") else { break }
            advance()
        }
        guard isSymbol("=") else {
            throw NumpyDataError("expected '=' after \(targets.map(\.0).joined(separator: ", "))", at: current.offset,
                                 expected: "name = expression")
        }
        advance()
        let valueOffset = current.offset
        var values = [try expression()]
        while isSymbol(",") {
            advance()
            values.append(try expression())
        }
        if targets.count == 1 && values.count == 1 {
            variables[targets[0].0] = values[0]
        } else if targets.count == values.count {
            for (target, value) in zip(targets, values) { variables[target.0] = value }
        } else {
            throw NumpyDataError("\(targets.count) names but \(values.count) values", at: valueOffset,
                                 expected: "as many values as names: N, D = 3, 10")
        }
        return targets
    }

    /// `import numpy as np`, the one import the subset accepts.
    private mutating func importLine() throws(NumpyDataError) {
        let offset = current.offset
        for word in ["import", "numpy", "as", "np"] {
            guard case .name(word) = current.kind else {
                throw NumpyDataError("only 'import numpy as np' can be imported", at: offset)
            }
            advance()
        }
    }

    /// `np.random.seed(s)`: starts numpy's legacy generator from the integer seed `s`, or from a
    /// list or 1-D array of such integers.
    private mutating func seedCall() throws(NumpyDataError) {
        let offset = current.offset
        let name = try qualifiedName()
        guard name == "np.random.seed" else {
            throw NumpyDataError("'\(name)(…)' on its own line is not in the subset; the only call statement is np.random.seed(s)",
                                 at: offset, expected: "name = \(name)(…)")
        }
        let arguments = try callArguments()
        guard arguments.count == 1, arguments[0].label == nil || arguments[0].label == "seed" else {
            throw NumpyDataError("np.random.seed takes one seed: an integer, or a list of integers", at: offset)
        }
        let argument = arguments[0]
        if let replacementSeeds, seeds.count < replacementSeeds.count {
            let seed = replacementSeeds[seeds.count]
            random = LegacyRandomState(seed: seed)
            seeds.append(seed)
        } else if argument.value.integerValue == nil, let key = try? NumpyArray.fromNested(argument.value, at: argument.offset), key.rank == 1 {
            // An array of integers: numpy's init_by_array.
            var words: [UInt32] = []
            for element in key.elements {
                words.append(try seedWord(.array(NumpyArray(scalar: element)), at: argument.offset))
            }
            random = LegacyRandomState(key: words)
            seeds.append(nil)
        } else {
            let seed = try seedWord(argument.value, at: argument.offset)
            random = LegacyRandomState(seed: seed)
            seeds.append(seed)
        }
    }

    /// One integer of a seed, which numpy requires to be in 0…2³²−1.
    private func seedWord(_ value: NumpyValue, at offset: Int) throws(NumpyDataError) -> UInt32 {
        let seed = try integer(value, at: offset, what: "the seed")
        guard seed >= 0, seed <= Int(UInt32.max) else {
            throw NumpyDataError("numpy's seed must be between 0 and 2**32 - 1, not \(seed)", at: offset)
        }
        return UInt32(seed)
    }

    private mutating func expectEndOfStatement() throws(NumpyDataError) {
        switch current.kind {
        case .endOfStatement: advance()
        case .end: break
        default:
            throw NumpyDataError("unexpected text after the statement", at: current.offset,
                                 expected: "one statement per line (or separated by ';')")
        }
    }

    // MARK: Tokens

    var current: NumpyToken { tokens[index] }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    func isSymbol(_ symbol: Character) -> Bool { current.kind == .symbol(symbol) }

    func peekIsSymbol(_ symbol: Character, ahead: Int) -> Bool {
        index + ahead < tokens.count && tokens[index + ahead].kind == .symbol(symbol)
    }

    mutating func expectSymbol(_ symbol: Character, _ context: String) throws(NumpyDataError) {
        guard isSymbol(symbol) else {
            throw NumpyDataError("expected '\(symbol)' \(context)", at: current.offset)
        }
        advance()
    }

    /// `np.random.randn`: a dotted name starting at the current `np`.
    mutating func qualifiedName() throws(NumpyDataError) -> String {
        guard case .name(var name) = current.kind else {
            throw NumpyDataError("expected a name", at: current.offset)
        }
        advance()
        while isSymbol("."), case .name(let part) = tokens[min(index + 1, tokens.count - 1)].kind {
            name += "." + part
            advance()
            advance()
        }
        return name
    }
}
