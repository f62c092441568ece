import RNNExpr
import RNNMath
import RNNRubric
import RNNSolver
import Testing

/// `params(kind, …, convention=…)` names cells in expressions: the checker offers exactly the
/// catalogue's kinds and conventions, and the solver counts every one of them.
struct CellNamesInExpressionsTests {
    @Test func checkerChoicesAreTheEnums() throws {
        let params = try #require(BuiltinFunction.named("params"))
        #expect(params.positional == [.choice(CellKind.allCases.map(\.rawValue))])
        #expect(params.labels.first { $0.name == "convention" }?.kind == .choice(CellConvention.allCases.map(\.rawValue)))
    }

    /// Chung GRU, I = 2, H = 3: 3·(3·2 + 3·3 + 3) = 54, as the textbook GRU.
    @Test func chungConventionIsCounted() throws {
        let fixture = try SolverFixture(model: #"<param name="w" value="1"/>"#)
        #expect(try fixture.value("params(gru, input=2, hidden=3, convention=chung)") == .scalar(.exact(54)))
    }
}
