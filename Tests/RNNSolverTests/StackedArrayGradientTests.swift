import Foundation
import RNNMath
import Testing
@testable import RNNSolver

/// Gradients through arrays of rank 3 and 4 against central finite differences in Double:
/// subscripts (`gather`), stacking, elementwise operations broadcast over every axis, and the
/// matrix product batched over leading axes; then through whole rubrics, a subscripted (N, T, D)
/// input, CS231n's rnn_forward with all hidden states stacked, and reductions, softmax and
/// log_softmax along an axis of a rank-3 array.
struct StackedArrayGradientTests {
    /// One primitive under test: the numpy shapes of its inputs and how to apply it.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let shapes: [[Int]]
        let apply: @Sendable (Graph, [NodeID]) throws -> NodeID
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        // x[:, 1, :] of a (2, 3, 4) array: offsets 4…7 and 16…19.
        Case(name: "gather x[:, 1, :]", shapes: [[2, 3, 4]]) { g, x in
            try g.gather(x[0], offsets: [4, 5, 6, 7, 16, 17, 18, 19], shape: [2, 4])
        },
        Case(name: "gather with repeats into rank 3", shapes: [[2, 3, 4]]) { g, x in
            try g.gather(x[0], offsets: [23, 0, 23, 5, 5, 11, 2, 17], shape: [2, 2, 2])
        },
        Case(name: "stack on axis 1", shapes: [[2, 4], [2, 4], [2, 4]]) { g, x in try g.stack(x, partShape: [2, 4], axis: 1) },
        Case(name: "stack on axis 2", shapes: [[3, 2], [3, 2]]) { g, x in try g.stack(x, partShape: [3, 2], axis: 2) },
        Case(name: "batched matmul (2,3,4)@(4,5)", shapes: [[2, 3, 4], [4, 5]]) { g, x in try g.matmul(x[0], x[1]) },
        Case(name: "batched matmul (3,4)@(2,4,5)", shapes: [[3, 4], [2, 4, 5]]) { g, x in try g.matmul(x[0], x[1]) },
        Case(name: "batched matmul (2,1,2,3)@(3,3,2)", shapes: [[2, 1, 2, 3], [3, 3, 2]]) { g, x in try g.matmul(x[0], x[1]) },
        Case(name: "add a row over rank 3", shapes: [[2, 3, 4], [1, 4]]) { g, x in try g.add(x[0], x[1]) },
        Case(name: "subtract (2,1,1) from rank 3", shapes: [[2, 3, 4], [2, 1, 1]]) { g, x in try g.subtract(x[0], x[1]) },
        Case(name: "hadamard by a column", shapes: [[2, 3, 4], [3, 1]]) { g, x in try g.hadamard(x[0], x[1]) },
        Case(name: "divide rank 4 by rank 3", shapes: [[2, 1, 3, 2], [4, 1, 2]]) { g, x in try g.divide(x[0], x[1]) },
        Case(name: "tanh of rank 3", shapes: [[2, 3, 2]]) { g, x in try g.apply(.tanh, x[0]) },
        Case(name: "negate then sum", shapes: [[2, 2, 3]]) { g, x in try g.sum(try g.negate(x[0])) },
    ]

    /// Input values away from zero: element k of input i is a fixed irregular number.
    static func input(_ shape: [Int], _ i: Int) throws -> Matrix {
        let count = shape.reduce(1, *)
        let values: [Double] = (0..<count).map { (k: Int) -> Double in 0.3 + 0.41 * sin(Double(7 * k + 3 * i + 1)) }
        return try Matrix(shape: shape, elements: values.map { Scalar.approx($0) })
    }

    /// `Σ output ⊙ R` for a weight array R of the output's shape, so every element matters differently.
    static func loss(_ build: (Graph, [NodeID]) throws -> NodeID, graph: Graph, inputs: [Matrix]) throws -> NodeID {
        let leaves = inputs.enumerated().map { graph.leaf($1, name: "x\($0)") }
        let output = try build(graph, leaves)
        let shape = graph.value(output).shape
        let weights = try Matrix(shape: shape, elements: (0..<shape.reduce(1, *)).map { .approx(0.5 + 0.37 * Double($0)) })
        return try graph.sum(try graph.hadamard(output, graph.constant(weights, label: "R")))
    }

    @Test(arguments: cases)
    func gradientMatchesCentralDifferences(testCase: Case) throws {
        let inputs = try testCase.shapes.enumerated().map { try Self.input($1, $0) }
        let graph = Graph()
        let lossNode = try Self.loss(testCase.apply, graph: graph, inputs: inputs)
        let gradients = try graph.backward(from: lossNode)
        for (k, input) in inputs.enumerated() {
            let analytic = gradients[NodeID(index: k)]
            #expect(analytic.shape == input.shape, "\(testCase.name): gradient \(analytic.shapeText), input \(input.shapeText)")
            for e in input.elements.indices {
                let x = input.elements[e].doubleValue
                let h = 1e-6
                func lossAt(_ shifted: Double) throws -> Double {
                    var elements = input.elements
                    elements[e] = .approx(shifted)
                    var perturbed = inputs
                    perturbed[k] = try Matrix(shape: input.shape, elements: elements)
                    let g = Graph()
                    return try g.value(Self.loss(testCase.apply, graph: g, inputs: perturbed)).elements[0].doubleValue
                }
                let numeric = (try lossAt(x + h) - lossAt(x - h)) / (2 * h)
                let a = analytic.elements[e].doubleValue
                #expect(abs(a - numeric) <= 1e-6 * max(1, abs(a), abs(numeric)),
                        "\(testCase.name): input \(k) element \(e): analytic \(a), numeric \(numeric)")
            }
        }
    }

    /// The data of CS231n's rnn_forward test cell (assignment 3, RNN_Captioning.ipynb), with a
    /// weight array R for a loss that weighs every hidden state differently.
    static let rnnForward = """
        <data>
          N, T, D, H = 2, 3, 4, 5
          x = np.linspace(-0.1, 0.3, num=N*T*D).reshape(N, T, D)
          h0 = np.linspace(-0.3, 0.1, num=N*H).reshape(N, H)
          Wx = np.linspace(-0.2, 0.4, num=D*H).reshape(D, H)
          Wh = np.linspace(-0.4, 0.1, num=H*H).reshape(H, H)
          b = np.linspace(-0.7, 0.1, num=H)
          R = np.linspace(-1, 2, num=N*T*H).reshape(N, T, H)
          idx = np.array([2, 0, 2])
        </data>
        <input name="x_t" values="x[:,0,:] x[:,1,:] x[:,2,:]"/>
        <state name="h" initial="h0"/>
        <equation>h[t] = tanh(x_t[t] @ Wx + h[t-1] @ Wh + b)</equation>
        <loss name="L">sum(stack(h, axis=1) ⊙ R)</loss>
        <quantity name="M">sum(tanh(x @ Wx) ⊙ R) + sum(x[:, idx, 1] ⊙ x[1, -1, :3])</quantity>
        <quantity name="P">sum(log_softmax(x @ Wx, axis=1) ⊙ R) + sum(softmax(x @ Wx) ⊙ R) + sum(max(x @ Wx, axis=2) ⊙ mean(x, axis=2)) + sum(sum(x, axis=0) ⊙ x[0])</quantity>
        """

    /// `grad(loss, name)` from the solver against central differences of the loss, the
    /// parameter `name` (from the data) perturbed one element at a time.
    @Test(arguments: [("L", "Wx"), ("L", "Wh"), ("L", "h0"), ("M", "x"), ("M", "Wx"), ("P", "x"), ("P", "Wx")])
    func rubricGradientMatchesCentralDifferences(loss: String, name: String) throws {
        let fixture = try SolverFixture(model: Self.rnnForward)
        let analytic = try fixture.value("grad(\(loss), \(name))")
        let value = try fixture.value(name)
        #expect(analytic.shape == value.shape)
        for e in value.elements.indices {
            let h = 1e-6
            func lossAt(_ delta: Double) throws -> Double {
                var elements = value.elements
                elements[e] = .approx(elements[e].doubleValue + delta)
                let perturbed = try Matrix(shape: value.shape, elements: elements)
                return try fixture.value(loss, parameters: [name: perturbed]).elements[0].doubleValue
            }
            let numeric = (try lossAt(h) - lossAt(-h)) / (2 * h)
            let a = analytic.elements[e].doubleValue
            #expect(abs(a - numeric) <= 1e-6 * max(1, abs(a), abs(numeric)), "∂\(loss)/∂\(name) element \(e): analytic \(a), numeric \(numeric)")
        }
    }
}

