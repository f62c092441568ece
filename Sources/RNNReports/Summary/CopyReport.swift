import RNNGrading

/// `copies.md` beside the summary of a family's batch: every pair ``CopyDetection`` found, with
/// the parts and why, for the instructor to look at (evidence, not a verdict).
package enum CopyReport {
    /// The Markdown report of `findings` for `batch`.
    package static func markdown(_ findings: [CopyFinding], in batch: BatchResult) -> String {
        var blocks: [ReportBlock] = [
            .heading(level: 1, text: "\(batch.assignmentTitle): possible copying"),
            .paragraph("Every student had their own numbers. A wrong answer that is right (or a known mistake) for another student's numbers, or the same wrong answer to different numbers, rarely happens by chance."),
        ]
        if findings.isEmpty {
            blocks.append(.paragraph("No pair found."))
        } else {
            blocks.append(.table(ReportTable(
                header: ["student", "answers match", "parts", "why"], numeric: [false, false, false, false],
                rows: findings.map { [$0.student, $0.other, $0.parts.joined(separator: ", "), $0.reason.rawValue] })))
        }
        return blocks.markdown
    }
}
