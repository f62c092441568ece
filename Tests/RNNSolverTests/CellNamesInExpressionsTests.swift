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

    /// Sizes may be the model's parameters (drawn per student in a family): m = 10, n = 128,
    /// k = 20 without biases give n² + n·m + n·k = 16384 + 1280 + 2560 = 20224.
    @Test func sizesMayBeModelParameters() throws {
        let fixture = try SolverFixture(model: #"<param name="m" value="10"/><param name="n" value="128"/><param name="k" value="20"/>"#)
        #expect(try fixture.value("params(elman, input=m, hidden=n, output=k, bias=false, convention=textbook)") == .scalar(.exact(20224)))
        #expect(try fixture.value("params(elman, input=m, hidden=2*n, output=k, bias=false, convention=textbook)") == .scalar(.exact(256 * 256 + 2560 + 5120)))
    }

    /// A size that is not a whole number is a located error naming its value.
    @Test func aSizeThatIsNotWholeIsAnError() throws {
        let fixture = try SolverFixture(model: #"<param name="m" value="10"/>"#)
        guard case .failure(let error) = try fixture.evaluate("params(lstm, input=m/4, hidden=3)") else {
            Issue.record("m/4 = 5/2 was accepted as a size")
            return
        }
        #expect(error.message == "input= must be a whole number, not 5/2", "\(error.message)")
    }
}
