import RNNMath
import Testing
@testable import RNNGrading

@Suite("Reading vectors and matrices")
struct MatrixReadingTests {
    // MARK: Bracket form
    static let bracket: [(String, Matrix)] = [
        ("[[1, 2], [3, 4]]", exactMatrix([[1, 2], [3, 4]])),
        ("[[1,2],[3,4]]", exactMatrix([[1, 2], [3, 4]])),
        ("[[0.5, -1/4]]", exactMatrix([[2, -1]], over: 4)),
        ("[[1], [2]]", exactMatrix([[1], [2]])),
        ("[ [1, 2] , [3, 4] , ]", exactMatrix([[1, 2], [3, 4]])),
        ("[[1 2] [3 4]]", exactMatrix([[1, 2], [3, 4]])),
        ("[1, 2]", exactMatrix([[1, 2]])),
    ]

    @Test("bracket form", arguments: bracket)
    func bracketForm(text: String, expected: Matrix) {
        #expect(readValue(text, as: .matrix) == .matrix(expected))
    }

    // MARK: MATLAB form
    static let matlab: [(String, Matrix)] = [
        ("[1 2; 3 4]", exactMatrix([[1, 2], [3, 4]])),
        ("[1, 2; 3, 4]", exactMatrix([[1, 2], [3, 4]])),
        ("[1 -2;3 4;]", exactMatrix([[1, -2], [3, 4]])),
        ("[1; 2; 3]", exactMatrix([[1], [2], [3]])),
        ("[1 2 3]", exactMatrix([[1, 2, 3]])),
        ("[1.2e-3 1.2 × 10^-3]", exactMatrix([[3, 3]], over: 2500)),
        ("[ −1  1/2 ]", exactMatrix([[-2, 1]], over: 2)),
    ]

    @Test("MATLAB form", arguments: matlab)
    func matlabForm(text: String, expected: Matrix) {
        #expect(readValue(text, as: .matrix) == .matrix(expected))
    }

    // MARK: numpy form
    static let numpy: [(String, Matrix)] = [
        ("array([[1, 2], [3, 4]])", exactMatrix([[1, 2], [3, 4]])),
        ("np.array([[1, 2], [3, 4]])", exactMatrix([[1, 2], [3, 4]])),
        ("numpy.array([[1., 2.], [3., 4.]])", exactMatrix([[1, 2], [3, 4]])),
        ("np.matrix([[1, 2]])", exactMatrix([[1, 2]])),
        ("np.array ( [1, 2] )", exactMatrix([[1, 2]])),
    ]

    @Test("numpy form", arguments: numpy)
    func numpyForm(text: String, expected: Matrix) {
        #expect(readValue(text, as: .matrix) == .matrix(expected))
    }

    // MARK: Vectors: a flat list is a column, written orientation is kept
    static let vectors: [(String, Matrix)] = [
        ("[1, 2]", exactMatrix([[1], [2]])),
        ("[1 2]", exactMatrix([[1], [2]])),
        ("np.array([1, 2])", exactMatrix([[1], [2]])),
        ("[1; 2]", exactMatrix([[1], [2]])),
        ("[[1, 2]]", exactMatrix([[1, 2]])),
        ("[[1], [2]]", exactMatrix([[1], [2]])),
    ]

    @Test("vectors", arguments: vectors)
    func vector(text: String, expected: Matrix) {
        #expect(readValue(text, as: .vector) == .matrix(expected))
    }
}

@Suite("Reading intervals, choices and weights")
struct StructuredReadingTests {
    // MARK: Intervals
    static let intervals: [(String, Interval)] = [
        ("(0, 1)", Interval(lower: .finite(q(0), closed: false), upper: .finite(q(1), closed: false))),
        ("[0, 1)", Interval(lower: .finite(q(0), closed: true), upper: .finite(q(1), closed: false))),
        ("(-inf, 0]", Interval(lower: .unbounded, upper: .finite(q(0), closed: true))),
        ("(−∞, 1/2)", Interval(lower: .unbounded, upper: .finite(q(1, 2), closed: false))),
        ("]0, 1[", Interval(lower: .finite(q(0), closed: false), upper: .finite(q(1), closed: false))),
        ("[0; 1]", Interval(lower: .finite(q(0), closed: true), upper: .finite(q(1), closed: true))),
        (" ( 0.5 , inf ) ", Interval(lower: .finite(q(1, 2), closed: false), upper: .unbounded)),
    ]

    @Test("intervals", arguments: intervals)
    func interval(text: String, expected: Interval) {
        #expect(readValue(text, as: .interval) == .interval(expected))
    }

    // MARK: Choices
    static let singleChoices: [(String, String)] = [
        ("b", "b"), ("(b)", "b"), ("B", "b"), ("b)", "b"), ("b.", "b"), (" (B) ", "b"), ("iv", "iv"),
    ]

    @Test("single choice", arguments: singleChoices)
    func single(text: String, expected: String) {
        #expect(readValue(text, as: .choice) == .choices([expected]))
    }

    static let multipleChoices: [(String, [String])] = [
        ("a, c", ["a", "c"]), ("a c", ["a", "c"]), ("{a, c}", ["a", "c"]), ("[c, a]", ["a", "c"]),
        ("(a) (c)", ["a", "c"]), ("a), C)", ["a", "c"]), ("a;c;a", ["a", "c"]), ("d", ["d"]),
    ]

    @Test("multiple choice", arguments: multipleChoices)
    func multiple(text: String, expected: [String]) {
        #expect(readValue(text, as: .multipleChoice) == .choices(expected))
    }

    // MARK: Weights
    @Test("weights on one line and one per line")
    func weights() {
        let expected: [WeightEntry] = [
            WeightEntry(name: "W", value: exactMatrix([[-1, -1], [1, 1]])),
            WeightEntry(name: "b", value: exactMatrix([[1], [-1]])),
            WeightEntry(name: "r", value: .scalar(q(1))),
        ]
        #expect(readValue("W = [[-1, -1], [1, 1]]; b = [1, -1]; r = 1", as: .weights) == .weights(expected))
        #expect(readValue("W = [-1 -1; 1 1]\nb = [1; -1]\nr = 1\n", as: .weights) == .weights(expected))
        #expect(readValue("W_h = 1/2;", as: .weights) == .weights([WeightEntry(name: "W_h", value: .scalar(q(1, 2)))]))
    }
}
