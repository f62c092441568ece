import Foundation
import RNNMath
import RNNSolver
import Testing

/// The shipped rubrics whose data is numpy lines pasted from a course notebook: their keys
/// against numpy float64 (a committed script in Golden/ and its committed output) to 1e-12, and
/// against the notebook's published expected values (8 decimals) to 1e-8.
/// - Rubrics/cs231n-rnn-step.xml: Golden/make_cs231n_rnn_step_golden.py, published expected_next_h.
/// - Rubrics/cs231n-lstm-step.xml: Golden/make_cs231n_lstm_step_golden.py, published
///   expected_next_h and expected_next_c.
/// - Rubrics/cs231n-word-embedding.xml: Golden/make_cs231n_word_embedding_golden.py, published
///   expected_out (one T×D part per sequence).
/// - Rubrics/cs231n-rnn-forward.xml: Golden/make_cs231n_rnn_forward_golden.py, published
///   expected_h, an (N, T, H) array of rank 3.
/// - Rubrics/cs231n-lstm-forward.xml: Golden/make_cs231n_lstm_forward_golden.py, published
///   expected_h, an (N, T, H) array of rank 3.
/// - Rubrics/dlai-rnn-cell.xml, Rubrics/dlai-lstm-cell.xml and Rubrics/dlai-dinosaur-clip.xml:
///   Golden/make_dlai_golden.py; published a_next[4] and yt_pred[1]; a_next[4], c_next[2], yt[1]
///   and cache[1][3]; the clipped gradients' elements (DeepLearning.AI Sequence Models, week 1).
struct KeysNumpyExampleTests {
    struct GoldenArray: Decodable {
        var shape: [Int]
        var hex: [String]
    }

    /// A shipped rubric, the golden file of its numpy script, and the parts it covers.
    struct Example: Sendable, CustomTestStringConvertible {
        var rubric: String
        var golden: String
        var parts: [String]
        var testDescription: String { rubric }
    }

    static let examples = [
        Example(rubric: "cs231n-rnn-step.xml", golden: "cs231n_rnn_step_golden.json", parts: ["1.a", "2.a", "2.b", "2.c"]),
        Example(rubric: "cs231n-lstm-step.xml", golden: "cs231n_lstm_step_golden.json",
                parts: ["1.a", "1.b", "2.a", "2.b", "2.c", "2.d", "2.e"]),
        Example(rubric: "cs231n-word-embedding.xml", golden: "cs231n_word_embedding_golden.json", parts: ["1.a", "1.b"]),
        Example(rubric: "cs231n-rnn-forward.xml", golden: "cs231n_rnn_forward_golden.json", parts: ["1.a", "1.b"]),
        Example(rubric: "cs231n-lstm-forward.xml", golden: "cs231n_lstm_forward_golden.json", parts: ["1.a", "1.b"]),
        Example(rubric: "dlai-rnn-cell.xml", golden: "dlai_rnn_cell_golden.json", parts: ["1.a", "1.b", "1.c"]),
        Example(rubric: "dlai-lstm-cell.xml", golden: "dlai_lstm_cell_golden.json", parts: ["1.a", "1.b", "1.c", "1.d"]),
        Example(rubric: "dlai-dinosaur-clip.xml", golden: "dlai_dinosaur_clip_golden.json",
                parts: ["1.a", "1.b", "1.c", "1.d", "1.e", "1.f", "1.g"]),
    ]

