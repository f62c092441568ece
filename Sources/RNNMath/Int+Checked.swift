extension Int {
    /// The product of `factors` (1 for none), or `MathError.overflow(operation:)` where `*`
    /// would trap.
    ///
    ///     try Int.checkedProduct([4, 20, 30], operation: "parameter count")   // 2400
    package static func checkedProduct(_ factors: [Int], operation: String) throws(MathError) -> Int {
        var result = 1
        for factor in factors {
            let (value, overflow) = result.multipliedReportingOverflow(by: factor)
            guard !overflow else { throw .overflow(operation: operation) }
            result = value
        }
        return result
    }

    /// The sum of `terms` (0 for none), or `MathError.overflow(operation:)` where `+` would trap.
    ///
    ///     try Int.checkedSum([Int.max, 1], operation: "parameter count")   // throws .overflow
    package static func checkedSum(_ terms: [Int], operation: String) throws(MathError) -> Int {
        var result = 0
        for term in terms {
            let (value, overflow) = result.addingReportingOverflow(term)
            guard !overflow else { throw .overflow(operation: operation) }
            result = value
        }
        return result
    }
}
