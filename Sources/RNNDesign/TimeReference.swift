import RNNExpr
import RNNSolver

/// Where a time index inside an equation points, relative to the step being computed.
///
/// `h[t-1]` is `.back(1)`, `x[t]` is `.back(0)`; inside the step-1 override `y[1] = …`,
/// `hid[1]` is `.back(0)` too. `h[0]` inside a general equation is the state's `.initial` value.
enum TimeReference: Hashable {
    /// The value `k` steps before the current one (0: the current step).
    case back(Int)
    /// The initial value of a state (`h[0]` in a general equation).
    case initial

    /// The furthest back an equation may read (`h[t-1000]`); the state carries that many values.
    static let maximumLookback = 1_000

    /// Reads `index` (an integer-affine expression in `t`) inside the equation for
    /// `equationStep` (nil: the general `name[t] = …` equation).
    init(index: Expr, equationStep: Int?, name: String) throws(SolverError) {
        let (slope, offset) = try Self.affine(index)
        let back: (partialValue: Int, overflow: Bool)
        switch (slope, equationStep) {
        case (0, nil) where offset == 0:
            self = .initial
            return
        case (1, _):
            back = 0.subtractingReportingOverflow(offset)
        case (0, let step?):
            back = step.subtractingReportingOverflow(offset)
        default:
            throw SolverError("design checking needs time indices of the form t, t-1, … (or 0 for a state's initial value), not \(index)",
                              range: index.range)
        }
        guard !back.overflow, back.partialValue >= 0 else {
            throw SolverError("\(name)[\(index)] refers to a later step; an equation may use only the current and earlier steps",
                              range: index.range)
        }
        guard back.partialValue <= Self.maximumLookback else {
            throw SolverError("\(name)[\(index)] reads \(back.partialValue) steps back; design checking reads at most \(Self.maximumLookback)",
                              range: index.range)
        }
        self = .back(back.partialValue)
    }

    /// The index as `slope·t + offset`, for indices built from integers, `t`, `+` and `−`.
    private static func affine(_ index: Expr) throws(SolverError) -> (slope: Int, offset: Int) {
        switch index.kind {
        case .number(let literal):
            if let value = Int(literal) { return (0, value) }
        case .name("t"):
            return (1, 0)
        case .unary(let op, let operand):
            let value = try affine(operand)
            return op == .plus ? value : try combine((0, 0), value, subtract: true, index)
        case .binary(let op, let left, let right) where op == .add || op == .subtract:
            return try combine(try affine(left), try affine(right), subtract: op == .subtract, index)
        default:
            break
        }
        throw SolverError("design checking needs time indices of the form t, t-1, … or 0, not \(index)", range: index.range)
    }

    /// `a ± b`, refusing overflow.
    private static func combine(_ a: (slope: Int, offset: Int), _ b: (slope: Int, offset: Int), subtract: Bool,
                                _ index: Expr) throws(SolverError) -> (slope: Int, offset: Int) {
        let slope = subtract ? a.slope.subtractingReportingOverflow(b.slope) : a.slope.addingReportingOverflow(b.slope)
        let offset = subtract ? a.offset.subtractingReportingOverflow(b.offset) : a.offset.addingReportingOverflow(b.offset)
        guard !slope.overflow, !offset.overflow else {
            throw SolverError("the time index \(index) is too large", range: index.range)
        }
        return (slope.partialValue, offset.partialValue)
    }
}