/// `stack` of a time-indexed name: numpy's np.stack of the steps, refused where it cannot mean that.
struct StackOverTimeTests {
    /// h[t] = h[t-1] + x[t] from h[0] = [1, 2] (1-D, as a 1×2 row) over inputs [1, 1], [2, 2], [3, 3]:
    /// h[1] = [2, 3], h[2] = [4, 5], h[3] = [7, 8], by hand.
    static let model = """
        <state name="h" initial="[[1, 2]]"/>
        <input name="x" values="[[1, 1]] [[2, 2]] [[3, 3]]"/>
        <equation>h[t] = h[t-1] + x[t]</equation>
        """

    @Test func stackOfRowsIsTheTimeByHiddenMatrix() throws {
        let fixture = try SolverFixture(model: Self.model)
        // One-row steps are numpy 1-D arrays: axis 0 gives (T, H), axis 1 (and -1) gives (H, T).
        #expect(try fixture.value("stack(h)") == Matrix(exact: [[2, 3], [4, 5], [7, 8]]))
        #expect(try fixture.value("stack(h, axis=1)") == Matrix(exact: [[2, 4, 7], [3, 5, 8]]))
        #expect(try fixture.value("stack(h, axis=-1)") == Matrix(exact: [[2, 4, 7], [3, 5, 8]]))
    }

    @Test(arguments: [
        ("stack(x[1])", "stack takes a time-indexed name, such as stack(h, axis=1) for h[1], …, h[T]"),
        ("stack(h, axis=2)", "axis must be a whole number from -2 to 1 for steps of shape (2,), not 2"),
    ])
    func refusals(ask: String, message: String) throws {
        let fixture = try SolverFixture(model: Self.model)
        let failure = try #require(try fixture.failure(ask), "\(ask) should fail")
        #expect(failure.contains(message), "\(ask): \(failure)")
    }

    @Test func stackInsideAnEquationIsRefused() throws {
        let fixture = try SolverFixture(model: Self.model + "<equation>y[t] = sum(stack(h))</equation>")
        let failure = try #require(try fixture.failure("y[1]"))
        #expect(failure.contains("stack takes every step, so it cannot be used inside an equation or sum_t"), "\(failure)")
    }
}
