import RNNMath
import RNNRubric
import RNNSolver
import Testing

/// Bad models and asks are `SolverError`s with a message the rubric author can act on, never a
/// crash and never a key printed as `inf`.
struct SolverErrorTests {
    static let model = """
        <param name="W" value="[[1, 2], [3, 4]]"/>
        <param name="U" value="[[1, 2, 3], [4, 5, 6]]"/>
        <param name="v" value="[1, 2]"/>
        <param name="z" value="0"/>
        <state name="h" initial="[1, 1]"/>
        <input name="x" values="1 2"/>
        <equation>h[t] = W*h[t-1] + v*x[t]</equation>
        <equation>yhat[t] = v'*h[t]</equation>
        <quantity name="Q">Q + 1</quantity>
        <quantity name="A">B + 1</quantity>
        <quantity name="B">2*A</quantity>
        <loss name="L">sum_t yhat[t]^2</loss>
        """

    static let overflowed = "overflowed: the result is too large (or undefined) as a floating-point number"
    static let beyondRange = "the exact result is beyond the floating-point range (about ±1.8e308), so it has no decimal form to show or compare answers with"

    static let cases: [(ask: String, message: String)] = [
        // Shapes: both operands' shapes in the message.
        ("W*U'", "in matmul: shape mismatch in matrix product: the left operand is 2×2 but the right operand is 3×2"),
        ("W + U", "in add: shape mismatch in addition: the left operand is 2×2 but the right operand is 2×3"),
        // Elementwise operations broadcast a size-1 axis (numpy's rule; W .* v scales W's rows by v),
        // so only shapes that differ where neither size is 1 are refused.
        ("W .* U'", "in hadamard: shape mismatch in elementwise product: the left operand is 2×2 but the right operand is 3×2"),
        ("v * v", "in matmul: shape mismatch in matrix product: the left operand is 2×1 but the right operand is 2×1"),
        // Time indices before the first state, after the last step.
        ("h[-1]", "h[-1] is before the first step: h is defined for t = 1…2"),
        ("yhat[0]", "yhat[0] is before the first step: yhat is defined for t = 1…2 (only states have a value at t = 0)"),
        ("x[0]", "x[0] is outside the sequence 'x', which has values for t = 1…2"),
        ("h[3]", "h[3] is after the last step (T = 2)"),
        // Division by zero, exact and approximate.
        ("1/z", "in divide: division by zero"),
        ("W/z", "in divide: division by zero"),
        ("exp(1)/z", "in divide: division by zero"),
        // Matrix powers need a square matrix (vectors are raised elementwise: SolverLinearAlgebraTests).
        ("U^2", "the matrix power U^2 needs a square matrix, but the matrix is 2×3"),
        ("W^(1/2)", "a matrix can only be raised to a whole-number power"),
        // Overflow of Double: reported with the operation, never inf.
        ("exp(1000)", "in exp: exp \(overflowed)"),
        ("exp(700)*exp(700)", "in matmul: multiplication \(overflowed)"),
        ("exp(1)^1000", "in power(1000): power \(overflowed)"),
        ("trace([[1e308, 0], [0, 1e308]] * exp(0))", "in trace: trace \(overflowed)"),
        ("[[1e200]]*[[1e200]]", "in matmul: \(beyondRange)"),
        ("1e200*1e200 + 1", "in matmul: \(beyondRange)"),
        ("pascanu_bound([[2]], 1, 2000)", "in pascanu_bound: \(beyondRange)"),
        ("log(0)", "in log: log is not defined here: the argument 0 is not positive"),
        // Quantities defined in terms of themselves, directly or through another.
        ("Q", "'Q' is defined in terms of itself"),
        ("A", "'A' is defined in terms of itself"),
        // Gradients of non-scalars.
        ("grad(h[2], W)", "grad needs a scalar, but h[2] is 2×1; use jacobian(h[2], …) instead"),
        ("grad(W, W)", "grad needs a scalar, but W is 2×2; use jacobian(W, …) instead"),
        ("partial(h[1], W)", "grad needs a scalar, but h[1] is 2×1; use jacobian(h[1], …) instead"),
        ("grad(L, 2*W)", "differentiate with respect to a parameter (W_h), a state at a step (h[1]) or a quantity (L)"),
        // Names.
        ("h", "'h' changes with time: write h[t] or h[2]"),
        ("nothing", "'nothing' is not defined in model 'm'"),
    ]

    @Test(arguments: cases)
    func badAskIsAnErrorWithItsMessage(ask: String, message: String) throws {
        let fixture = try SolverFixture(model: Self.model)
        #expect(try fixture.failure(ask) == message)
    }

    /// Equations that use their own step, directly or through a later step.
    static let selfReferences: [(equation: String, message: String)] = [
        ("h[t] = W*h[t] + v*x[t]", "h[1] depends on itself; an equation may use earlier steps (t-1) but not its own step"),
        ("h[t] = W*h[t+1] + v*x[t]", "h[1] depends on itself; an equation may use earlier steps (t-1) but not its own step"),
    ]

    @Test(arguments: selfReferences)
    func equationUsingItsOwnStepIsAnError(equation: String, message: String) throws {
        let body = Self.model.replacingOccurrences(of: "h[t] = W*h[t-1] + v*x[t]", with: equation)
        #expect(try SolverFixture(model: body).failure("h[1]") == message)
    }

    /// An equation whose shapes do not fit fails at the step it is first used, with both shapes.
    @Test func shapeMismatchInsideAnEquation() throws {
        let body = Self.model.replacingOccurrences(of: "h[t] = W*h[t-1] + v*x[t]", with: "h[t] = U*h[t-1] + v*x[t]")
        #expect(try SolverFixture(model: body).failure("L")
                == "in matmul: shape mismatch in matrix product: the left operand is 2×3 but the right operand is 2×1")
    }

    /// A value supplied from outside (a student's parameter, a follow-through answer) must be finite.
    @Test func suppliedInfiniteParameterIsAnError() throws {
        let fixture = try SolverFixture(model: Self.model)
        let result = try fixture.evaluate("W", parameters: ["W": .scalar(.approx(.infinity))])
        #expect(throws: SolverError("the value given for 'W' is not a finite number")) { try result.get() }
    }

    /// The answer key locates an error in the element where it arose: here the `Q` inside the
    /// quantity `Q + 1` (line 14 of the fixture, column 26), not an offset into the ask.
    @Test func keyLocatesErrorInTheModelElement() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <assignment xmlns="urn:rnngrade:rubric:1" id="fixture" title="Fixture">
              <problem id="1">
                <model id="m">
                  <param name="W" value="[[1, 2], [3, 4]]"/>
                  <state name="h" initial="[1, 1]"/>
                  <input name="x" values="1 2"/>
                  <equation>h[t] = W*h[t] + x[t]</equation>
                  <quantity name="Q">Q + 1</quantity>
                </model>
                <part id="a" points="1"><vector ask="h[1]"/></part>
                <part id="b" points="1"><number ask="1 + Q"/></part>
                <part id="c" points="1"><number ask="1 + 1/0"/></part>
              </problem>
            </assignment>
            """
        let key = AnswerKey(rubric: try RubricLoader.parse(bytes: Array(text.utf8), file: "f.xml").get())
        #expect(key.entry("1.a")?.failure?.description == "f.xml:8:26: h[1] depends on itself; an equation may use earlier steps (t-1) but not its own step")
        #expect(key.entry("1.b")?.failure?.description == "f.xml:9:26: 'Q' is defined in terms of itself")
        #expect(key.entry("1.c")?.failure?.description == "f.xml:13:46: in divide: division by zero")
    }
}
