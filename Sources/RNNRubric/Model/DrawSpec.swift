import RNNMath

/// How a drawn parameter, input or target gets its value in each student's variant: every
/// entry is drawn on its own from a grid (`min`, `min + step`, …, `max`) or a list, never equal to
/// an excluded value. The element's `value`/`values` stay the fixed variant's data.
package struct DrawSpec: Sendable {
    /// Where an entry's value comes from.
    package enum Distribution: Sendable {
        /// `min`, `min + step`, …, up to `max` (integers: `step` 1 unless stated).
        case grid(min: Rational, max: Rational, step: Rational)
        /// One of the listed values.
        case choice([Rational])
    }

    /// The values an entry can take.
    package var distribution: Distribution
    /// Values an entry must never take (`exclude="0"`).
    package var excluded: [Rational]
    /// The shape of one drawn value (a parameter, or one step of a sequence); nil: a scalar.
    package var shape: (rows: Int, cols: Int)?
    /// The 1-based line of the element.
    package var line: Int

    /// The values an entry can take, in increasing grid order (or list order), without the excluded ones.
    package var support: [Rational] {
        let all: [Rational]
        switch distribution {
        case .grid(let min, let max, let step):
            var values: [Rational] = []
            var value = min
            while value <= max {
                values.append(value)
                value = value + step
            }
            all = values
        case .choice(let values):
            all = values
        }
        return all.filter { !excluded.contains($0) }
    }
}
