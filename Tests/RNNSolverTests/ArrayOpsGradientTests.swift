import RNNMath
import Testing

/// Gradients through subscripts, axis reductions, softmax, log_softmax and cross_entropy:
/// `grad(f, P)` from the solver against central differences of f, re-solved with one element
/// of P moved through `Solver.evaluate(_:model:overrides:parameters:)`.
struct ArrayOpsGradientTests {
    static let data = """
        <data>
        np.random.seed(5)
        A = np.random.randn(3, 4)
        R = np.random.randn(3, 4)
        X = np.random.randn(4, 6)
        y = np.array([5, 0, 2, 2])
        mask = np.array([1, 0, 1, 1])
        W_embed = np.random.randn(5, 3)
        captions = np.array([4, 1, 4, 0])
        Q = np.random.randn(4, 3)
        </data>
        """

    /// (scalar function, parameter it is differentiated with respect to)
    static let cases: [(String, String)] = [
        ("sum(log_softmax(A) ⊙ R)", "A"),
        ("sum(log_softmax(A, axis=0) ⊙ R)", "A"),
        ("sum(softmax(A, axis=0) ⊙ R)", "A"),
        ("sum(softmax(A) ⊙ R)", "A"),
        ("cross_entropy(X, y, mask)", "X"),
        ("cross_entropy(X, y)", "X"),
        ("sum(A[::2, 1::2] ⊙ R[:2, :2]) + sum(A[-1] ⊙ R[0]) + A[1, 2]*A[1, 2]", "A"),
        ("sum(A[:, -1] ⊙ A[:, 0]) + sum(A[::-1] ⊙ R)", "A"),
        ("sum(W_embed[captions] ⊙ Q)", "W_embed"),
        ("sum(mean(A, axis=0) ⊙ R[0]) + sum(sum(A, axis=1) ⊙ R[1, :3]) + mean(A)", "A"),
        ("sum(max(A, axis=1) ⊙ R[:, 0]) + sum(min(A, axis=0, keepdims=true) ⊙ R[2])", "A"),
    ]

    @Test(arguments: cases)
    func gradientMatchesCentralDifferences(function: String, parameter: String) throws {
        let fixture = try SolverFixture(model: Self.data)
        let analytic = try fixture.value("grad(\(function), \(parameter))")
        let point = try fixture.value(parameter)
        #expect(analytic.rows == point.rows && analytic.cols == point.cols)
        for element in point.elements.indices {
            let step = 1e-6 * max(1, abs(point.elements[element].doubleValue))
            func value(_ shift: Double) throws -> Double {
                var moved = point.elements.map(\.doubleValue)
                moved[element] += shift
                let matrix = try Matrix(rows: point.rows, cols: point.cols, elements: moved.map { Scalar.approx($0) })
                return try fixture.value(function, parameters: [parameter: matrix]).elements[0].doubleValue
            }
            let numeric = (try value(step) - value(-step)) / (2 * step)
            let a = analytic.elements[element].doubleValue
            #expect(abs(a - numeric) <= 1e-6 * max(1, abs(a), abs(numeric)),
                    "∂(\(function))/∂\(parameter) element \(element): solver \(a), central difference \(numeric)")
        }
    }
}
