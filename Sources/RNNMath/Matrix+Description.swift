/// Text of a matrix: the element alone for 1×1, else nested rows `[[1, 2], [3, 4]]` (and one
/// more level of brackets per leading axis).
extension Matrix: CustomStringConvertible {
    /// The matrix as text; see the extension's summary.
    package var description: String {
        if hasLeadingAxes { return ValueFormatting.matrix(self) { $0.description } }
        if isScalar { return element(at: 0).description }
        let rowTexts = (0..<rows).map { r in
            "[" + (0..<cols).map { c in element(at: r * cols + c).description }.joined(separator: ", ") + "]"
        }
        return "[" + rowTexts.joined(separator: ", ") + "]"
    }
}
