/// The labels a choice part's answer may use, its option ids, and whether several may be
/// picked: what lets the reader refuse a label that names no option and word its hints with
/// the part's own labels (`vanish`, `explode`) instead of letters.
package struct ChoiceLabels: Sendable, Hashable {
    /// The option ids, in rubric order.
    package var ids: [String]
    /// Whether several options may be picked (multiple choice).
    package var multiple: Bool

    /// The labels `ids`, for a multiple choice when `multiple`.
    package init(ids: [String], multiple: Bool) {
        self.ids = ids
        self.multiple = multiple
    }

    /// Whether `label` is one of the ids (without case).
    func contains(_ label: String) -> Bool {
        ids.contains { $0.lowercased() == label.lowercased() }
    }

    /// What to write: `write one of vanish, explode, constant`, or for multiple choice
    /// `write one or more of f, i, o, separated by commas`.
    var hint: String {
        let list = ids.joined(separator: ", ")
        return multiple ? "write one or more of \(list), separated by commas" : "write one of \(list)"
    }
}
