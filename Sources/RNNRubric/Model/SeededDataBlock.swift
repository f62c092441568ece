import RNNMath
import RNNNumpy

/// A `<data draw="seeds">` block: numpy lines whose `np.random.seed(s)` statements are drawn per
/// student, so each student's `np.random.randn(…)` arrays are their own while every other line
/// (`np.linspace`, sizes, scales) stays as written. The fixed variant keeps the written seeds.
package struct SeededDataBlock: Sendable {
    /// The block's text as written.
    package var text: String
    /// The 1-based line of the `<data>` element.
    package var line: Int
    /// The seed of each `np.random.seed(s)` statement, in order: the written ones in the rubric
    /// as loaded (and the fixed variant), a student's own in their variant.
    package var seeds: [UInt32]
    /// The names the block assigns, in the order ``NumpyDataParser`` returns them.
    package var names: [String]
    /// The rubric's work budget, which every evaluation of the block is held to.
    package var budget: WorkBudget = .standard

    /// What tells the block apart within its problem (the key of its drawn values).
    package var key: String { "data@\(line)" }

    /// The arrays the block assigns (in ``names`` order) with its seed statements starting from `seeds`.
    package func values(seeds: [UInt32]) throws(NumpyDataError) -> [Matrix] {
        try NumpyDataParser.evaluate(text, seeds: seeds, budget: budget).assignments.map(\.value)
    }
}
