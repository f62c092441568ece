import BigInt
import RNNMath

/// Expressions: arithmetic, postfix `.T`, `.reshape`, subscripts, and primaries.
extension NumpyDataParser {
    /// One argument of a call, with its label (`num=`) if any.
    struct Argument {
        var label: String?
        var value: NumpyValue
        var offset: Int
    }

    /// `term (('+' | '-') term)*`, where `term := unary (('*' | '/') unary)*`.
    mutating func expression() throws(NumpyDataError) -> NumpyValue {
        try infix(additive: true)
    }

    /// One level of left-associative operators: `+ -` over terms, or `* /` over unary operands.
    private mutating func infix(additive: Bool) throws(NumpyDataError) -> NumpyValue {
        let symbols: [Character] = additive ? ["+", "-"] : ["*", "/"]
        var left = additive ? try infix(additive: false) : try unary()
        while case .symbol(let symbol) = current.kind, symbols.contains(symbol) {
            let operation = current
            advance()
            let right = additive ? try infix(additive: false) : try unary()
            left = try arithmetic(operation, left, right)
        }
        return left
    }

    /// `('-' | '+') unary | power`.
    private mutating func unary() throws(NumpyDataError) -> NumpyValue {
        // Every nesting (a parenthesis, a bracket, a sign, an argument) passes here once.
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            throw NumpyDataError("this expression nests more than \(Self.maximumDepth) levels deep", at: current.offset)
        }
        if isSymbol("-") || isSymbol("+") {
            let operation = current
            advance()
            let operand = try unary()
            let array = try self.array(operand, at: operation.offset, what: "the operand of '-'")
            if operation.kind == .symbol("+") { return .array(array) }
            try charge(array.elements.count, for: "'-'", at: operation.offset)
            return .array(NumpyArray(shape: array.shape, elements: array.elements.map(\.negated)))
        }
        return try power()
    }

    /// `postfix ('**' unary)?`: elementwise power with an integer exponent; binds tighter than
    /// a unary minus on its left (`-2**2` is −4), as in Python.
    private mutating func power() throws(NumpyDataError) -> NumpyValue {
        let base = try postfix()
        guard current.kind == .power else { return base }
        let offset = current.offset
        advance()
        let exponentOffset = current.offset
        let exponent = try integer(try unary(), at: exponentOffset, what: "the exponent of '**'")
        let array = try self.array(base, at: offset, what: "the base of '**'")
        // The exact results' size is estimated before computing them (the solver's one estimate).
        let exact = array.elements.filter { $0.rational != nil }
        if !exact.isEmpty {
            do { try Matrix(rows: 1, cols: exact.count, elements: exact).requireExactPower(exponent, matrix: false, within: budget) } catch {
                guard case .overBudget(let excess) = error else { throw NumpyDataError("\(error)", at: offset) }
                throw Self.overBudget(excess, in: "'**'", at: exponentOffset)
            }
        }
        // Within the estimate, bits·|exponent| ≤ exact-bits, so this product cannot overflow.
        let bits = exact.largestExactBits, resultBits = bits == 0 ? 0 : bits * Int(exponent.magnitude)
        try charge(array.elements.count, unitsEach: Self.units(resultBits, resultBits), for: "'**'", at: offset)
        var elements: [Scalar] = []
        for element in array.elements {
            do { elements.append(try element.power(exponent)) } catch {
                throw NumpyDataError("\(error)", at: offset)
            }
        }
        return .array(NumpyArray(shape: array.shape, elements: elements))
    }

    /// Elementwise `+ - * /` with numpy's broadcasting.
    private mutating func arithmetic(_ operation: NumpyToken, _ left: NumpyValue, _ right: NumpyValue) throws(NumpyDataError) -> NumpyValue {
        guard case .symbol(let symbol) = operation.kind else { return left }
        let a = try array(left, at: operation.offset, what: "the left operand of '\(symbol)'")
        let b = try array(right, at: operation.offset, what: "the right operand of '\(symbol)'")
        if let count = a.broadcastCount(with: b) {
            let units = Self.units(a.elements.largestExactBits, b.elements.largestExactBits)
            try charge(count, unitsEach: units, for: "'\(symbol)'", at: operation.offset)
        }
        do {
            let result = try a.combined(with: b, symbol)
            try requireExactBits(result, in: "'\(symbol)'", at: operation.offset)
            return .array(result)
        } catch let error as NumpyDataError {
            throw error
        } catch let error as NumpyArray.BroadcastError {
            throw NumpyDataError("operands could not be broadcast together with shapes \(error.left) \(error.right)",
                                 at: operation.offset, expected: "equal sizes, or size 1, along each axis")
        } catch {
            throw NumpyDataError("\(error)", at: operation.offset)
        }
    }

    private mutating func postfix() throws(NumpyDataError) -> NumpyValue {
        var value = try primary()
        while true {
            if isSymbol("."), case .name(let member) = tokens[min(index + 1, tokens.count - 1)].kind {
                let offset = tokens[index + 1].offset
                advance()
                advance()
                let base = try array(value, at: offset, what: "'.\(member)'")
                switch member {
                case "T":
                    try charge(base.elements.count, for: "'.T'", at: offset)
                    value = .array(base.transposed)
                case "reshape":
                    let arguments = try callArguments()
                    let sizes = try shape(arguments, at: offset, what: "reshape")
                    value = .array(try base.reshaped(sizes, at: offset))
                case "transpose":
                    let arguments = try callArguments()
                    let axes = arguments.isEmpty ? Array(base.shape.indices.reversed()) : try shape(arguments, at: offset, what: "transpose")
                    guard axes.count == base.rank, Set(axes.map { $0 < 0 ? $0 + base.rank : $0 }) == Set(base.shape.indices) else {
                        throw NumpyDataError("axes \(NumpyArray.describe(axes)) do not match an array of shape \(base.shapeDescription)",
                                             at: offset, expected: "each axis 0 to \(base.rank - 1) once, such as .transpose(1, 0, 2)")
                    }
                    try charge(base.elements.count, for: "'.transpose'", at: offset)
                    value = .array(base.permuted(axes.map { $0 < 0 ? $0 + base.rank : $0 }))
                case "copy":
                    _ = try callArguments()
                    value = .array(base)
                default:
                    throw NumpyDataError("'.\(member)' is not in the numpy subset rnngrade reads", at: offset,
                                         expected: "supported: " + Self.supported)
                }
            } else if isSymbol("[") {
                let offset = current.offset
                advance()
                var items = [try subscriptItem()]
                while isSymbol(",") {
                    advance()
                    items.append(try subscriptItem())
                }
                try expectSymbol("]", "to close the subscript")
                let selected = try array(value, at: offset, what: "a subscript").subscripted(items, at: offset)
                try charge(selected.elements.count, for: "a subscript", at: offset)
                value = .array(selected)
            } else {
                return value
            }
        }
    }

    /// An integer index `i` or a slice `start:stop:step` (each part optional).
    private mutating func subscriptItem() throws(NumpyDataError) -> NumpyArray.Index {
        var parts: [Int?] = []
        var current: Int?
        while true {
            if isSymbol(":") {
                parts.append(current)
                current = nil
                advance()
                continue
            }
            if isSymbol(",") || isSymbol("]") { break }
            let offset = self.current.offset
            current = try integer(try expression(), at: offset, what: "an index")
        }
        if parts.isEmpty {
            guard let single = current else {
                throw NumpyDataError("empty subscript", at: self.current.offset, expected: "an index such as a[1] or a[:, :H]")
            }
            return .integer(single)
        }
        parts.append(current)
        guard parts.count <= 3 else {
            throw NumpyDataError("a slice has at most start:stop:step", at: self.current.offset)
        }
        return .slice(start: parts[0], stop: parts[1], step: parts.count == 3 ? parts[2] : nil)
    }

    private mutating func primary() throws(NumpyDataError) -> NumpyValue {
        let token = current
        switch token.kind {
        case .number(let text):
            advance()
            guard let value = Rational.parse(text) else {
                throw NumpyDataError("'\(text)' is not a number rnngrade can read", at: token.offset)
            }
            let number = NumpyArray(scalar: .exact(value))
            try requireExactBits(number, in: "the number \(text.count > 20 ? text.prefix(20) + "…" : text)", at: token.offset)
            return .array(number)
        case .name("np"):
            let name = try qualifiedName()
            if name == "np.float64" || name == "np.double" { return .floatType }
            guard isSymbol("(") else {
                throw NumpyDataError("'\(name)' is not in the numpy subset rnngrade reads", at: token.offset,
                                     expected: "supported: " + Self.supported)
            }
            return try call(name, at: token.offset, arguments: try callArguments())
        case .name("None"):
            advance()
            return .none
        case .name("float"):
            advance()
            return .floatType
        case .name(let name):
            advance()
            guard let value = variables[name] else {
                throw NumpyDataError("'\(name)' is not defined above", at: token.offset,
                                     expected: "assign it on an earlier line (names: \(variables.keys.sorted().joined(separator: ", ")))")
            }
            return value
        case .symbol("("):
            advance()
            var items = [try expression()]
            var isTuple = false
            while isSymbol(",") {
                isTuple = true
                advance()
                if isSymbol(")") { break }
                items.append(try expression())
            }
            try expectSymbol(")", "to close the parenthesis opened here")
            return isTuple ? .tuple(items) : items[0]
        case .symbol("["):
            advance()
            var items: [NumpyValue] = []
            while !isSymbol("]") {
                items.append(try expression())
                guard isSymbol(",") else { break }
                advance()
            }
            try expectSymbol("]", "to close the list")
            return .list(items)
        default:
            throw NumpyDataError("expected a number, a name or an np.… call", at: token.offset,
                                 expected: "supported: " + Self.supported)
        }
    }

    /// `(a, b, name=c)`: the arguments of a call.
    mutating func callArguments() throws(NumpyDataError) -> [Argument] {
        try expectSymbol("(", "to start the arguments")
        var arguments: [Argument] = []
        while !isSymbol(")") {
            let offset = current.offset
            var label: String?
            if case .name(let name) = current.kind, peekIsSymbol("=", ahead: 1) {
                label = name
                advance()
                advance()
            }
            arguments.append(Argument(label: label, value: try expression(), offset: offset))
            guard isSymbol(",") else { break }
            advance()
        }
        try expectSymbol(")", "to close the arguments")
        return arguments
    }

    // MARK: Conversions

    /// The value as an array; a tuple or list is an error naming `what` needed an array.
    func array(_ value: NumpyValue, at offset: Int, what: String) throws(NumpyDataError) -> NumpyArray {
        switch value {
        case .array(let array): return array
        case .list:
            throw NumpyDataError("\(what) is a Python list, not an array", at: offset, expected: "wrap it in np.array([...])")
        case .tuple:
            throw NumpyDataError("\(what) is a tuple, not an array", at: offset)
        case .none, .floatType:
            throw NumpyDataError("\(what) is not an array", at: offset)
        }
    }

    /// The value as a Python integer, or an error naming `what` had to be one.
    func integer(_ value: NumpyValue, at offset: Int, what: String) throws(NumpyDataError) -> Int {
        guard let integer = value.integerValue else { throw NumpyDataError("\(what) must be an integer", at: offset) }
        return integer
    }

    /// A shape: `reshape(3, 4)` or `reshape((3, 4))`.
    func shape(_ arguments: [Argument], at offset: Int, what: String) throws(NumpyDataError) -> [Int] {
        var items = arguments.map { ($0.value, $0.offset) }
        if arguments.count == 1, case .tuple(let sizes) = arguments[0].value {
            items = sizes.map { ($0, arguments[0].offset) }
        }
        var sizes: [Int] = []
        for (item, offset) in items { sizes.append(try integer(item, at: offset, what: "a size in \(what)'s shape")) }
        return sizes
    }
}
