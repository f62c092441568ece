import Foundation
import RNNMath
import Testing

/// Subscripts, axis reductions, softmax and log_softmax along an axis, round, abs and
/// cross_entropy against numpy float64: Golden/make_array_ops_golden.py pairs each ask with the
/// numpy expression that means the same and commits numpy's values (array_ops_golden.json); the
/// data lines are pasted into a `<data>` block, so both sides start from the same arrays.
struct ArrayOpsGoldenTests {
    struct Case: Decodable, CustomTestStringConvertible {
        var ask: String
        var numpy: String
        var shape: [Int]
        var hex: [String]
        var testDescription: String { ask }
    }

    struct Golden: Decodable {
        var data: String
        var cases: [Case]
    }

    static let golden: Golden? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/array_ops_golden.json")
        return (try? Data(contentsOf: url)).flatMap { try? JSONDecoder().decode(Golden.self, from: $0) }
    }()

    static let fixture: SolverFixture? = golden.flatMap { golden in
        try? SolverFixture(model: "<data>\n\(golden.data)\n</data>")
    }

    @Test func theGoldenFileIsRead() {
        #expect((Self.golden?.cases.count ?? 0) >= 30)
        #expect(Self.fixture != nil)
    }

    /// numpy's shape as rnngrade's: `()` is 1×1, `(n,)` a 1×n row, `(r, c)` itself.
    static func matrixShape(_ shape: [Int]) -> (Int, Int) {
        switch shape.count {
        case 0: (1, 1)
        case 1: (1, shape[0])
        default: (shape[0], shape[1])
        }
    }

    @Test(arguments: golden?.cases ?? [])
    func askAgreesWithNumpy(_ golden: Case) throws {
        let fixture = try #require(Self.fixture)
        let value = try fixture.value(golden.ask)
        let (rows, cols) = Self.matrixShape(golden.shape)
        #expect(value.rows == rows && value.cols == cols, "\(golden.ask): \(value.shapeDescription), numpy \(golden.shape)")
        for (mine, hex) in zip(value.elements, golden.hex) {
            let numpy = try #require(Double(hex))
            #expect(abs(mine.doubleValue - numpy) <= 1e-12 * max(1, abs(numpy)),
                    "\(golden.ask): \(mine.doubleValue), numpy (\(golden.numpy)) \(numpy)")
        }
    }
}
