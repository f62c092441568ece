import Foundation
import RNNMath

/// Copy detection across the variants of a family (`grade` writes `copies.md`): a wrong answer
/// that is right, or a known mistake, for another student's variant; and the same wrong answer
/// given by students with different variants.
///
/// Linear in the class: every variant's key and mistake values of a computed part are indexed by
/// their value to 4 significant digits, a wrong answer looks up the variants with its own value
/// there, and each candidate is confirmed with the part's comparator and tolerance. A pair is
/// listed when it shares at least ``minimumParts`` parts. An answer
/// that is right only within tolerance but rounds differently at the 4th digit is missed.
package enum CopyDetection {
    /// Groups of identical wrong answers larger than this are a common mistake, not copying.
    static let commonAnswerSize = 10
    /// The fewest parts a pair must share to be listed (fewer when the rubric has fewer computed parts).
    static let minimumParts = 2

    /// Every finding of `batch`, graded with `graders`, sorted; none when nothing is drawn.
    package static func findings(in batch: BatchResult, graders: VariantGraders) -> [CopyFinding] {
        guard graders.family.isFamily else { return [] }
        let built = graders.graders
        var found: [Pair: [String]] = [:]
        let answered = batch.submissions.filter { $0.loadError == nil && built[$0.studentID] != nil }
        for (part, outline) in batch.parts.enumerated() {
            // The wrong answers that neither the student's own key, known mistakes nor
            // follow-through explain; a part without any needs no index (and no variant's
            // mistake values computed for it).
            let unexplained: [(student: String, value: AnswerValue, bucket: String)] = answered.compactMap { submission in
                guard let grade = submission.parts.first(where: { $0.partID == outline.id }), let text = grade.answer,
                      grade.verdict != .correct, grade.mistake == nil, grade.followThroughFrom == nil else { return nil }
                let plan = built[submission.studentID]!.plans[part]
                guard let syntax = plan.syntax, case .success(let value) = AnswerReader.read(text, as: syntax),
                      let bucket = bucket(value) else { return nil }
                return (submission.studentID, value, bucket)
            }
            guard !unexplained.isEmpty else { continue }
            let students = built.keys.sorted()
            // Every variant's key and mistake values by bucket, computed on every core (the
            // mistake values are remembered by each plan), then indexed in student order.
            let buckets = students.concurrentMap { student in
                let plan = built[student]!.plans[part]
                return ([plan.key].compactMap { $0 } + plan.mistakes.map(\.value)).compactMap(bucket)
            }
            var byValue: [String: [String]] = [:]
            for (student, owned) in zip(students, buckets) {
                for bucket in owned where byValue[bucket]?.last != student { byValue[bucket, default: []].append(student) }
            }
            let index = byValue
            let fitting = unexplained.concurrentMap { answer in
                (index[answer.bucket] ?? []).filter { other in other != answer.student && fits(answer.value, built[other]!.plans[part]) }
            }
            var sameWrong: [String: [String]] = [:]
            for ((student, _, bucket), others) in zip(unexplained, fitting) {
                sameWrong[bucket, default: []].append(student)
                for other in others {
                    found[Pair(student: student, other: other, reason: .fitsOtherVariant), default: []].append(outline.id)
                }
            }
            for members in sameWrong.values where members.count > 1 && members.count <= commonAnswerSize {
                for first in members {
                    for second in members where first < second {
                        found[Pair(student: first, other: second, reason: .sameWrongAnswer), default: []].append(outline.id)
                    }
                }
            }
        }
        // One part alone can match by chance (two students' data may give the same ŷ₂); two or more rarely do.
        let computed = batch.parts.filter { ["number", "vector", "matrix"].contains($0.kind) }.count
        let threshold = min(minimumParts, max(1, computed))
        return found.filter { $0.value.count >= threshold }
            .map { CopyFinding(student: $0.key.student, other: $0.key.other, parts: $0.value, reason: $0.key.reason) }.sorted()
    }

    private struct Pair: Hashable {
        var student: String
        var other: String
        var reason: CopyFinding.Reason
    }

    /// Whether `value` scores full marks against the key or a known mistake of `plan`.
    private static func fits(_ value: AnswerValue, _ plan: PartPlan) -> Bool {
        let targets = [plan.key].compactMap { $0 } + plan.mistakes.map(\.value)
        return targets.contains { AnswerComparator.score(value, key: $0, tolerance: plan.tolerance, options: plan.options).isFull }
    }

    /// A number, vector or matrix to 4 significant digits (`0.1235|-2`), nil for other answers.
    private static func bucket(_ value: AnswerValue) -> String? {
        let elements: [Scalar]
        switch value {
        case .number(let scalar): elements = [scalar]
        case .matrix(let matrix): elements = matrix.elements
        default: return nil
        }
        return elements.map { ValueFormatting.decimal($0.doubleValue, digits: 4) }.joined(separator: "|")
    }
}
