import Foundation
import RNNMath
import RNNSolver
import Testing

/// Rubrics/cs231n-rnn-step.xml, whose data is numpy lines pasted from the CS231n notebook: its keys
/// against numpy float64 (Golden/make_cs231n_rnn_step_golden.py and its committed output) to 1e-12,
/// and against the notebook's published expected_next_h (8 decimals) to 1e-8.
struct KeysNumpyExampleTests {
    struct GoldenArray: Decodable {
        var shape: [Int]
        var hex: [String]
    }

    static func golden() throws -> [String: GoldenArray] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden/cs231n_rnn_step_golden.json")
        return try JSONDecoder().decode([String: GoldenArray].self, from: Data(contentsOf: url))
    }

    @Test(arguments: ["1.a", "2.a", "2.b", "2.c"])
    func keyAgreesWithNumpy(part: String) throws {
        let key = try KeysShippedRubricTests.key("cs231n-rnn-step.xml")
        let matrix = try #require(key.entry(part)?.solved?.matrix)
        let expected = try #require(try Self.golden()[part])
        // numpy's 1-D db of shape (6,) is rnngrade's 1×6 row.
        let rows = expected.shape.count == 2 ? expected.shape[0] : 1
        #expect(matrix.rows == rows && matrix.elements.count == expected.hex.count, "\(part): \(matrix.shapeDescription)")
        for (mine, hex) in zip(matrix.elements, expected.hex) {
            let numpy = try #require(Double(hex))
            #expect(abs(mine.doubleValue - numpy) <= 1e-12 * max(1, abs(numpy)), "\(part): \(mine.doubleValue) vs numpy \(numpy)")
        }
    }

    @Test func forwardKeyAgreesWithThePublishedValues() throws {
        let published: [Double] = [-0.58172089, -0.50182032, -0.41232771, -0.31410098,
                                   0.66854692, 0.79562378, 0.87755553, 0.92795967,
                                   0.97934501, 0.99144213, 0.99646691, 0.99854353]
        let key = try KeysShippedRubricTests.key("cs231n-rnn-step.xml")
        let matrix = try #require(key.entry("1.a")?.solved?.matrix)
        #expect(matrix.rows == 3 && matrix.cols == 4)
        for (mine, value) in zip(matrix.elements, published) {
            #expect(abs(mine.doubleValue - value) <= 1e-8, "\(mine.doubleValue) vs published \(value)")
        }
    }
}
