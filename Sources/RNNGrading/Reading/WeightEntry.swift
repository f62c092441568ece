import RNNMath

/// One named parameter of a design answer: `W = [[-1, -1], [1, 1]]` or `r = 1`.
package struct WeightEntry: Hashable, Sendable {
    /// The parameter's name as written: `W`, `b`, `W_h`.
    package var name: String
    /// The value; a number is 1×1 and a flat list is a column vector.
    package var value: Matrix

    /// Makes an entry.
    package init(name: String, value: Matrix) {
        self.name = name
        self.value = value
    }
}
