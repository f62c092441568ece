import RNNExpr
import RNNMath
import RNNRubric
import RNNSolver

/// A model compiled for running on values, one step at a time, from a carried ``StepState``.
///
/// Only the quantities the output depends on are computed; each keeps as many earlier values
/// as the equations read (`h[t-1]`: one). Step-specific equations (`y[1] = …`) are used at
/// their step, so the state records the step phase until the last of them has passed.
/// Values stay exact when the parameters are exact and no transcendental function is met.
struct StepProgram: Sendable {
    /// The compiled model's id, for messages.
    let modelID: String
    let layout: SlotLayout
    let inputSlot: Int
    let outputSlot: Int
    /// Per phase 1…`phases.count`: the equations in evaluation order; the last serves every later step.
    private let phases: [[(slot: Int, function: StepFunction)]]
    /// The state before the first step.
    let initial: StepState

    /// Compiles `model` with `parameters` (the free ones, or overriding the rubric's), reading `output`.
    init(model: ModelSpec, parameters: [String: Matrix], output: String) throws(SolverError) {
        let runtime = model.inputs.filter(\.values.isEmpty)
        guard model.inputs.count == 1, let input = runtime.first else {
            throw SolverError("design checking needs model '\(model.id)' to have exactly one input given at run time, as <input name=\"x\"/>")
        }
        let run = try ModelRun(model: model, parameters: parameters, inputs: [input.name: []])
        let table = try EquationTable(model.equations)
        let plan = try EquationPlan(model: model, table: table, run: run, input: input.name, output: output)
        let names = [input.name] + plan.order
        let layout = SlotLayout(names: names, lookback: plan.lookback)
        var compiledGeneral: [String: StepFunction] = [:]
        var phases: [[(slot: Int, function: StepFunction)]] = []
        for phase in 1...plan.phaseCount {
            var equations: [(slot: Int, function: StepFunction)] = []
            for name in plan.order {
                guard let equation = table.equation(for: name, at: phase), let slot = layout.slots[name] else { continue }
                let specific = plan.isSpecific(equation)
                if !specific, let known = compiledGeneral[name] {
                    equations.append((slot, known))
                    continue
                }
                let compiler = StepCompiler(run: run, layout: layout, equationStep: specific ? phase : nil)
                let function = try compiler.compile(equation.right).function
                if !specific { compiledGeneral[name] = function }
                equations.append((slot, function))
            }
            phases.append(equations)
        }
        var history = [Matrix?](repeating: nil, count: layout.historySize)
        for (slot, name) in names.enumerated() where layout.lookback[slot] > 0 && model.states.contains(where: { $0.name == name }) {
            history[layout.historyBase[slot]] = run.graph.value(try run.node(name, at: 0))
        }
        self.modelID = model.id
        self.layout = layout
        self.inputSlot = 0
        self.outputSlot = layout.slots[output] ?? 0
        self.phases = phases
        self.initial = StepState(phase: 1, history: history)
    }

    /// One step from `state` on `input`: the next state and the output's value at this step.
    func step(_ state: StepState, input: Matrix) throws(SolverError) -> (next: StepState, output: Matrix) {
        let frame = StepFrame(slots: layout.lookback.count, history: state.history)
        frame.current[inputSlot] = input
        for (slot, function) in phases[state.phase - 1] {
            frame.current[slot] = try function(frame)
        }
        var history = [Matrix?](repeating: nil, count: layout.historySize)
        for slot in layout.lookback.indices where layout.lookback[slot] > 0 {
            let base = layout.historyBase[slot]
            history[base] = frame.current[slot]
            for k in stride(from: 1, to: layout.lookback[slot], by: 1) { history[base + k] = state.history[base + k - 1] }
        }
        guard let output = frame.current[outputSlot] else {
            throw SolverError("model '\(modelID)' has no equation for its output after its step-specific ones")
        }
        return (StepState(phase: min(state.phase + 1, phases.count), history: history), output)
    }
}
