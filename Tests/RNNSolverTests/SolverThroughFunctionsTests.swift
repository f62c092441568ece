import Testing
import RNNMath
@testable import RNNSolver

/// Gradients pass through matrix literals, sqrt and one-argument max, and stop with an error
/// (never a silent zero) at functions evaluated outside the graph. Values worked by hand.
@Suite struct SolverThroughFunctionsTests {
    /// h[t] = [1, 2]'·[h[t-1]; x[t]] = h[t-1] + 2x[t]; h0 = 3, x1 = 1: h1 = 5; L = h1² = 25.
    static let fixture = Result {
        try SolverFixture(model: """
            <param name="W" value="[[1, 2], [0, 1]]"/>
            <state name="h" initial="3"/>
            <input name="x" values="1"/>
            <equation>h[t] = [1, 2]' * [h[t-1]; x[t]]</equation>
            <loss>h[1]^2</loss>
            """)
    }

    static func solve(_ ask: String) throws -> Result<SolvedAnswer, SolverError> { try fixture.get().evaluate(ask) }

    static func value(_ ask: String) throws -> Matrix? { try solve(ask).get().matrix }

    // ∂L/∂h0 = 2·h1·∂h1/∂h0 = 2·5·1 = 10: through the matrix literal [h[t-1]; x[t]].
    @Test func throughAMatrixLiteral() throws {
        #expect(try Self.value("grad(L, h[0])") == .scalar(.exact(10)))
    }

    // √L = 5 exactly; ∂√L/∂h0 = (1/(2·5))·10 = 1.
    @Test func throughAnExactSquareRoot() throws {
        #expect(try Self.value("sqrt(L)") == .scalar(.exact(5)))
        #expect(try Self.value("grad(sqrt(L), h[0])") == .scalar(.exact(1)))
    }

    // max([h1; 2·h0]) = max(5, 6) = 6, reached through 2·h0: the gradient with respect to h0 is 2.
    @Test func throughOneArgumentMax() throws {
        #expect(try Self.value("max([h[1]; 2*h[0]])") == .scalar(.exact(6)))
        #expect(try Self.value("grad(max([h[1]; 2*h[0]]), h[0])") == .scalar(.exact(2)))
    }

    // det is computed outside the graph: its value is exact (det [[1, 2], [0, 1]] = 1), and a
    // gradient that must pass through it is reported, not returned as 0. One that need not (W
    // does not lead to h[0]) is computed: ∂(det(W)·L)/∂h0 = det(W)·∂L/∂h0 = 1·10 = 10.
    @Test func notThroughDeterminants() throws {
        #expect(try Self.value("det(W)") == .scalar(.exact(1)))
        #expect(try Self.value("grad(det(W) * L, h[0])") == .scalar(.exact(10)))
        guard case .failure(let error) = try Self.solve("grad(det(W) * L, W)") else {
            Issue.record("a gradient through det was computed"); return
        }
        #expect(error.message.contains("cannot differentiate through det"))
    }
}

/// Which matrix-literal entries are constants: numbers only. (A 64×64 parameter written with
/// negative numbers must stay one constant, not 4,096 one-hot products.)
@Suite struct MatrixLiteralEntryTests {
    @Test(arguments: [("-1/2", true), ("1e-3", true), ("2*(3 - 4)", true), ("-0.25", true),
                      ("h[0]", false), ("-W", false), ("sigmoid(0)", false), ("t", false)])
    func literalEntries(text: String, literal: Bool) throws {
        #expect(MatrixLiteral.isLiteral(try RNNExprParse.expression(text)) == literal)
    }
}
