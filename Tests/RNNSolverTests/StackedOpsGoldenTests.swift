import Foundation
import RNNMath
import Testing

/// Subscripts, broadcasting elementwise operations, the batched matrix product and reductions,
/// softmax and log_softmax along an axis on arrays of rank 3 and 4 against numpy float64: Golden/make_stacked_ops_golden.py pairs each ask with the
/// numpy expression that means the same and commits numpy's values (stacked_ops_golden.json);
/// the data lines are pasted into a `<data>` block, so both sides start from the same arrays.
struct StackedOpsGoldenTests {
    static let golden: ArrayOpsGoldenTests.Golden? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/stacked_ops_golden.json")
        return (try? Data(contentsOf: url)).flatMap { try? JSONDecoder().decode(ArrayOpsGoldenTests.Golden.self, from: $0) }
    }()

    static let fixture: SolverFixture? = golden.flatMap { golden in
        try? SolverFixture(model: "<data>\n\(golden.data)\n</data>")
    }

    @Test func theGoldenFileIsRead() {
        #expect((Self.golden?.cases.count ?? 0) >= 37)
        #expect(Self.fixture != nil)
    }

    @Test(arguments: golden?.cases ?? [])
    func askAgreesWithNumpy(_ golden: ArrayOpsGoldenTests.Case) throws {
        let fixture = try #require(Self.fixture)
        let value = try fixture.value(golden.ask)
        // numpy's shape as rnngrade's: `()` is 1×1, `(n,)` a 1×n row, higher ranks themselves.
        let shape = switch golden.shape.count {
        case 0: [1, 1]
        case 1: [1, golden.shape[0]]
        default: golden.shape
        }
        #expect(value.shape == shape, "\(golden.ask): \(value.shapeDescription), numpy \(golden.shape)")
        for (mine, hex) in zip(value.elements, golden.hex) {
            let numpy = try #require(Double(hex))
            #expect(abs(mine.doubleValue - numpy) <= 1e-12 * max(1, abs(numpy)),
                    "\(golden.ask): \(mine.doubleValue), numpy (\(golden.numpy)) \(numpy)")
        }
    }

    /// Operations that take matrices only refuse an array of rank 3 with its shape, rather than
    /// misreading it; subscripts past the array's axes say how many it has.
    @Test(arguments: [
        ("x'", "it takes arrays of rank ≤ 2 for now; x has shape (2, 3, 4)"),
        ("sum(x, axis=3)", "axis must be a whole number from -3 to 2 for an array of shape (2, 3, 4), not 3"),
        ("softmax(q, axis=-5)", "axis must be a whole number from -4 to 3 for an array of shape (2, 3, 4, 5), not -5"),
        ("x[0, 0, 0, 0]", "4 indices for an array of shape (2, 3, 4), which has 3 axes"),
        ("A[0, 0, 0]", "3 indices for an array of shape (3, 4), which has 2 axes"),
        ("x[:, 3]", "index 3 is out of range for axis 1 of the array (3 of them: 0 to 2, or -3 to -1)"),
        ("x @ A", "the left operand is (2, 3, 4) but the right operand is (3, 4)"),
        ("x + Wx", "the left operand is (2, 3, 4) but the right operand is (4, 5)"),
    ])
    func unsupportedOrWrongUsesAreRefused(ask: String, message: String) throws {
        let fixture = try #require(Self.fixture)
        let failure = try #require(try fixture.failure(ask), "\(ask) should fail")
        #expect(failure.contains(message), "\(ask): \(failure)")
    }
}
