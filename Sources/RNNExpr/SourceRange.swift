/// A half-open range of `Character` offsets into an expression's source text.
///
/// Offsets count `Character`s (extended grapheme clusters), not bytes or UTF-16 units, so
/// `"σ(x)"` has `x` at offset 2 and a caret can be placed under the right column.
///
/// Example: in `"W*h"` the name `h` has the range `2..<3`.
package struct SourceRange: Hashable, Sendable {
    /// The offset of the first character in the range.
    package var lowerBound: Int
    /// The offset one past the last character in the range.
    package var upperBound: Int

    /// Creates a range from `lowerBound` up to, but not including, `upperBound`.
    package init(lowerBound: Int, upperBound: Int) {
        self.lowerBound = lowerBound
        self.upperBound = upperBound
    }

    /// The number of characters the range covers.
    package var count: Int { upperBound - lowerBound }

    /// The smallest range that covers both `self` and `other`.
    package func union(_ other: SourceRange) -> SourceRange {
        SourceRange(lowerBound: min(lowerBound, other.lowerBound), upperBound: max(upperBound, other.upperBound))
    }
}
