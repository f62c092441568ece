import Testing
import RNNMath
@testable import RNNSolver

/// Keys of asks that unroll nothing still show their working. Values by hand.
@Suite struct KeysWorkingTests {
    // W = [[0.58, 0.24], [0.24, 0.72]] has eigenvalues 2/5 and 9/10 (trace 13/10, det 9/25).
    @Test func matrixPowerShowsTheMatrixAndItsSpectrum() throws {
        let fixture = try SolverFixture(model: #"<param name="W" value="[[0.58, 0.24], [0.24, 0.72]]"/>"#)
        let working = try fixture.evaluate("W^30").get().working
        #expect(working.map(\.label) == ["W", "eigvals(W)", "spectral_radius(W)"])
        #expect(working[1].value == .column([.exact(Rational(2) / Rational(5)), .exact(Rational(9) / Rational(10))]))
        #expect(working[2].value == .scalar(.exact(Rational(9) / Rational(10))))
    }

    // PyTorch LSTM(10, 20, num_layers=2): layer 1 = 4·20·(10 + 20) + 2·80 = 2560,
    // layer 2 = 4·20·(20 + 20) + 2·80 = 3360; 5920 in all (docs/conventions.md).
    @Test func parameterCountShowsItsTerms() throws {
        let fixture = try SolverFixture(model: "")
        let solved = try fixture.evaluate("params(lstm, input=10, hidden=20, layers=2)").get()
        #expect(solved.matrix == .scalar(.exact(5920)))
        #expect(solved.working.map(\.label) == ["layer 1", "layer 2"])
        #expect(solved.working.map(\.value) == [.scalar(.exact(2560)), .scalar(.exact(3360))])
    }
}
