import Foundation
import RNNMath

/// How one computed part of a family behaved across the class's variants (the summary's
/// "Variants" section): how many different keys the students had, their range, and whether the
/// score depends on the data.
///
/// Dependence: the students are ordered by their key (a number by its value, a vector or matrix
/// by its largest absolute entry; ties by student id) and split in two halves; the halves' shares
/// of the part's points are compared with a two-sided Mann–Whitney U test (normal approximation
/// with the tie correction; Mann & Whitney 1947, Ann. Math. Statist. 18(1):50–60). The part is
/// flagged when each half has at least ``minimumHalf`` students, the mean shares differ by at
/// least ``minimumGap`` and p < ``significance``: a part much harder for some data.
package struct VariantSpread: Sendable, Hashable {
    /// The fewest students a half needs before a difference is reported.
    package static let minimumHalf = 10
    /// The smallest difference of mean share (of the part's points) that is reported.
    package static let minimumGap = 0.2
    /// The largest p-value that is reported.
    package static let significance = 0.01

    /// The part.
    package var partID: String
    /// Students whose variant had a key for the part and who were graded on it.
    package var students: Int
    /// How many different keys they had.
    package var distinctKeys: Int
    /// The smallest and largest key (by the measure above).
    package var keyRange: ClosedRange<Double>
    /// The mean share of the part's points (0…1) of the half of the students with the smaller keys.
    package var meanShareSmallerKeys: Double
    /// The mean share of the part's points (0…1) of the other half.
    package var meanShareLargerKeys: Double
    /// The two-sided p-value of the difference; nil when a half is empty.
    package var pValue: Double?

    /// Whether the score depends on the data, by the rule above.
    package var dependsOnVariant: Bool {
        guard let pValue, students / 2 >= Self.minimumHalf else { return false }
        return abs(meanShareLargerKeys - meanShareSmallerKeys) >= Self.minimumGap && pValue < Self.significance
    }

    /// One row per computed part of `batch` with keys, graded with `graders`; none when nothing is drawn.
    package static func spreads(in batch: BatchResult, graders: VariantGraders) -> [VariantSpread] {
        guard graders.family.isFamily else { return [] }
        let built = graders.graders
        let graded = batch.submissions.filter { $0.loadError == nil && built[$0.studentID] != nil }
        return batch.parts.enumerated().compactMap { index, outline in
            let observations: [(measure: Double, key: AnswerValue, student: String, share: Double)] = graded.compactMap { submission in
                guard outline.maxPoints > 0, let key = built[submission.studentID]!.plans[index].key, let measure = measure(key),
                      let grade = submission.parts.first(where: { $0.partID == outline.id }), grade.verdict != .pending else { return nil }
                return (measure, key, submission.studentID, grade.points / outline.maxPoints)
            }
            guard !observations.isEmpty else { return nil }
            let ordered = observations.sorted { ($0.measure, $0.student) < ($1.measure, $1.student) }
            let smaller = ordered.prefix(ordered.count / 2).map(\.share), larger = ordered.dropFirst(ordered.count / 2).map(\.share)
            return VariantSpread(partID: outline.id, students: ordered.count, distinctKeys: Set(ordered.map(\.key)).count,
                                 keyRange: ordered.first!.measure...ordered.last!.measure,
                                 meanShareSmallerKeys: mean(smaller), meanShareLargerKeys: mean(larger), pValue: MannWhitney.pValue(Array(smaller), Array(larger)))
        }
    }

    /// A key's measure: a number's value, a vector's or matrix's largest absolute entry; nil for other keys.
    private static func measure(_ key: AnswerValue) -> Double? {
        switch key {
        case .number(let scalar): scalar.doubleValue
        case .matrix(let matrix): matrix.elements.map { abs($0.doubleValue) }.max()
        default: nil
        }
    }

    private static func mean(_ values: some Collection<Double>) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }
}
