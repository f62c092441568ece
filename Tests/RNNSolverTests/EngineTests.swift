import RNNMath
import Testing
@testable import RNNSolver

/// Forward values, exactness, accumulation, Jacobians, errors and deep graphs.
struct EngineTests {
    func exact(_ rows: [[Rational]]) throws -> Matrix { try Matrix(exact: rows) }
    func fraction(_ text: String) throws -> Rational { try #require(Rational.parse(text)) }

    /// Seed 003 (docs/conventions.md), built by hand: h₀=1, x=(10,10), y=(5,5), W_h=1, W_x=1/10, W_y=2,
    /// hₜ = W_h hₜ₋₁ + W_x xₜ, ŷₜ = W_y hₜ, L = Σ(ŷₜ − yₜ)².
    /// By hand: h₁ = 2, h₂ = 3, ŷ = (4, 6), L = 1 + 1 = 2; ∂L/∂ŷ = (−2, 2);
    /// ∂L/∂h₂ = 4, ∂L/∂h₁ = 2·(−2) + W_h·4 = 0; ∂L/∂W_h = 4·h₁ + 0·h₀ = 8;
    /// ∂L/∂W_x = 4·10 + 0·10 = 40; ∂L/∂W_y = (−2)·2 + 2·3 = 2.
    @Test func seed003ScalarRNNIsExact() throws {
        let g = Graph()
        let wh = g.leaf(.scalar(Scalar(1)), name: "W_h")
        let wx = g.leaf(.scalar(.exact(try fraction("1/10"))), name: "W_x")
        let wy = g.leaf(.scalar(Scalar(2)), name: "W_y")
        var h = g.leaf(.scalar(Scalar(1)), name: "h[0]")
        var hs: [NodeID] = []
        var terms: [NodeID] = []
        for t in 1...2 {
            let x = g.constant(.scalar(Scalar(10)), label: "x[\(t)]")
            let y = g.constant(.scalar(Scalar(5)), label: "y[\(t)]")
            h = try g.add(try g.matmul(wh, h), try g.matmul(wx, x))
            hs.append(h)
            let yhat = try g.matmul(wy, h)
            if t == 2 { #expect(g.value(yhat) == .scalar(Scalar(6))) }
            terms.append(try g.power(try g.subtract(yhat, y), 2))
        }
        let loss = try g.add(terms[0], terms[1])
        #expect(g.value(loss) == .scalar(Scalar(2)))
        let grads = try g.backward(from: loss)
        #expect(grads[hs[0]] == .scalar(.zero))
        #expect(grads[wh] == .scalar(Scalar(8)))
        #expect(grads[wx] == .scalar(Scalar(40)))
        #expect(grads[wy] == .scalar(Scalar(2)))
        #expect(grads[wh].isExact && grads[wx].isExact)
    }

    @Test func exactAndDoubleGraphsAgree() throws {
        func build(_ w: Matrix, _ v: Matrix) throws -> (Graph, NodeID, NodeID, NodeID) {
            let g = Graph()
            let wn = g.leaf(w, name: "W")
            let vn = g.leaf(v, name: "v")
            let z = try g.apply(.relu, try g.matmul(try g.matrixPower(wn, 3), vn))
            let q = try g.divide(try g.hadamard(z, z), try g.add(try g.sum(vn), g.constant(.scalar(Scalar(5)), label: "5")))
            return (g, try g.sum(try g.power(q, 2)), wn, vn)
        }
        let w = try exact([[try fraction("0.58"), try fraction("0.24")], [try fraction("-0.24"), try fraction("0.72")]])
        let v = try exact([[3], [try fraction("-1/2")]])
        let approx = { (m: Matrix) throws -> Matrix in try m.map { .approx($0.doubleValue) } }
        let (ge, le, we, ve) = try build(w, v)
        let (ga, la, wa, va) = try build(try approx(w), try approx(v))
        let exactGrads = try ge.backward(from: le)
        let approxGrads = try ga.backward(from: la)
        #expect(ge.value(le).isExact && exactGrads[we].isExact && exactGrads[ve].isExact)
        #expect(!ga.value(la).isExact)
        for (e, a) in zip(exactGrads[we].elements + exactGrads[ve].elements + ge.value(le).elements,
                          approxGrads[wa].elements + approxGrads[va].elements + ga.value(la).elements) {
            #expect(abs(e.doubleValue - a.doubleValue) <= 1e-12 * max(1, abs(e.doubleValue)))
        }
    }

    @Test func reusedParameterAccumulates() throws {
        // L = w·w·w with one leaf used three times: ∂L/∂w = 3w² = 12 at w = 2.
        let g = Graph()
        let w = g.leaf(.scalar(Scalar(2)), name: "w")
        let loss = try g.matmul(try g.matmul(w, w), w)
        #expect(try g.backward(from: loss)[w] == .scalar(Scalar(12)))
    }

    @Test func unreachedNodesGetZeroGradients() throws {
        let g = Graph()
        let used = g.leaf(.scalar(Scalar(2)), name: "used")
        let unused = g.leaf(try exact([[1, 2]]), name: "unused")
        let grads = try g.backward(from: try g.negate(used))
        #expect(grads[unused] == Matrix.zeros(1, 2))
        #expect(!grads.reached(unused) && grads.reached(used))
        #expect(grads[used] == .scalar(Scalar(-1)))
    }

    @Test func activationsKeepOrLoseExactness() throws {
        let g = Graph()
        let x = g.leaf(try exact([[-2], [0], [try fraction("3/2")]]), name: "x")
        #expect(g.value(try g.apply(.relu, x)) == (try exact([[0], [0], [try fraction("3/2")]])))
        #expect(g.value(try g.apply(.stepFunction(threshold: .zero, strict: true), x)) == (try exact([[0], [0], [1]])))
        #expect(g.value(try g.apply(.stepFunction(threshold: .zero, strict: false), x)) == (try exact([[0], [1], [1]])))
        #expect(g.op(try g.apply(.stepFunction(threshold: .exact(try fraction("1/2")), strict: false), x)) == "step(≥1/2)")
        #expect(!g.value(try g.apply(.sigmoid, x)).isExact)
        let reluGrad = try g.backward(from: try g.sum(try g.apply(.relu, x)))
        #expect(reluGrad[x] == (try exact([[0], [0], [1]])))   // derivative 0 at 0, as PyTorch
        let soft = g.value(try g.apply(.softmax, x))
        #expect(abs(soft.elements.map(\.doubleValue).reduce(0, +) - 1) < 1e-15)
    }

    @Test func jacobianIsNumeratorLayout() throws {
        let g = Graph()
        let w = g.constant(try exact([[1, 2, 3], [4, 5, 6]]), label: "W")
        let x = g.leaf(try exact([[1], [1], [1]]), name: "x")
        let h = try g.matmul(w, x)
        #expect(try g.jacobian(of: h, withRespectTo: [x]) == g.value(w))
        // ∂(x⊙x)/∂x = diag(2x).
        let sq = try g.hadamard(x, x)
        #expect(try g.jacobian(of: sq, withRespectTo: [x]) == (try exact([[2, 0, 0], [0, 2, 0], [0, 0, 2]])))
    }

    @Test func errorsNameTheOperation() throws {
        let g = Graph()
        let a = g.leaf(try exact([[1, 2, 3], [4, 5, 6]]), name: "A")
        let error = #expect(throws: GraphError.self) { try g.matmul(a, a) }
        #expect(error?.description.contains("matmul") == true)
        #expect(error?.description.contains("2×3") == true)
        #expect(throws: GraphError.operation(op: "divide", error: .divisionByZero)) {
            try g.divide(a, g.constant(.scalar(.zero), label: "0"))
        }
        #expect(throws: GraphError.nonScalarOutput(shape: "2×3")) { try g.backward(from: a) }
        #expect(throws: GraphError.self) { try g.matrixPower(a, 2) }
        #expect(throws: GraphError.self) { try g.apply(.log, g.constant(.scalar(.zero), label: "0")) }
        #expect(throws: GraphError.operation(op: "exp", error: .overflow(operation: "exp"))) {
            try g.apply(.exp, g.constant(.scalar(Scalar(1000)), label: "1000"))
        }
    }

    @Test func deepChainHasNoRecursion() throws {
        // h = h + x, 10,000 times: ∂h/∂x = 10000.
        let g = Graph()
        let x = g.leaf(.scalar(Scalar(1)), name: "x")
        var h = g.constant(.scalar(.zero), label: "h0")
        for _ in 0..<10_000 { h = try g.add(h, x) }
        let grads = try g.backward(from: h)
        #expect(grads[x] == .scalar(Scalar(10_000)))
        #expect(g.value(h) == .scalar(Scalar(10_000)))
        #expect(g.nodeCount == 10_002)
    }

    @Test func tapeRecordsOpsAndParents() throws {
        let g = Graph()
        let a = g.leaf(.scalar(Scalar(1)), name: "a")
        let b = g.constant(.scalar(Scalar(2)), label: "two")
        let c = try g.add(a, b)
        #expect(g.op(c) == "add" && g.parents(c) == [a, b] && g.name(a) == "a" && g.name(b) == "two")
        #expect(g.name(c) == nil && c.description == "%2")
    }
}
