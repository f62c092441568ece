/// Lets integer literals stand for rationals: `let x: Rational = 3`.
extension Rational: ExpressibleByIntegerLiteral {
    /// The rational `value / 1`.
    package init(integerLiteral value: Int) {
        self.init(value)
    }
}
