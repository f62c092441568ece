/// The names an expression may use, as a model declares them.
///
/// Example, for `h[t] = sigmoid(W*h[t-1] + U*x[t])`:
/// `NameScope(names: ["W", "U"], timeIndexed: ["h", "x"])`.
package struct NameScope: Hashable, Sendable {
    /// Names used as they are: parameters, constants, losses (`W_h`, `L`).
    package var names: Set<String>
    /// Names that take a time index: states, inputs, targets, outputs (`h`, `x`, `y`, `yhat`).
    package var timeIndexed: Set<String>
    /// Functions beyond the built-in catalogue, such as a model's activation `phi`.
    package var functions: [BuiltinFunction]
    /// Names allowed only inside a time index: `t` (the current step) and `T` (the last).
    package var timeVariables: Set<String>

    /// Creates a scope.
    package init(
        names: Set<String> = [], timeIndexed: Set<String> = [], functions: [BuiltinFunction] = [],
        timeVariables: Set<String> = ["t", "T"]
    ) {
        self.names = names
        self.timeIndexed = timeIndexed
        self.functions = functions
        self.timeVariables = timeVariables
    }

    /// The function called `name`: the scope's own first, then the built-ins (aliases included).
    package func function(named name: String) -> BuiltinFunction? {
        functions.first { $0.spellings.contains(name) } ?? BuiltinFunction.named(name)
    }

    /// Every function name and alias known in this scope.
    var functionSpellings: [String] {
        (functions + BuiltinFunction.catalogue).flatMap(\.spellings)
    }
}
