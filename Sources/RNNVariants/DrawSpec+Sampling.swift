import RNNMath
import RNNRubric

extension DrawSpec {
    /// One drawn value: every entry on its own, uniformly from ``DrawSpec/support``.
    ///
    /// An index is `next() % count`; with at most 100,000 values (the loader's limit) its bias is
    /// below 10⁻¹⁴, and unlike the standard library's `random(in:using:)` the rule cannot change
    /// between Swift releases, so a variant stays the same on every toolchain.
    func draw(from support: [Rational], using generator: inout SplitMix64) throws(MathError) -> Matrix {
        let rows = shape?.rows ?? 1
        let cols = shape?.cols ?? 1
        let count = UInt64(support.count)
        let elements = (0..<rows * cols).map { _ in Scalar.exact(support[Int(generator.next() % count)]) }
        return try Matrix(rows: rows, cols: cols, elements: elements)
    }
}
