import RNNGrading

/// Possible copying across a family's variants: every pair ``CopyDetection`` found, with the
/// parts and why, for the instructor to look at (evidence, not a verdict). `copies.md` holds it
/// alone, and the class summary has it as a section.
package enum CopyReport {
    /// The Markdown report of `findings` for `batch` (`copies.md`).
    package static func markdown(_ findings: [CopyFinding], in batch: BatchResult) -> String {
        ([.heading(level: 1, text: "\(batch.assignmentTitle): possible copying")] + blocks(findings)).markdown
    }

    /// The explanation and the table of `findings`.
    static func blocks(_ findings: [CopyFinding]) -> [ReportBlock] {
        var blocks: [ReportBlock] = [
            .paragraph("Every student had their own numbers. A wrong answer that is right (or a known mistake) for another student's numbers, or the same wrong answer to different numbers, rarely happens by chance."),
        ]
        if findings.isEmpty {
            blocks.append(.paragraph("No pair found."))
        } else {
            blocks.append(.table(ReportTable(
                header: ["student", "answers match", "parts", "why"], numeric: [false, false, false, false],
                rows: findings.map { [$0.student, $0.other, $0.parts.joined(separator: ", "), $0.reason.rawValue] })))
        }
        return blocks
    }
}
