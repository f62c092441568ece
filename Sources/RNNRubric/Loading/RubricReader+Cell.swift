import RNNXML

extension RubricReader {
    /// The preset cell of a `<model cell="…">`, its `cell` and `convention` (default `pytorch`)
    /// parsed into ``CellKind`` and ``CellConvention``; nil, with an error at the element, for
    /// a value neither enum has (the schema already restricts both to the enums' raw values).
    func readCell(_ node: XMLNode, cell: String) -> CellSpec? {
        let conventionName = node.attribute("convention") ?? CellConvention.pytorch.rawValue
        guard let kind = CellKind(rawValue: cell) else {
            report("unknown cell '\(cell)'; use " + CellKind.allCases.map(\.rawValue).joined(separator: ", "), at: node)
            return nil
        }
        guard let convention = CellConvention(rawValue: conventionName) else {
            report("unknown convention '\(conventionName)'; use "
                   + CellConvention.allCases.map(\.rawValue).joined(separator: ", "), at: node)
            return nil
        }
        return CellSpec(kind: kind, convention: convention, inputSize: int(node, "input-size"),
                        hiddenSize: int(node, "hidden-size"), resetAfter: bool(node, "reset-after") ?? true)
    }
}
