import RNNExpr
import RNNMath
import RNNRubric
import RNNSolver
import Testing

/// The names the loader accepts for a preset cell are the names the solver defines and uses:
/// a rubric model of every (kind, convention) pair, with random small weights, loaded and solved.
struct CellCatalogSolverTests {
    /// Every pair a cell can be built in, and the Keras GRU without `reset_after`.
    static let variants: [(CellKind, CellConvention, Bool)] = CellKind.allCases.flatMap { kind in
        CellConvention.allCases.filter { (try? $0.check(kind)) != nil }.map { (kind, $0, true) }
    } + [(.gru, .keras, false)]

    /// A model `cell=kind convention=convention` with I = H = 2: every catalogue parameter with
    /// fractions p/q (q ∈ {2, 3, 4, 5}, p ≠ 0), nonzero initial states, two nonzero inputs, and
    /// the loss `L = h[2]'*h[2]`.
    func fixture(_ kind: CellKind, _ convention: CellConvention, resetAfter: Bool) throws -> SolverFixture {
        var random = SplitMix64(seed: 0xCE11)   // seeded: every run draws the same weights
        func fraction() -> Rational {
            let q = [2, 3, 4, 5].randomElement(using: &random) ?? 2
            let p = [Int](-q...q).filter { $0 != 0 }.randomElement(using: &random) ?? 1
            return Rational(p) / Rational(q)
        }
        func column() -> String { "[\(fraction()), \(fraction())]" }
        var lines = CellCatalog.parameters(kind, convention, input: 2, hidden: 2, resetAfter: resetAfter).map { p in
            let parameter = SolverRandomModel.Parameter(name: p.name, rows: p.rows, cols: p.cols,
                                                        values: (0..<p.rows * p.cols).map { _ in fraction() })
            return "<param name=\"\(p.name)\" value=\"\(SolverRandomModel.literal(parameter))\"/>"
        }
        lines += CellCatalog.stateNames(kind).map { "<state name=\"\($0)\" initial=\"\(column())\"/>" }
        lines.append("<input name=\"x\" values=\"\(column()) \(column())\"/>")
        lines.append("<loss name=\"L\">h[2]'*h[2]</loss>")
        let attributes = "cell=\"\(kind.rawValue)\" convention=\"\(convention.rawValue)\" input-size=\"2\" hidden-size=\"2\" "
            + "reset-after=\"\(resetAfter)\""
        return try SolverFixture(model: lines.joined(separator: "\n"), attributes: attributes)
    }

    /// The loader's scope holds exactly the catalogue's parameters (plus the loss) and its
    /// time-indexed names (plus the input x).
    @Test(arguments: variants) func loaderAcceptsTheCatalogueNames(kind: CellKind, convention: CellConvention, resetAfter: Bool) throws {
        let fixture = try fixture(kind, convention, resetAfter: resetAfter)
        let scope = NameScope(model: fixture.model)
        let parameters = CellCatalog.parameterShapes(kind, convention, resetAfter: resetAfter).map(\.name)
        #expect(scope.names == Set(parameters + ["L"]))
        #expect(scope.timeIndexed == Set(CellCatalog.timeIndexedNames(kind, convention) + ["x"]))
    }

    /// Every time-indexed name is defined at step 1 as an H×1 column, and every parameter
    /// reaches the loss: each element of ∂L/∂p is nonzero.
    @Test(arguments: variants) func solverDefinesAndUsesEveryName(kind: CellKind, convention: CellConvention, resetAfter: Bool) throws {
        let fixture = try fixture(kind, convention, resetAfter: resetAfter)
        for name in CellCatalog.timeIndexedNames(kind, convention) {
            let value = try fixture.value("\(name)[1]")
            #expect((value.rows, value.cols) == (2, 1), "\(name)[1]")
        }
        for parameter in CellCatalog.parameters(kind, convention, input: 2, hidden: 2, resetAfter: resetAfter) {
            let gradient = try fixture.value("grad(L, \(parameter.name))")
            #expect((gradient.rows, gradient.cols) == (parameter.rows, parameter.cols), "∂L/∂\(parameter.name)")
            #expect(gradient.elements.allSatisfy { $0.doubleValue != 0 }, "∂L/∂\(parameter.name) = \(gradient)")
        }
    }
}
