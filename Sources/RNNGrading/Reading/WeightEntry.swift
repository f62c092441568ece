import RNNMath

/// One named parameter of a design answer: `W = [[-1, -1], [1, 1]]` or `r = 1`.
public struct WeightEntry: Hashable, Sendable {
    /// The parameter's name as written: `W`, `b`, `W_h`.
    public var name: String
    /// The value; a number is 1×1 and a flat list is a column vector.
    public var value: Matrix

    /// Makes an entry.
    public init(name: String, value: Matrix) {
        self.name = name
        self.value = value
    }
}
