import Foundation

/// The two-sided Mann–Whitney U test of two samples (Mann & Whitney 1947, Ann. Math. Statist.
/// 18(1):50–60), with the normal approximation and the correction for ties (as
/// `scipy.stats.mannwhitneyu(x, y, alternative="two-sided", method="asymptotic", use_continuity=True)`).
enum MannWhitney {
    /// The p-value that `first` and `second` come from one distribution; nil when either is
    /// empty, 1 when every value is tied.
    static func pValue(_ first: [Double], _ second: [Double]) -> Double? {
        let n1 = Double(first.count), n2 = Double(second.count)
        guard n1 > 0, n2 > 0 else { return nil }
        let pooled = (first.map { ($0, true) } + second.map { ($0, false) }).sorted { $0.0 < $1.0 }
        // Midranks, and the tie term Σ(t³ − t) over groups of equal values.
        var rankSumFirst = 0.0, ties = 0.0, start = 0
        while start < pooled.count {
            var end = start
            while end + 1 < pooled.count && pooled[end + 1].0 == pooled[start].0 { end += 1 }
            let rank = Double(start + end) / 2 + 1, size = Double(end - start + 1)
            rankSumFirst += rank * Double(pooled[start...end].filter(\.1).count)
            ties += size * size * size - size
            start = end + 1
        }
        let u = rankSumFirst - n1 * (n1 + 1) / 2
        let n = n1 + n2
        let variance = n1 * n2 / 12 * ((n + 1) - ties / (n * (n - 1)))
        guard variance > 0 else { return 1 }
        let z = (abs(u - n1 * n2 / 2) - 0.5) / variance.squareRoot()
        return min(1, erfc(max(0, z) / 2.squareRoot()))
    }
}
