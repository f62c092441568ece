/// What a family's batch shows across its variants, for the instructor's summary: pairs of
/// students whose answers fit each other's numbers (``CopyDetection``) and how each part
/// behaved across the data (``VariantSpread``).
package struct FamilyFindings: Sendable, Hashable {
    /// Possible copying, sorted.
    package var copies: [CopyFinding]
    /// One row per computed part with keys.
    package var spreads: [VariantSpread]

    /// The findings of `batch`, graded with `graders`.
    package init(batch: BatchResult, graders: VariantGraders) {
        copies = CopyDetection.findings(in: batch, graders: graders)
        spreads = VariantSpread.spreads(in: batch, graders: graders)
    }
}
