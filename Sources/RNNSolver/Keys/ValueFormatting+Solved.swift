import RNNMath

extension ValueFormatting {
    /// Exact forms longer than this are shown after their decimal form.
    static let longExactForm = 40

    /// A solved value: exact form, plus its decimal form when that differs
    /// (`-1/4 ≈ -0.25`, `6`, `[0.3+0.4i, 0.3-0.4i]`).
    package static func solved(_ value: SolvedValue) -> String {
        switch value {
        case .matrix(let m):
            let exact = matrix(m)
            let decimals = decimalMatrix(m)
            if exact == decimals { return exact }
            // Long exact fractions (W^30) read better after their decimals.
            return exact.count > longExactForm ? "\(decimals) (exactly \(exact))" : "\(exact) ≈ \(decimals)"
        case .complex(let values):
            return "[" + values.map(complex).joined(separator: ", ") + "]"
        case .verdict(let label, let explanation):
            return "\(label) (\(explanation))"
        }
    }
}
