import RNNGrading

/// The class statistics behind `summary.md` and `summary.html`.
///
/// Statistics cover the readable submissions (those without a `loadError`); the unreadable ones
/// are listed with their error instead of counting as zeros.
package struct ClassSummary: Sendable, Hashable {
    /// A submission named in the summary.
    package struct SubmissionRef: Sendable, Hashable, Comparable {
        /// The student id.
        package var studentID: String
        /// The submission file.
        package var file: String

        /// Orders by student id, then file.
        package static func < (a: Self, b: Self) -> Bool {
            (a.studentID, a.file) < (b.studentID, b.file)
        }
    }

    /// How one part went.
    package struct PartStatistics: Sendable, Hashable {
        /// The part id.
        package var id: String
        /// The part title.
        package var title: String
        /// The points the part is worth.
        package var maxPoints: Double
        /// Mean points over the readable submissions whose part is graded (pending ones left
        /// out; nil when there are none).
        package var meanPoints: Double?
        /// The share (0…1) of the graded answers that are correct (pending ones left out; nil
        /// when there are none).
        package var shareCorrect: Double?
        /// The most common wrong or partly right answers, commonest first.
        package var commonWrongAnswers: [AnswerCount]
    }

    /// An answer, whitespace normalised, and how many submissions gave it.
    package struct AnswerCount: Sendable, Hashable {
        /// The answer.
        package var answer: String
        /// How many readable submissions gave it.
        package var count: Int
    }

    /// Two submissions that gave identical wrong or partly right answers to several parts.
    package struct SharedAnswers: Sendable, Hashable {
        /// The submission first in order.
        package var first: SubmissionRef
        /// The other submission.
        package var second: SubmissionRef
        /// The parts with an identical wrong or partly right answer, in rubric order.
        package var partIDs: [String]
    }

    /// A submission whose file could not be read.
    package struct Unreadable: Sendable, Hashable {
        /// The submission.
        package var submission: SubmissionRef
        /// Why it could not be read.
        package var error: String
    }

    /// The assignment id.
    package var assignmentID: String
    /// The assignment title.
    package var assignmentTitle: String
    /// All submissions in the batch.
    package var submissionCount: Int
    /// The submissions the statistics cover.
    package var readableCount: Int
    /// Per part, in rubric order.
    package var parts: [PartStatistics]
    /// Readable submissions with something graded, by percent of the points graded so far
    /// (pending hand-graded parts are left out, not counted as zero).
    package var histogram: ScoreHistogram
    /// The least number of shared wrong answers that makes a pair worth listing.
    package var sharedAnswerThreshold: Int
    /// Pairs sharing at least `sharedAnswerThreshold` wrong answers: most shared first, then by
    /// student id.
    package var sharedWrongAnswers: [SharedAnswers]
    /// Unreadable submissions, in batch order.
    package var unreadable: [Unreadable]
    /// Across the variants of a family: possible copying and each part's spread; nil for one data set.
    package var family: FamilyFindings?
    /// Every submission's row of the student table, in batch order.
    package var students: [StudentRow]

    /// The summary of `batch`, listing up to `commonAnswerLimit` common wrong answers per part
    /// and the pairs that share at least `sharedAnswerThreshold` wrong answers on auto-graded parts,
    /// with a family's `family` findings.
    package init(_ batch: BatchResult, family: FamilyFindings? = nil, commonAnswerLimit: Int = 3, sharedAnswerThreshold: Int = 3) {
        self.family = family
        let readable = batch.submissions.filter { $0.loadError == nil }
        assignmentID = batch.assignmentID
        assignmentTitle = batch.assignmentTitle
        submissionCount = batch.submissions.count
        readableCount = readable.count
        parts = batch.parts.map { PartStatistics($0, over: readable, commonAnswerLimit: commonAnswerLimit) }
        histogram = ScoreHistogram(percents: readable.filter { $0.gradedMaxTotal > 0 }.map(\.gradedPercent))
        self.sharedAnswerThreshold = sharedAnswerThreshold
        sharedWrongAnswers = SharedAnswers.pairs(in: batch, threshold: sharedAnswerThreshold)
        unreadable = batch.submissions.compactMap { submission in
            submission.loadError.map { Unreadable(submission: SubmissionRef(submission), error: $0) }
        }
        students = Self.studentRows(batch)
    }
}

extension ClassSummary.SubmissionRef {
    /// The reference to `submission`.
    init(_ submission: SubmissionGrade) {
        self.init(studentID: submission.studentID, file: submission.file)
    }
}
