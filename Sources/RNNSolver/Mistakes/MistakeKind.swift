import RNNMath

/// Which wrong way of computing an ask a ``MistakeVariant`` stands for; raw values are the short
/// identifiers grade reports show (`sigmoid-tanh`, `index-1`).
package enum MistakeKind: String, CaseIterable, Sendable {
    /// The immediate partial derivative instead of the full gradient.
    case partial
    /// σ and tanh swapped.
    case sigmoidTanh = "sigmoid-tanh"
    /// The transpose of the right matrix.
    case transpose
    /// The right value with the wrong sign.
    case sign
    /// The squared loss with a factor ½.
    case halfLoss = "half-loss"
    /// The mean over time instead of the sum.
    case meanLoss = "mean-loss"
    /// The value at the step before the one asked for.
    case indexBefore = "index-1"
    /// The value at the step after the one asked for.
    case indexAfter = "index+1"
    /// A mistake the rubric declares with `<mistake ask="…">`.
    case rubric

    /// The mistake's value from the key's, for the mistakes that only rearrange the right value
    /// (its transpose, its negation) on the part's own model: no need to compute the ask again.
    /// Nil for every other kind, which is evaluated.
    package func value(fromKey key: Matrix) -> Matrix? {
        switch self {
        case .transpose: key.transposed
        case .sign: key.negated
        default: nil
        }
    }
}
