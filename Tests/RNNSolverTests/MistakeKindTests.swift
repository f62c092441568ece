import Testing
import RNNSolver

/// The identifiers grade reports show for each kind of mistake.
@Suite struct MistakeKindTests {
    @Test func rawValuesAreTheReportedNames() {
        #expect(MistakeKind.allCases.map(\.rawValue) == [
            "partial", "sigmoid-tanh", "transpose", "sign", "half-loss", "mean-loss", "index-1", "index+1", "rubric",
        ])
    }
}
