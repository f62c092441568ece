import RNNXML

extension RubricReader {
    /// The preset cell of a `<model cell="…">`, its `cell` and `convention` (default `pytorch`)
    /// parsed into ``CellKind`` and ``CellConvention``; nil, with an error at the attribute's
    /// value, for a value neither enum has (the schema already restricts both to the enums' raw
    /// values, so this guards a reader without it).
    func readCell(_ node: XMLNode, cell: String) -> CellSpec? {
        guard let kind = CellKind(rawValue: cell) else {
            reportUnknown("cell", cell, choices: CellKind.allCases.map(\.rawValue), at: node)
            return nil
        }
        let conventionName = node.attribute("convention") ?? CellConvention.pytorch.rawValue
        guard let convention = CellConvention(rawValue: conventionName) else {
            reportUnknown("convention", conventionName, choices: CellConvention.allCases.map(\.rawValue), at: node)
            return nil
        }
        return CellSpec(kind: kind, convention: convention, inputSize: int(node, "input-size"),
                        hiddenSize: int(node, "hidden-size"), resetAfter: bool(node, "reset-after") ?? true,
                        options: readCellOptions(node, kind: kind, convention: convention))
    }

    /// Records "unknown cell 'x'; use elman, lstm, gru" at the value of `node`'s attribute
    /// `attribute` (at the element when the position is unknown).
    private func reportUnknown(_ attribute: String, _ value: String, choices: [String], at node: XMLNode) {
        reportAtValue("unknown \(attribute) '\(value)'; use " + choices.joined(separator: ", "), attribute, of: node)
    }
}
