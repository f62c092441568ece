import RNNMath
import RNNSolver
import Testing

/// Preset cells run through a rubric model (`cell="lstm"`, `convention=…`), asked for `h[t]`,
/// `c[t]`, the gates and `grad(L, parameter)`, against `Golden/cells_golden.json`
/// (`make_cells_golden.py`: numpy forward passes written from the PyTorch and Keras sources,
/// gradients of L = Σₜ sum(hₜ) by complex-step differentiation).
struct SolverCellsGoldenTests {
    /// `[[a, b], [c, d]]` from rows of fraction text.
    static func literal(_ rows: [[String]]) -> String {
        "[" + rows.map { "[" + $0.joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
    }

    /// `[a, b, c]`, a column vector.
    static func column(_ values: [String]) -> String { "[" + values.joined(separator: ", ") + "]" }

    /// The golden case as a rubric model whose loss is the script's L = Σₜ [1 … 1]·hₜ.
    static func fixture(_ cell: String, _ convention: String, _ resetAfter: Bool) throws -> (SolverFixture, CellsGolden.Case) {
        let golden = try #require(try CellsGolden.load().cases.first {
            $0.cell == cell && $0.convention == convention && $0.reset_after == resetAfter
        })
        var body = golden.params.keys.sorted().map { name in
            "<param name=\"\(name)\" value=\"\(literal(golden.params[name] ?? []))\"/>"
        }
        body.append("<state name=\"h\" initial=\"\(column(golden.h0))\"/>")
        if let c0 = golden.c0 { body.append("<state name=\"c\" initial=\"\(column(c0))\"/>") }
        body.append("<input name=\"x\" values=\"\(golden.x.map(column).joined(separator: " "))\"/>")
        let ones = "[" + Array(repeating: "1", count: golden.hidden).joined(separator: " ") + "]"
        body.append("<loss name=\"L\">sum_t (\(ones)*h[t])</loss>")
        let attributes = "cell=\"\(cell)\" convention=\"\(convention)\" input-size=\"\(golden.input)\" "
            + "hidden-size=\"\(golden.hidden)\" reset-after=\"\(resetAfter)\""
        return (try SolverFixture(model: body.joined(separator: "\n"), attributes: attributes), golden)
    }

    /// Every time-indexed output (h, c, each gate) at every step, to 1e-12.
    @Test(arguments: CellsGoldenTests.variants)
    func statesAndGatesMatchGolden(cell: String, convention: String, resetAfter: Bool) throws {
        let (fixture, golden) = try Self.fixture(cell, convention, resetAfter)
        for (index, step) in golden.steps.enumerated() {
            for (name, expected) in step {
                let actual = try fixture.value("\(name)[\(index + 1)]").elements.map(\.doubleValue)
                #expect(actual.count == expected.count, "\(name)[\(index + 1)]")
                for (a, e) in zip(actual, expected) {
                    #expect(abs(a - e) <= 1e-12, "\(cell)/\(convention) \(name)[\(index + 1)]: \(a) vs \(e)")
                }
            }
        }
        #expect(abs(try fixture.value("L").elements[0].doubleValue - golden.loss) <= 1e-12)
    }

    /// `grad(L, p)` for every parameter, and `grad(L, h[0])` / `grad(L, c[0])`, to 1e-9 relative.
    @Test(arguments: CellsGoldenTests.variants)
    func gradientsMatchComplexStep(cell: String, convention: String, resetAfter: Bool) throws {
        let (fixture, golden) = try Self.fixture(cell, convention, resetAfter)
        for (name, expected) in golden.gradients {
            let ask = switch name {
            case "h0": "grad(L, h[0])"
            case "c0": "grad(L, c[0])"
            default: "grad(L, \(name))"
            }
            let actual = try fixture.value(ask).elements.map(\.doubleValue)
            let flat = expected.flatMap { $0 }
            #expect(actual.count == flat.count, "\(ask)")
            for (a, e) in zip(actual, flat) {
                #expect(abs(a - e) <= 1e-9 * max(1, abs(e)), "\(cell)/\(convention) \(ask): \(a) vs \(e)")
            }
        }
    }
}
