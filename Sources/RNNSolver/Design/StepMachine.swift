import RNNMath

/// A ``StepProgram`` run over an alphabet, remembering each state's transitions: a prefix
/// tree or a state exploration that meets a state again reuses its steps instead of
/// recomputing them.
final class StepMachine {
    /// One step's result: the state after it and the output at it.
    typealias Transition = (next: StepState, output: Matrix)

    let program: StepProgram
    /// The input values, in alphabet order.
    let symbols: [Matrix]
    /// Who is to blame when the program fails: the student's network or the rubric's model.
    let blame: Blame
    /// The most states whose transitions are remembered (0: remember nothing).
    private let capacity: Int
    private var memory: [StepState: [Transition?]] = [:]

    /// Whose model a machine runs, for the error when a step cannot be computed.
    enum Blame {
        case student
        case rubric
    }

    init(program: StepProgram, symbols: [Matrix], blame: Blame, capacity: Int = 200_000) {
        self.program = program
        self.symbols = symbols
        self.blame = blame
        self.capacity = capacity
    }

    /// The state before the first step.
    var initial: StepState { program.initial }

    /// The step from `state` on the symbol at `symbol` in the alphabet.
    func step(_ state: StepState, _ symbol: Int) throws(DesignError) -> Transition {
        if let known = memory[state]?[symbol] { return known }
        let transition = try step(state, input: symbols[symbol])
        if memory[state] != nil {
            memory[state]?[symbol] = transition
        } else if memory.count < capacity {
            var row = [Transition?](repeating: nil, count: symbols.count)
            row[symbol] = transition
            memory[state] = row
        }
        return transition
    }

    /// The step from `state` on an input value not necessarily in the alphabet (a rubric case).
    func step(_ state: StepState, input: Matrix) throws(DesignError) -> Transition {
        do {
            return try program.step(state, input: input)
        } catch {
            switch blame {
            case .student: throw .submission("the network cannot be run: \(error.message)")
            case .rubric: throw .rubric("model '\(program.modelID)' cannot be run: \(error.message)")
            }
        }
    }
}
