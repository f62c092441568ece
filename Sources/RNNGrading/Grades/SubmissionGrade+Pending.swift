extension SubmissionGrade {
    /// The parts still waiting for a TA.
    package var pendingParts: [PartGrade] { parts.filter { $0.verdict == .pending } }

    /// Points available over the parts graded so far (pending parts left out).
    package var gradedMaxTotal: Double { parts.filter { $0.verdict != .pending }.reduce(0) { $0 + $1.maxPoints } }

    /// The total as a percentage of the points graded so far, so that a pending part does not
    /// count as zero (0 when nothing is graded yet).
    package var gradedPercent: Double { gradedMaxTotal > 0 ? 100 * total / gradedMaxTotal : 0 }
}
