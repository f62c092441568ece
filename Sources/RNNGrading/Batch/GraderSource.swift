import Foundation
import RNNSolver
import RNNVariants

/// Where a batch gets the grader for each student: one ``Grader`` for everyone, or one per
/// student's variant (``VariantGraders``).
package protocol GraderSource: Sendable {
    /// The grader of the rubric as loaded: it reads submissions, grades unreadable ones and
    /// gives reports their outline.
    var base: Grader { get }
    /// The grader of `studentID`'s variant, or why that variant cannot be drawn.
    func grader(for studentID: String) -> Result<Grader, VariantError>
}

extension Grader: GraderSource {
    /// Itself.
    package var base: Grader { self }

    /// Itself: one rubric, one key for everyone.
    package func grader(for studentID: String) -> Result<Grader, VariantError> { .success(self) }
}

/// One grader per student's variant, built the first time a student needs it and kept for the
/// batch (so keys, mistake values and each part's `BatchMemo` are per variant and shared by every
/// submission of that variant). Safe to use from many threads.
package final class VariantGraders: GraderSource, @unchecked Sendable {
    /// The family the variants come from.
    package let family: VariantFamily
    /// The grader of the rubric as loaded (the fixed data).
    package let base: Grader
    // Guarded by `lock`.
    private var built: [String: Result<Grader, VariantError>] = [:]
    private let lock = NSLock()

    /// Where the graders' keys are kept between runs, if anywhere.
    private let keys: (any AnswerKeyStore)?

    /// Graders for the variants of `family`, with their keys read from and kept in `keys` when
    /// given; `base` is the grader of the family's rubric as loaded when the caller has built it
    /// already (its key is then not computed again).
    package init(family: VariantFamily, keys: (any AnswerKeyStore)? = nil, base: Grader? = nil) {
        self.family = family
        self.keys = keys
        let rubric = family.base
        self.base = base ?? Grader(rubric: rubric, key: keys.map { $0.key(of: rubric, variant: nil) { AnswerKey(rubric: rubric, working: false) } } ?? AnswerKey(rubric: rubric, working: false))
    }

    /// The grader of `studentID`'s variant, built on first use; the base grader when nothing is drawn.
    package func grader(for studentID: String) -> Result<Grader, VariantError> {
        guard family.isFamily else { return .success(base) }
        lock.lock()
        let known = built[studentID]
        lock.unlock()
        if let known { return known }
        // Built outside the lock so that variants are drawn on every thread at once; a rare
        // duplicate build by two threads gives the same grader.
        let made = Result { () throws(VariantError) -> Grader in
            let grader = Grader(variant: try family.variant(for: studentID), keys: keys)
            // Copy detection needs every variant's known mistakes as soon as one answer of a
            // part is unexplained. Computed now they reuse the unrollings drawing built, which
            // are then let go of instead of being held for the whole batch.
            grader.computeKnownMistakes()
            return grader
        }
        lock.lock(); defer { lock.unlock() }
        if let first = built[studentID] { return first }
        built[studentID] = made
        return made
    }

    /// The graders built so far, by student id.
    package var graders: [String: Grader] {
        lock.lock(); defer { lock.unlock() }
        return built.compactMapValues { try? $0.get() }
    }
}
