import RNNExpr
import RNNMath

/// A condition every drawn variant must meet (`<require ask="spectral_radius(W)" below="1"/>`):
/// the value of `ask` on the model, compared with a bound. Variants that break it are drawn again.
package struct RequireSpec: Sendable {
    /// How the value must relate to the bound.
    package enum Condition: Sendable {
        /// Every element strictly below the bound.
        case below(Rational)
        /// Every element strictly above the bound.
        case above(Rational)
        /// No element equal to the bound (`not="0"`: no division by zero).
        case not(Rational)
    }

    /// The quantity constrained, evaluated like a part's ask.
    package var ask: Located<Expr>
    /// What its value must satisfy.
    package var condition: Condition
    /// The rubric's words for the condition, if any (shown when it fails too often).
    package var statement: String
    /// The 1-based line of the element.
    package var line: Int

    /// The condition as written: `spectral_radius(W) < 1`.
    package var summary: String {
        switch condition {
        case .below(let bound): "\(ask.text) < \(bound)"
        case .above(let bound): "\(ask.text) > \(bound)"
        case .not(let bound): "\(ask.text) ≠ \(bound)"
        }
    }
}
