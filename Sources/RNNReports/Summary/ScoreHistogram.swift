/// Submissions counted by percent score in ten bins: 0–10, 10–20, …, 90–100.
///
/// A bin holds its lower edge and not its upper one, except the last, which holds 100. Scores
/// below 0 count in the first bin and above 100 in the last; a score a rounding error below an
/// edge (`29.999999999999996`) counts as the edge.
package struct ScoreHistogram: Sendable, Hashable {
    /// The number of bins.
    package static let binCount = 10

    /// How many scores fell in each bin, lowest first.
    package var counts: [Int]

    /// The histogram of `percents`.
    package init(percents: [Double]) {
        counts = Array(repeating: 0, count: Self.binCount)
        for percent in percents {
            counts[Self.bin(of: percent)] += 1
        }
    }

    /// The bin `percent` falls in (0…9); a NaN falls in bin 0.
    package static func bin(of percent: Double) -> Int {
        guard !percent.isNaN else { return 0 }
        let scaled = (percent / 10 + 1e-9).rounded(.down)
        return Int(min(max(scaled, 0), Double(binCount - 1)))
    }

    /// `20–30`: the range of bin `index`.
    package static func label(ofBin index: Int) -> String {
        "\(index * 10)–\(index * 10 + 10)"
    }
}
