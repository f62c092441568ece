import RNNGrading

/// The class statistics behind `summary.md` and `summary.html`.
///
/// Statistics cover the readable submissions (those without a `loadError`); the unreadable ones
/// are listed with their error instead of counting as zeros.
public struct ClassSummary: Sendable, Hashable {
    /// A submission named in the summary.
    public struct SubmissionRef: Sendable, Hashable, Comparable {
        /// The student id.
        public var studentID: String
        /// The submission file.
        public var file: String

        /// Orders by student id, then file.
        public static func < (a: Self, b: Self) -> Bool {
            (a.studentID, a.file) < (b.studentID, b.file)
        }
    }

    /// How one part went.
    public struct PartStatistics: Sendable, Hashable {
        /// The part id.
        public var id: String
        /// The part title.
        public var title: String
        /// The points the part is worth.
        public var maxPoints: Double
        /// Mean points over the readable submissions whose part is graded (pending ones left
        /// out; nil when there are none).
        public var meanPoints: Double?
        /// The share (0…1) of the graded answers that are correct (pending ones left out; nil
        /// when there are none).
        public var shareCorrect: Double?
        /// The most common wrong or partly right answers, commonest first.
        public var commonWrongAnswers: [AnswerCount]
    }

    /// An answer, whitespace normalised, and how many submissions gave it.
    public struct AnswerCount: Sendable, Hashable {
        /// The answer.
        public var answer: String
        /// How many readable submissions gave it.
        public var count: Int
    }

    /// Two submissions that gave identical wrong or partly right answers to several parts.
    public struct SharedAnswers: Sendable, Hashable {
        /// The submission first in order.
        public var first: SubmissionRef
        /// The other submission.
        public var second: SubmissionRef
        /// The parts with an identical wrong or partly right answer, in rubric order.
        public var partIDs: [String]
    }

    /// A submission whose file could not be read.
    public struct Unreadable: Sendable, Hashable {
        /// The submission.
        public var submission: SubmissionRef
        /// Why it could not be read.
        public var error: String
    }

    /// The assignment id.
    public var assignmentID: String
    /// The assignment title.
    public var assignmentTitle: String
    /// All submissions in the batch.
    public var submissionCount: Int
    /// The submissions the statistics cover.
    public var readableCount: Int
    /// Per part, in rubric order.
    public var parts: [PartStatistics]
    /// Readable submissions with something graded, by percent of the points graded so far
    /// (pending hand-graded parts are left out, not counted as zero).
    public var histogram: ScoreHistogram
    /// The least number of shared wrong answers that makes a pair worth listing.
    public var sharedAnswerThreshold: Int
    /// Pairs sharing at least `sharedAnswerThreshold` wrong answers: most shared first, then by
    /// student id.
    public var sharedWrongAnswers: [SharedAnswers]
    /// Unreadable submissions, in batch order.
    public var unreadable: [Unreadable]

    /// The summary of `batch`, listing up to `commonAnswerLimit` common wrong answers per part
    /// and the pairs that share at least `sharedAnswerThreshold` wrong answers on auto-graded parts.
    public init(_ batch: BatchResult, commonAnswerLimit: Int = 3, sharedAnswerThreshold: Int = 3) {
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
    }
}

extension ClassSummary.SubmissionRef {
    /// The reference to `submission`.
    init(_ submission: SubmissionGrade) {
        self.init(studentID: submission.studentID, file: submission.file)
    }
}
