/// A function the expression language knows: its name, what arguments it takes, what it means.
///
/// The whole catalogue is the one table `BuiltinFunction.catalogue`, so the solver can assert
/// that it implements every entry. Models can add functions of their own (an activation `phi`)
/// through `NameScope.functions`.
package struct BuiltinFunction: Hashable, Sendable {
    /// What an argument must be.
    package enum ArgumentKind: Hashable, Sendable {
        /// Any expression over the names in scope: `W*h[1]`.
        case expression
        /// What to differentiate with respect to: a name or a time step of one (`W_h`, `h[1]`).
        case variable
        /// A time-indexed name without an index, standing for all its steps: `h` in `stack(h)`.
        case sequence
        /// One word or number from a fixed list, not a name in scope: `lstm`, `pytorch`, `inf`, `true`.
        case choice([String])
        /// A non-negative whole number: digits (`20`), or an expression over the names in scope
        /// whose value is one (`n`, a size drawn per student).
        case count
    }

    /// A labelled parameter: `hidden=` of `params`.
    package struct Label: Hashable, Sendable {
        /// The label as written before `=`.
        package var name: String
        /// What its value must be.
        package var kind: ArgumentKind
        /// Whether every call must give it.
        package var isRequired: Bool

        /// Creates a labelled parameter.
        package init(_ name: String, _ kind: ArgumentKind, isRequired: Bool = false) {
            self.name = name
            self.kind = kind
            self.isRequired = isRequired
        }
    }

    /// The canonical name: `sigmoid`.
    package var name: String
    /// Other spellings of the same function: `sigma`, `σ`.
    package var aliases: [String]
    /// How many positional arguments a call may have.
    package var arity: ClosedRange<Int>
    /// The kind of each positional argument; positions past the end take the last kind.
    package var positional: [ArgumentKind]
    /// The labelled arguments a call may have.
    package var labels: [Label]
    /// What the function computes, in one line.
    package var summary: String

    /// Creates a catalogue entry; `positional` defaults to expressions.
    package init(
        _ name: String, aliases: [String] = [], arity: ClosedRange<Int>,
        positional: [ArgumentKind] = [.expression], labels: [Label] = [], summary: String
    ) {
        self.name = name
        self.aliases = aliases
        self.arity = arity
        self.positional = positional
        self.labels = labels
        self.summary = summary
    }

    /// A model-declared activation of one argument: `phi(x)`.
    package static func activation(_ name: String, summary: String) -> BuiltinFunction {
        BuiltinFunction(name, arity: 1...1, summary: summary)
    }

    /// Every name the function answers to: `name` and `aliases`.
    package var spellings: [String] { [name] + aliases }

    /// The kind of the positional argument at `position` (0-based).
    package func kind(ofPositional position: Int) -> ArgumentKind {
        positional[min(position, positional.count - 1)]
    }

    /// The catalogue entry called `name` (aliases included): `named("σ")` is `sigmoid`.
    package static func named(_ name: String) -> BuiltinFunction? {
        byName[name]
    }

    private static let byName: [String: BuiltinFunction] = Dictionary(
        catalogue.flatMap { function in function.spellings.map { ($0, function) } },
        uniquingKeysWith: { first, _ in first })
}
