import RNNExpr
import RNNMath
import RNNRubric
import RNNSolver

/// One `<case input="1 1 0 1" output="1 1 0 0"/>` of a design part, evaluated.
struct DesignCase {
    let inputs: [Matrix]
    let outputs: [Matrix]
    /// The input as shown in a counterexample.
    let inputText: String

    init(_ spec: (input: [Located<Expr>], output: [Located<Expr>], line: Int), constants: ModelRun) throws(DesignError) {
        var inputs: [Matrix] = []
        for item in spec.input { inputs.append(try Self.value(item, in: constants, what: "case input")) }
        var outputs: [Matrix] = []
        for item in spec.output { outputs.append(try Self.value(item, in: constants, what: "case output")) }
        guard inputs.count == outputs.count else {
            throw .rubric("line \(spec.line): the case has \(inputs.count) inputs but \(outputs.count) outputs")
        }
        self.inputs = inputs
        self.outputs = outputs
        self.inputText = Alphabet.join(spec.input.map(\.text))
    }

    /// Where the network run by `machine` first differs from this case's outputs, if anywhere.
    func counterexample(_ machine: StepMachine, reading: OutputReading) throws(DesignError) -> Counterexample? {
        var state = machine.program.initial
        for (index, (input, expected)) in zip(inputs, outputs).enumerated() {
            let (next, received): (StepState, Matrix)
            do { (next, received) = try machine.step(state, input: input) } catch { throw error.on(input: inputText) }
            guard reading.agrees(expected: expected, received: received) else {
                return Counterexample(input: inputText, step: index + 1,
                                      expected: reading.expectedText(expected), received: reading.receivedText(received))
            }
            state = next
        }
        return nil
    }

    /// The value of a constant rubric expression (an alphabet symbol, a case entry).
    static func value(_ located: Located<Expr>, in constants: ModelRun, what: String) throws(DesignError) -> Matrix {
        do { return try constants.constantValue(located) } catch {
            throw .rubric("line \(located.line): the \(what) '\(located.text)' cannot be evaluated: \(error.message)")
        }
    }
}
