import Foundation
import Testing
@testable import RNNRubric

/// docs/rubric-format.md holds, between its `preset-parameters` markers, exactly the table the
/// catalogue generates (`CellCatalog.parameterTableMarkdown`), so the page lists the names and
/// shapes the solver asks for.
struct PresetTableDocTests {
    @Test func documentedTableIsTheCataloguesTable() throws {
        let path = RepositoryFiles.root.appendingPathComponent("docs/rubric-format.md").path
        let page = try String(contentsOfFile: path, encoding: .utf8)
        let begin = try #require(page.range(of: "<!-- preset-parameters:begin -->\n"))
        let end = try #require(page.range(of: "\n<!-- preset-parameters:end -->"))
        let documented = String(page[begin.upperBound..<end.lowerBound])
        let generated = CellCatalog.parameterTableMarkdown()
        #expect(documented == generated, "replace the table in docs/rubric-format.md with:\n\(generated)")
    }

    /// Rows checked by hand against PyTorch's `nn.GRU` attributes and CS231n's shapes.
    @Test func handCheckedRows() {
        let table = CellCatalog.parameterTableMarkdown()
        #expect(table.contains("| `gru` | `pytorch` | two (default) | `weight_ih` 3H×I, `weight_hh` 3H×H, `bias_ih` 3H×1, `bias_hh` 3H×1 |"))
        #expect(table.contains("| `lstm` | `keras` | one (default) | `kernel` I×4H, `recurrent_kernel` H×4H, `bias` 1×4H |"))
        #expect(table.contains("| `elman` | `pytorch` | one | `weight_ih` H×I, `weight_hh` H×H, `bias` H×1 |"))
    }
}
