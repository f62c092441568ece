import RNNGrading
import RNNMath

/// The summary's sections for a family (every student their own numbers): how each part
/// behaved across the data (``VariantSpread``) and possible copying (``CopyReport``).
enum VariantSummary {
    /// The two sections, or nothing for an assignment with one data set.
    static func blocks(_ family: FamilyFindings?) -> [ReportBlock] {
        guard let family else { return [] }
        return [
            .heading(level: 2, text: "Variants"),
            .paragraph("Every student had their own numbers. Per part: how many different keys the class had, their range "
                + "(a vector's or matrix's largest absolute entry), and the mean share of the points of the half of the class "
                + "with the smaller keys against the half with the larger ones. \"Depends on the data\" marks a difference of at least "
                + "\(DecimalText.percent(100 * VariantSpread.minimumGap)) with p < \(DecimalText.string(VariantSpread.significance)) "
                + "(two-sided Mann–Whitney U test): the part is much harder for some numbers than for others."),
            .table(spreadTable(family.spreads)),
            .heading(level: 2, text: "Possible copying"),
        ] + CopyReport.blocks(family.copies)
    }

    private static func spreadTable(_ spreads: [VariantSpread]) -> ReportTable {
        ReportTable(
            header: ["Part", "Students", "Different keys", "Keys from", "to", "Smaller keys", "Larger keys", "p", "Finding"],
            numeric: [false, true, true, true, true, true, true, true, false],
            rows: spreads.map { spread in
                [spread.partID, String(spread.students), String(spread.distinctKeys),
                 DecimalText.string(spread.keyRange.lowerBound), DecimalText.string(spread.keyRange.upperBound),
                 DecimalText.percent(100 * spread.meanShareSmallerKeys), DecimalText.percent(100 * spread.meanShareLargerKeys),
                 spread.pValue.map { ValueFormatting.decimal($0, digits: 2) } ?? "–",
                 spread.dependsOnVariant ? "depends on the data" : "–"]
            })
    }
}