    /// The notebooks' published values, as printed there (rubric, part, rows, row-major values).
    static let published: [(String, String, Int, [Double])] = [
        ("cs231n-rnn-step.xml", "1.a", 3, [-0.58172089, -0.50182032, -0.41232771, -0.31410098,
                                        0.66854692, 0.79562378, 0.87755553, 0.92795967,
                                        0.97934501, 0.99144213, 0.99646691, 0.99854353]),
        ("cs231n-lstm-step.xml", "1.a", 3, [0.24635157, 0.28610883, 0.32240467, 0.35525807, 0.38474904,
                                         0.49223563, 0.55611431, 0.61507696, 0.66844003, 0.7159181,
                                         0.56735664, 0.66310127, 0.74419266, 0.80889665, 0.858299]),
        ("cs231n-lstm-step.xml", "1.b", 3, [0.32986176, 0.39145139, 0.451556, 0.51014116, 0.56717407,
                                         0.66382255, 0.76674007, 0.87195994, 0.97902709, 1.08751345,
                                         0.74192008, 0.90592151, 1.07717006, 1.25120233, 1.42395676]),
        ("cs231n-word-embedding.xml", "1.a", 4, [0, 0.07142857, 0.14285714, 0.64285714, 0.71428571, 0.78571429,
                                                 0.21428571, 0.28571429, 0.35714286, 0.42857143, 0.5, 0.57142857]),
        ("cs231n-word-embedding.xml", "1.b", 4, [0.42857143, 0.5, 0.57142857, 0.21428571, 0.28571429, 0.35714286,
                                                 0, 0.07142857, 0.14285714, 0.64285714, 0.71428571, 0.78571429]),
        ("cs231n-rnn-forward.xml", "1.a", 3, [-0.42070749, -0.27279261, -0.11074945, 0.05740409, 0.22236251,
                                           -0.39525808, -0.22554661, -0.0409454, 0.14649412, 0.32397316,
                                           -0.42305111, -0.24223728, -0.04287027, 0.15997045, 0.35014525,
                                           -0.55857474, -0.39065825, -0.19198182, 0.02378408, 0.23735671,
                                           -0.27150199, -0.07088804, 0.13562939, 0.33099728, 0.50158768,
                                           -0.51014825, -0.30524429, -0.06755202, 0.17806392, 0.40333043]),
        ("cs231n-lstm-forward.xml", "1.a", 3, [0.01764008, 0.01823233, 0.01882671, 0.0194232,
                                            0.11287491, 0.12146228, 0.13018446, 0.13902939,
                                            0.31358768, 0.33338627, 0.35304453, 0.37250975,
                                            0.45767879, 0.4761092, 0.4936887, 0.51041945,
                                            0.6704845, 0.69350089, 0.71486014, 0.7346449,
                                            0.81733511, 0.83677871, 0.85403753, 0.86935314]),
        ("dlai-rnn-cell.xml", "1.a", 1, [0.59584544, 0.18141802, 0.61311866, 0.99808218, 0.85016201, 0.99980978,
                                         -0.18887155, 0.99815551, 0.6531151, 0.82872037]),
        ("dlai-rnn-cell.xml", "1.b", 1, [0.9888161, 0.01682021, 0.21140899, 0.36817467, 0.98988387, 0.88945212,
                                         0.36920224, 0.9966312, 0.9982559, 0.17746526]),
        ("dlai-lstm-cell.xml", "1.a", 1, [-0.66408471, 0.0036921, 0.02088357, 0.22834167, -0.85575339, 0.00138482,
                                          0.76566531, 0.34631421, -0.00215674, 0.43827275]),
        ("dlai-lstm-cell.xml", "1.b", 1, [0.63267805, 1.00570849, 0.35504474, 0.20690913, -1.64566718, 0.11832942,
                                          0.76449811, -0.0981561, -0.74348425, -0.26810932]),
        ("dlai-lstm-cell.xml", "1.c", 1, [0.79913913, 0.15986619, 0.22412122, 0.15606108, 0.97057211, 0.31146381,
                                          0.00943007, 0.12666353, 0.39380172, 0.07828381]),
        ("dlai-lstm-cell.xml", "1.d", 1, [-0.16263996, 1.03729328, 0.72938082, -0.54101719, 0.02752074, -0.30821874,
                                          0.07651101, -1.03752894, 1.41219977, -0.37647422]),
        ("dlai-dinosaur-clip.xml", "1.a", 1, [10.0]),
        ("dlai-dinosaur-clip.xml", "1.b", 1, [-10.0]),
        ("dlai-dinosaur-clip.xml", "1.c", 1, [0.2971381536101662]),
        ("dlai-dinosaur-clip.xml", "1.d", 1, [10.0]),
        ("dlai-dinosaur-clip.xml", "1.e", 1, [8.45833407]),
        ("dlai-dinosaur-clip.xml", "1.g", 1, [5.0]),
    ]

    static func golden(_ file: String) throws -> [String: GoldenArray] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(file)")
        return try JSONDecoder().decode([String: GoldenArray].self, from: Data(contentsOf: url))
    }

    @Test(arguments: examples)
    func keysAgreeWithNumpy(example: Example) throws {
        let key = try KeysShippedRubricTests.key(example.rubric)
        let golden = try Self.golden(example.golden)
        for part in example.parts {
            let matrix = try #require(key.entry(part)?.solved?.matrix, "\(example.rubric) \(part)")
            let expected = try #require(golden[part], "\(example.golden) has no \(part)")
            // numpy's number is 1×1 and its 1-D db of shape (n,) rnngrade's 1×n row; rank 3 keeps numpy's shape.
            let shape = switch expected.shape.count {
            case 0: [1, 1]
            case 1: [1, expected.shape[0]]
            default: expected.shape
            }
            #expect(matrix.shape == shape && matrix.elements.count == expected.hex.count, "\(part): \(matrix.shapeDescription)")
            for (mine, hex) in zip(matrix.elements, expected.hex) {
                let numpy = try #require(Double(hex))
                #expect(abs(mine.doubleValue - numpy) <= 1e-12 * max(1, abs(numpy)), "\(part): \(mine.doubleValue) vs numpy \(numpy)")
            }
        }
    }

    @Test func keysAgreeWithThePublishedValues() throws {
        for (rubric, part, rows, values) in Self.published {
            let matrix = try #require(try KeysShippedRubricTests.key(rubric).entry(part)?.solved?.matrix)
            #expect(matrix.rows == rows && matrix.elements.count == values.count, "\(rubric) \(part): \(matrix.shapeDescription)")
            for (mine, value) in zip(matrix.elements, values) {
                #expect(abs(mine.doubleValue - value) <= 1e-8, "\(rubric) \(part): \(mine.doubleValue) vs published \(value)")
            }
        }
    }
}
