import RNNMath

/// How a data block is held to the rubric's ``WorkBudget``: its exact values to `exact-bits`
/// (the one limit on exact size the solver uses too), its exact powers to the same limit by an
/// estimate made before computing them, and its total work to `data-work` element operations,
/// each operation charged before it runs.
///
///     x = np.zeros((500, 1000))    // 500,000 element operations
///     y = x + 1                    // 500,000 more: 1,000,000, the default budget
///     z = y * y                    // refused at '*', naming data-work
extension NumpyDataParser {
    /// Charges `count` elements costing `unitsEach` element operations each to the block, for
    /// `what` (e.g. "'*'") at `offset`; throws when the block's total would exceed
    /// `budget.dataWork`, before the work is done.
    mutating func charge(_ count: Int, unitsEach: Int = 1, for what: String, at offset: Int) throws(NumpyDataError) {
        let (cost, costOverflow) = count.multipliedReportingOverflow(by: unitsEach)
        let (total, totalOverflow) = work.addingReportingOverflow(cost)
        guard !costOverflow, !totalOverflow, total <= budget.dataWork else {
            let amount = costOverflow || totalOverflow ? "more than \(Int.max)" : "\(total)"
            throw Self.overBudget(BudgetExcess(work: "\(amount) element operations", limit: .dataWork, budget: budget),
                                  in: what, at: offset)
        }
        work = total
    }

    /// The element operations one element costs when computed from exact operands of `bits`
    /// and `otherBits` bits: the product of their sizes in 64-bit words (what schoolbook
    /// multiplication and a gcd cost), at least 1.
    static func units(_ bits: Int, _ otherBits: Int) -> Int {
        max(1, words(bits)) * max(1, words(otherBits))
    }

    /// The 64-bit words a number of `bits` bits occupies.
    static func words(_ bits: Int) -> Int { (bits + 63) / 64 }

    /// Throws unless every exact element of `array` has a numerator and denominator within
    /// `budget.exactBits`; `what` names the computation that made it.
    func requireExactBits(_ array: NumpyArray, in what: String, at offset: Int) throws(NumpyDataError) {
        let bits = array.elements.largestExactBits
        guard bits <= budget.exactBits else {
            throw Self.overBudget(BudgetExcess(work: "exact values of \(bits) bits", limit: .exactBits, budget: budget),
                                  in: what, at: offset)
        }
    }

    /// The located error for `excess` met while computing `what`.
    static func overBudget(_ excess: BudgetExcess, in what: String, at offset: Int) -> NumpyDataError {
        NumpyDataError("computing \(what): \(excess)", at: offset)
    }
}
