import RNNMath

/// The arguments of one `np.…` call, taken by position or by numpy's keyword, each exactly once;
/// ``finish()`` refuses any left over, so a misspelt keyword is an error, never ignored.
struct CallArguments {
    /// The function, as written (`np.linspace`).
    let function: String
    private var positional: [NumpyDataParser.Argument]
    private var labelled: [String: NumpyDataParser.Argument]
    /// Where the call starts.
    let offset: Int

    init(function: String, arguments: [NumpyDataParser.Argument], offset: Int) {
        self.function = function
        self.offset = offset
        positional = arguments.filter { $0.label == nil }
        labelled = Dictionary(arguments.compactMap { a in a.label.map { ($0, a) } }, uniquingKeysWith: { first, _ in first })
    }

    /// The next positional argument, or the one labelled `name`; nil when neither is given.
    mutating func take(_ name: String) -> NumpyDataParser.Argument? {
        if let argument = labelled.removeValue(forKey: name) { return argument }
        return positional.isEmpty ? nil : positional.removeFirst()
    }

    /// `value`, or an error saying the call needs its argument `name`.
    func required<Value>(_ value: Value?, _ name: String) throws(NumpyDataError) -> Value {
        guard let value else { throw NumpyDataError("\(function) needs its '\(name)' argument", at: offset) }
        return value
    }

    /// A required argument with its offset.
    mutating func value(_ name: String) throws(NumpyDataError) -> (NumpyValue, Int) {
        let argument = try required(take(name), name)
        return (argument.value, argument.offset)
    }

    /// A required number.
    mutating func number(_ name: String) throws(NumpyDataError) -> Scalar {
        try required(try optionalNumber(name), name)
    }

    /// A number, or nil when not given (or given as `None`).
    mutating func optionalNumber(_ name: String) throws(NumpyDataError) -> Scalar? {
        try optional(name, "a number") { $0.scalarValue }
    }

    /// A required integer, or `fallback` when not given.
    mutating func integer(_ name: String, default fallback: Int? = nil) throws(NumpyDataError) -> Int {
        if let value = try optionalInteger(name) { return value }
        return try required(fallback, name)
    }

    /// An integer, or nil when not given (or `None`).
    mutating func optionalInteger(_ name: String) throws(NumpyDataError) -> Int? {
        try optional(name, "an integer") { $0.integerValue }
    }

    /// The argument `name` read by `convert`, nil when not given (or `None`), an error naming
    /// `kind` when `convert` cannot read it.
    private mutating func optional<Value>(_ name: String, _ kind: String,
                                          _ convert: (NumpyValue) -> Value?) throws(NumpyDataError) -> Value? {
        guard let argument = take(name) else { return nil }
        if case .none = argument.value { return nil }
        guard let value = convert(argument.value) else {
            throw NumpyDataError("\(function)'s '\(name)' must be \(kind)", at: argument.offset)
        }
        return value
    }

    /// A shape: an integer or a tuple of integers; nil when not given (or `None`).
    mutating func optionalShape(_ name: String) throws(NumpyDataError) -> [Int]? {
        guard let argument = take(name) else { return nil }
        switch argument.value {
        case .none: return nil
        case .tuple(let items), .list(let items):
            var sizes: [Int] = []
            for item in items {
                guard let size = item.integerValue else {
                    throw NumpyDataError("\(function)'s '\(name)' must be integers", at: argument.offset)
                }
                sizes.append(size)
            }
            return sizes
        default:
            guard let size = argument.value.integerValue else {
                throw NumpyDataError("\(function)'s '\(name)' must be an integer or a tuple of integers", at: argument.offset)
            }
            return [size]
        }
    }

    /// A required shape.
    mutating func shape(_ name: String) throws(NumpyDataError) -> [Int] {
        try required(try optionalShape(name), name)
    }

    /// Accepts `dtype=float` or `dtype=np.float64` (what rnngrade computes in anyway).
    mutating func acceptFloatType(_ name: String) throws(NumpyDataError) {
        guard let argument = labelled.removeValue(forKey: name) else { return }
        guard case .floatType = argument.value else {
            throw NumpyDataError("only dtype=float (np.float64) is supported", at: argument.offset)
        }
    }

    /// Every remaining positional argument, in order (the sizes of `np.random.randn(3, 4)`).
    mutating func remainingPositional() -> [NumpyDataParser.Argument] {
        defer { positional.removeAll() }
        return positional
    }

    /// Refuses arguments nobody took.
    func finish() throws(NumpyDataError) {
        if let extra = positional.first {
            throw NumpyDataError("\(function) was given too many arguments", at: extra.offset)
        }
        if let extra = labelled.values.min(by: { $0.offset < $1.offset }) {
            throw NumpyDataError("\(function) has no '\(extra.label ?? "")' argument that rnngrade reads", at: extra.offset)
        }
    }
}
