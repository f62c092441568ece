import RNNExpr
import RNNSolver
import Testing

/// The off-by-one mistakes shift time indices only: `h[2]` of a state has the variants `h[1]`
/// and `h[3]`, while `a[4]`, a row of a parameter, is not a time step and has none.
struct MistakeIndexShiftTests {
    static let model = """
        <data>
        a = np.linspace(0, 1, num=10).reshape(5, 2)
        </data>
        <param name="w" value="1/2"/>
        <input name="x" values="1 2 3"/>
        <state name="h" initial="0"/>
        <equation>h[t] = w*h[t-1] + x[t]</equation>
        """

    static func shiftedAsks(_ ask: String) throws -> [String] {
        let fixture = try SolverFixture(model: model)
        return BuiltinMistakes.variants(of: try RNNExprParse.expression(ask), model: fixture.model)
            .filter { $0.kind == .indexBefore || $0.kind == .indexAfter }.map { "\($0.ask)" }
    }

    @Test func aTimeIndexIsShifted() throws {
        #expect(try Self.shiftedAsks("h[2]") == ["h[1]", "h[3]"])
    }

    @Test func aRowOfAParameterIsNot() throws {
        #expect(try Self.shiftedAsks("a[4]") == [])
        #expect(try Self.shiftedAsks("a[1] + h[2]") == ["a[1] + h[1]", "a[1] + h[3]"])
    }
}
