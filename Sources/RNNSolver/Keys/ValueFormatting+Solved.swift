import RNNMath

extension ValueFormatting {
    /// A solved value: exact form, plus its decimal form when that differs
    /// (`-1/4 ≈ -0.25`, `6`, `[0.3+0.4i, 0.3-0.4i]`); one rule for every key, text or JSON,
    /// whatever the exact form's length.
    package static func solved(_ value: SolvedValue) -> String {
        switch value {
        case .matrix(let m):
            let exact = matrix(m)
            let decimals = decimalMatrix(m)
            return exact == decimals ? exact : "\(exact) ≈ \(decimals)"
        case .complex(let values):
            return "[" + values.map(complex).joined(separator: ", ") + "]"
        case .verdict(let label, let explanation):
            return "\(label) (\(explanation))"
        }
    }
}
