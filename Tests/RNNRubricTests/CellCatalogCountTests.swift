import RNNMath
import Testing
@testable import RNNRubric

/// The catalogue's parameter count of one cell against formulas written out by hand from each
/// framework's or paper's parameter list (PyTorch `nn.RNN`/`nn.LSTM`/`nn.GRU`, Keras `SimpleRNN`/
/// `LSTM`/`GRU`, textbook one-matrix-per-gate cells, Graves 2013 peepholes).
struct CellCatalogCountTests {
    /// One (kind, convention) pair with its count as a function of I and H.
    struct Row: Sendable, CustomTestStringConvertible {
        var kind: CellKind
        var convention: CellConvention
        var resetAfter = true
        var formula: @Sendable (_ i: Int, _ h: Int) -> Int
        var testDescription: String { "\(kind.rawValue) (\(convention.rawValue))\(resetAfter ? "" : ", reset_after=False")" }
    }

    static let rows: [Row] = [
        // weight_ih H×I, weight_hh H×H, bias_ih and bias_hh H each.
        Row(kind: .elman, convention: .pytorch) { i, h in h * i + h * h + 2 * h },
        // kernel I×H, recurrent_kernel H×H, bias H.
        Row(kind: .elman, convention: .keras) { i, h in i * h + h * h + h },
        // W H×I, U H×H, b H.
        Row(kind: .elman, convention: .textbook) { i, h in h * i + h * h + h },
        // Four stacked gates, two biases: 4H(I + H) + 8H.
        Row(kind: .lstm, convention: .pytorch) { i, h in 4 * h * (i + h) + 8 * h },
        // Four stacked gates, one bias: 4H(I + H) + 4H.
        Row(kind: .lstm, convention: .keras) { i, h in 4 * h * (i + h) + 4 * h },
        // Per gate W, U, b: 4(HI + H² + H).
        Row(kind: .lstm, convention: .textbook) { i, h in 4 * (h * i + h * h + h) },
        // The textbook LSTM plus diagonal peepholes p_i, p_f, p_o: + 3H.
        Row(kind: .lstm, convention: .peephole) { i, h in 4 * (h * i + h * h + h) + 3 * h },
        // Three stacked gates, two biases: 3H(I + H) + 6H.
        Row(kind: .gru, convention: .pytorch) { i, h in 3 * h * (i + h) + 6 * h },
        // reset_after=True: bias of shape (2, 3H), so 3H(I + H) + 6H.
        Row(kind: .gru, convention: .keras) { i, h in 3 * h * (i + h) + 6 * h },
        // reset_after=False: one bias row, 3H(I + H) + 3H.
        Row(kind: .gru, convention: .keras, resetAfter: false) { i, h in 3 * h * (i + h) + 3 * h },
        // Cho et al. 2014, per gate W, U, b: 3(HI + H² + H).
        Row(kind: .gru, convention: .textbook) { i, h in 3 * (h * i + h * h + h) },
        // Chung et al. 2014: the same matrices as Cho's GRU.
        Row(kind: .gru, convention: .chung) { i, h in 3 * (h * i + h * h + h) },
    ]

    /// Sizes (I, H) to evaluate at: the smallest cell, unequal small sizes, and PyTorch's (10, 20).
    static let sizes = [(1, 1), (2, 3), (5, 2), (10, 20)]

    @Test(arguments: rows) func countMatchesTheFormula(_ row: Row) throws {
        for (input, hidden) in Self.sizes {
            let count = try CellCatalog.parameterCount(row.kind, row.convention, sizes: .init(input: input, hidden: hidden),
                                                       resetAfter: row.resetAfter)
            #expect(count == row.formula(input, hidden), "I = \(input), H = \(hidden)")
        }
    }

    /// Every pair a cell can be built in has a row, and no row names a pair that cannot.
    @Test func everyPairHasAFormula() {
        let valid = CellKind.allCases.flatMap { kind in
            CellConvention.allCases.filter { (try? $0.check(kind)) != nil }.map { "\(kind.rawValue) \($0.rawValue)" }
        }
        #expect(Set(Self.rows.map { "\($0.kind.rawValue) \($0.convention.rawValue)" }) == Set(valid))
        #expect(valid.count == 11)
    }

    /// Without biases: PyTorch LSTM 4H(I + H), Keras GRU with reset_after 3H(I + H), peephole
    /// LSTM 4(HI + H²) + 3H (peepholes are weights, not biases). I = 3, H = 2.
    @Test func biasesDropWhenAsked() throws {
        let sizes = CellCatalog.Sizes(input: 3, hidden: 2)
        #expect(try CellCatalog.parameterCount(.lstm, .pytorch, sizes: sizes, bias: false) == 4 * 2 * 5)
        #expect(try CellCatalog.parameterCount(.gru, .keras, sizes: sizes, bias: false) == 3 * 2 * 5)
        #expect(try CellCatalog.parameterCount(.lstm, .peephole, sizes: sizes, bias: false) == 4 * (6 + 4) + 6)
    }

    /// A recurrent width R = P narrows the matrices applied to the fed-back state only: PyTorch
    /// LSTM(10, 20) with P = 5 has weight_hh of 80×5, so 80·(10 + 5) + 160 = 1360 (PyTorch adds
    /// weight_hr, 5×20, on top: 1460 in QuestionsParameterCountTests).
    @Test func recurrentWidthNarrowsTheRecurrentMatrices() throws {
        let sizes = CellCatalog.Sizes(input: 10, hidden: 20, recurrent: 5)
        #expect(try CellCatalog.parameterCount(.lstm, .pytorch, sizes: sizes) == 1360)
        #expect(CellCatalog.parameterShapes(.lstm, .pytorch).map { $0.parameter(at: sizes) }.first { $0.name == "weight_hh" }
                == CellCatalog.Parameter(name: "weight_hh", rows: 80, cols: 5))
    }

    /// The shapes behind the counts, for one pair per layout (I = 2, H = 3).
    @Test func shapesFollowTheConventions() {
        func shapes(_ kind: CellKind, _ convention: CellConvention, resetAfter: Bool = true) -> [String] {
            CellCatalog.parameters(kind, convention, input: 2, hidden: 3, resetAfter: resetAfter).map { "\($0.name) \($0.rows)×\($0.cols)" }
        }
        #expect(shapes(.gru, .pytorch) == ["weight_ih 9×2", "weight_hh 9×3", "bias_ih 9×1", "bias_hh 9×1"])
        #expect(shapes(.gru, .keras) == ["kernel 2×9", "recurrent_kernel 3×9", "bias 2×9"])
        #expect(shapes(.gru, .keras, resetAfter: false) == ["kernel 2×9", "recurrent_kernel 3×9", "bias 1×9"])
        #expect(shapes(.elman, .textbook) == ["W_h 3×2", "U_h 3×3", "b_h 3×1"])
        #expect(shapes(.lstm, .peephole).suffix(3) == ["p_i 3×1", "p_f 3×1", "p_o 3×1"])
    }

    @Test func hugeSizesOverflowWithoutTrapping() {
        #expect(throws: MathError.overflow(operation: "parameter count")) {
            _ = try CellCatalog.parameterCount(.gru, .keras, sizes: .init(input: 1, hidden: Int.max / 2))
        }
    }
}
