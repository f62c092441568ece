/// The table of every preset's parameter names and shapes per `bias` option, as
/// docs/rubric-format.md shows it between `<!-- preset-parameters -->` markers (a test checks
/// that the page holds exactly this text, so the page and the catalogue cannot drift apart).
///
///     | `lstm` | `pytorch` | two (default) | `weight_ih` 4H×I, `weight_hh` 4H×H, `bias_ih` 4H×1, `bias_hh` 4H×1 |
extension CellCatalog {
    /// The markdown table: one row per kind, convention (that has the kind) and bias option.
    package static func parameterTableMarkdown() -> String {
        var lines = ["| cell | convention | `bias` | parameters of layer 0 (shapes in I, H) |", "|---|---|---|---|"]
        for kind in CellKind.allCases {
            for convention in CellConvention.allCases where (try? convention.check(kind)) != nil {
                for biases in allowedBiases(convention) {
                    let shapes = parameterShapes(kind, convention, resetAfter: false, biases: biases)
                    let listed = shapes.map { "`\($0.name)` \(describe($0.rows))×\(describe($0.cols))" }.joined(separator: ", ")
                    lines.append("| `\(kind.rawValue)` | `\(convention.rawValue)` | \(biases.rawValue)\(defaultNote(kind, convention, biases)) | \(listed) |")
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// " (default)" when `biases` is what the convention uses without a `bias` attribute.
    private static func defaultNote(_ kind: CellKind, _ convention: CellConvention, _ biases: CellBiases) -> String {
        switch (convention, kind, biases) {
        case (.pytorch, _, .two): " (default)"
        case (.keras, .gru, .two): " (default with `reset-after=\"true\"`)"
        case (.keras, .gru, .one): " (default with `reset-after=\"false\"`)"
        case (.keras, _, .one): " (default)"
        case (.textbook, _, .one), (.chung, _, .one), (.peephole, _, .one): " (default)"
        default: ""
        }
    }

    /// `4H`, `I`, `1`.
    private static func describe(_ extent: Extent) -> String {
        let letter = switch extent.dimension {
        case .one: "1"
        case .input: "I"
        case .hidden, .recurrent: "H"
        }
        guard extent.factor != 1 else { return letter }
        return extent.dimension == .one ? "\(extent.factor)" : "\(extent.factor)\(letter)"
    }
}
