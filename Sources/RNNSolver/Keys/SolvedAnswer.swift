import RealModule
import RNNMath

/// The value of an ask.
public enum SolvedValue: Sendable, Hashable {
    /// A number (1×1), vector or matrix.
    case matrix(Matrix)
    /// Eigenvalues when some are complex (complex pairs kept together).
    case complex([Complex<Double>])
    /// A verdict in words (`classify_gradients`).
    case text(String)
}

/// One line of a worked solution: an intermediate quantity and its value.
public struct WorkingLine: Sendable, Hashable {
    /// What was computed: `h[1]`, `∂L/∂W_h, term from t=2`.
    public var label: String
    public var value: Matrix

    public init(label: String, value: Matrix) {
        self.label = label
        self.value = value
    }
}

/// An ask's value with its working.
public struct SolvedAnswer: Sendable, Hashable {
    public var value: SolvedValue
    /// The intermediate values that lead to it, in the order they were computed.
    public var working: [WorkingLine]

    public init(value: SolvedValue, working: [WorkingLine] = []) {
        self.value = value
        self.working = working
    }

    /// Whether the value is exact (rational arithmetic only).
    public var isExact: Bool {
        if case .matrix(let m) = value { return m.isExact }
        return false
    }

    /// The value as a matrix, if it is one.
    public var matrix: Matrix? {
        if case .matrix(let m) = value { return m }
        return nil
    }
}
