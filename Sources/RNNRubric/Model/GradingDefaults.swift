import RNNMath

/// How a numeric answer is compared with its key, as written in the rubric.
///
/// The rubric carries the data; the comparator owns the semantics (docs/comparison.md).
package struct ToleranceSpec: Hashable, Sendable {
    /// The comparison mode.
    package var mode: ToleranceMode
    /// Relative tolerance `rtol` in `|s − t| ≤ atol + rtol·|t|`, exactly as written (`0.1` is 1/10).
    package var relative: Rational?
    /// Absolute tolerance `atol`, exactly as written.
    package var absolute: Rational?
    /// Significant figures or decimal places, for those modes.
    package var digits: Int?

    package init(mode: ToleranceMode, relative: Rational? = nil, absolute: Rational? = nil, digits: Int? = nil) {
        self.mode = mode
        self.relative = relative
        self.absolute = absolute
        self.digits = digits
    }
}

/// Grading rules that parts inherit from the assignment's `<defaults>`.
package struct GradingDefaults: Sendable {
    /// The tolerance of numeric parts that state none.
    package var tolerance: ToleranceSpec?
    /// Credit for a part graded with a student's own wrong earlier answer; nil: no follow-through.
    package var followThroughCredit: Double?
    /// Whether `rnngrade check` may show students the key.
    package var revealKey: Bool
    /// Whether vectors and matrices earn credit per correct element.
    package var perElementCredit: Bool
    /// The work the solver may do for this rubric (`<budget>`; docs/limits.md).
    package var budget: WorkBudget

    package init(tolerance: ToleranceSpec? = nil, followThroughCredit: Double? = nil,
                revealKey: Bool = false, perElementCredit: Bool = true, budget: WorkBudget = .standard) {
        self.tolerance = tolerance
        self.followThroughCredit = followThroughCredit
        self.revealKey = revealKey
        self.perElementCredit = perElementCredit
        self.budget = budget
    }
}
