import RNNMath

/// A ``StepProgram`` run over an alphabet that numbers the states it meets and remembers each
/// numbered state's transitions: a prefix tree or a state exploration that meets a state again
/// follows its steps by array lookups instead of recomputing them.
final class StepMachine {
    /// One step's result: the state after it and the output at it.
    typealias Transition = (next: Node, output: Matrix)

    /// A state of the machine: its number once remembered, or the state itself when the memory is full.
    enum Node: Hashable {
        case known(Int)
        case unremembered(StepState)
    }

    let program: StepProgram
    /// The input values, in alphabet order.
    let symbols: [Matrix]
    /// Who is to blame when the program fails: the student's network or the rubric's model.
    let blame: Blame
    /// The most states numbered and remembered (0: none).
    private let capacity: Int
    /// The limit on the exact values a step may produce.
    private let budget: WorkBudget
    /// The steps taken so far, held to `budget.designSteps`.
    private var stepsTaken = 0
    private var states: [StepState] = []
    private var numbers: [StepState: Int] = [:]
    private var exact: [Bool] = []
    /// Per numbered state × symbol: the next state's number (−1: not known yet) and the output.
    private var targets: [Int] = []
    private var outputs: [Matrix?] = []
    /// The state before the first step.
    private(set) var initial: Node

    /// Whose model a machine runs, for the error when a step cannot be computed.
    enum Blame {
        case student
        case rubric
    }

    init(program: StepProgram, symbols: [Matrix], blame: Blame, capacity: Int = 200_000, budget: WorkBudget = .standard) {
        self.program = program
        self.budget = budget
        self.symbols = symbols
        self.blame = blame
        self.capacity = capacity
        self.initial = .unremembered(program.initial)
        self.initial = remember(program.initial)
    }

    /// The step from `node` on the symbol at `symbol` in the alphabet (a remembered one is looked
    /// up, and counts toward `budget.designSteps` all the same: the search walks it).
    func step(_ node: Node, _ symbol: Int) throws(DesignError) -> Transition {
        try countStep()
        if case .known(let number) = node, targets[number * symbols.count + symbol] >= 0,
           let output = outputs[number * symbols.count + symbol] {
            return (.known(targets[number * symbols.count + symbol]), output)
        }
        let (state, output) = try compute(self.state(node), input: symbols[symbol])
        let next = remember(state)
        if case .known(let number) = node, case .known(let target) = next {
            targets[number * symbols.count + symbol] = target
            outputs[number * symbols.count + symbol] = output
        }
        return (next, output)
    }

    /// The step from `state` on an input value not necessarily in the alphabet (a rubric case);
    /// a step whose exact values outgrow the budget, or one step past `budget.designSteps`, is
    /// ``DesignError/overBudget(_:)``.
    func step(_ state: StepState, input: Matrix) throws(DesignError) -> (next: StepState, output: Matrix) {
        try countStep()
        return try compute(state, input: input)
    }

    /// Counts one step; throws once the machine would take more than `budget.designSteps`.
    private func countStep() throws(DesignError) {
        guard stepsTaken < budget.designSteps else {
            let excess = BudgetExcess(work: "more than \(budget.designSteps) steps of one network", limit: .designSteps, budget: budget)
            throw .overBudget("the design check was stopped: \(excess)")
        }
        stepsTaken += 1
    }

    /// Runs the program one step from `state`, holding its exact values to the budget.
    private func compute(_ state: StepState, input: Matrix) throws(DesignError) -> (next: StepState, output: Matrix) {
        let result: (next: StepState, output: Matrix)
        do {
            result = try program.step(state, input: input)
        } catch {
            switch blame {
            case .student: throw .submission("the network cannot be run: \(error.message)")
            case .rubric: throw .rubric("model '\(program.modelID)' cannot be run: \(error.message)")
            }
        }
        do {
            for value in result.next.history.compactMap({ $0 }) + [result.output] { try value.requireExactBits(within: budget) }
        } catch {
            throw .overBudget("the network cannot be run exactly: \(error)")
        }
        return result
    }

    /// Whether the state holds exact values only.
    func isExact(_ node: Node) -> Bool {
        switch node {
        case .known(let number): exact[number]
        case .unremembered(let state): state.isExact
        }
    }

    private func state(_ node: Node) -> StepState {
        switch node {
        case .known(let number): states[number]
        case .unremembered(let state): state
        }
    }

    /// The node of `state`, numbering it if it is new and there is room.
    private func remember(_ state: StepState) -> Node {
        if let number = numbers[state] { return .known(number) }
        guard states.count < capacity else { return .unremembered(state) }
        numbers[state] = states.count
        states.append(state)
        exact.append(state.isExact)
        targets += repeatElement(-1, count: symbols.count)
        outputs += repeatElement(nil, count: symbols.count)
        return .known(states.count - 1)
    }
}
