import RealModule
import RNNMath

/// The value of an ask.
package enum SolvedValue: Sendable, Hashable {
    /// A number (1×1), vector or matrix.
    case matrix(Matrix)
    /// Eigenvalues when some are complex (complex pairs kept together).
    case complex([Complex<Double>])
    /// A verdict (`classify_gradients`): the option id a `<choice ask>` part takes as its key,
    /// and the sentence that explains it.
    case verdict(label: String, explanation: String)
}

/// One line of a worked solution: an intermediate quantity and its value.
package struct WorkingLine: Sendable, Hashable {
    /// What was computed: `h[1]`, `∂L/∂W_h, term from t=2`.
    package var label: String
    /// Its value.
    package var value: Matrix

    /// The line `label` = `value`.
    package init(label: String, value: Matrix) {
        self.label = label
        self.value = value
    }
}

/// An ask's value with its working.
package struct SolvedAnswer: Sendable, Hashable {
    /// The value asked for.
    package var value: SolvedValue
    /// The intermediate values that lead to it, in the order they were computed.
    package var working: [WorkingLine]
    /// A remark on how it was computed: "computed in floating point: …" when exact work would
    /// have exceeded the rubric's budget.
    package var note: String?

    /// `value` with its `working` and an optional `note`.
    package init(value: SolvedValue, working: [WorkingLine] = [], note: String? = nil) {
        self.value = value
        self.working = working
        self.note = note
    }

    /// Whether the value is exact (rational arithmetic only).
    package var isExact: Bool {
        if case .matrix(let m) = value { return m.isExact }
        return false
    }

    /// The value as a matrix, if it is one.
    package var matrix: Matrix? {
        if case .matrix(let m) = value { return m }
        return nil
    }
}
