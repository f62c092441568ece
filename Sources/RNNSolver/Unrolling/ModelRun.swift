import RNNExpr
import RNNMath
import RNNRubric

/// A model unrolled over its input sequence into one graph, built on demand: asking for
/// `h[3]` builds `h[1]`, `h[2]`, `h[3]` (and nothing the question does not need).
///
/// Every use of a parameter inside step t of an equation gets its own leaf, `W_h@t`, so a
/// gradient with respect to `W_h` is the sum of its per-step terms and each term can be shown in
/// a worked solution. A preset cell's parameters are one leaf each, shared by every step (sliced
/// into gates once; see `cellStep`), so their gradients come without per-step terms.
///
/// With `detachRecurrence`, a reference to an earlier step (`h[t-1]` inside the equation for
/// step t) is a constant: gradients then follow only the immediate dependence, which is what
/// `partial(f, x)` asks for.
package final class ModelRun {
    /// The graph every quantity of this run lives in, held to the rubric's work budget.
    package let graph: Graph
    /// The model being run.
    package let model: ModelSpec
    /// The number of steps T: the length of the inputs.
    package private(set) var steps: Int = 0

    let detachRecurrence: Bool
    private let suppliedParameters: [String: Matrix]
    private let suppliedInputs: [String: [Matrix]]
    private let equations: EquationTable
    private let parameterExpressions: [String: Located<Expr>]
    private var parameterValues: [String: Matrix]
    private var sequences: [String: [Matrix]]
    private let overrides: [String: Matrix]
    private let activations: [String: ActivationSpec]
    private var timeNodes: [String: [Int: NodeID]] = [:]
    private var quantityNodes: [String: NodeID] = [:]
    private(set) var parameterLeaves: [String: [(context: String, node: NodeID)]] = [:]
    private var underConstruction: Set<String> = []
    fileprivate var detached: ModelRun?
    /// The reverse sweeps made so far, by output node, each with the nodes it gave gradients
    /// (``backwardPass(from:reaching:)``).
    private var backwardPasses: [NodeID: (covered: [Bool], gradients: Gradients)] = [:]
    /// Working that functions record while they compute (the terms of a parameter count).
    var notes: [WorkingLine] = []
    /// The quantity (`h[12]`) being computed when the graph first fell back to floating point.
    package private(set) var fallbackLabel: String?
    /// The time-indexed quantities in the order they were computed, for worked solutions.
    package private(set) var computedOrder: [(label: String, node: NodeID)] = []
    /// The preset cell's per-gate weights per layer, sliced once from parameter leaves shared by all steps.
    var cellWeights: [Int: [String: GateWeights<NodeID>]] = [:]

    /// Unrolls `model`.
    ///
    /// - Parameters:
    ///   - parameters: values for parameters, replacing or supplying (for free parameters) the rubric's.
    ///   - inputs: input sequences replacing the rubric's (design parts supply them this way).
    ///   - overrides: fixed values for quantities, by their text: `"yhat[2]"`, `"L"`
    ///     (follow-through substitutes a student's earlier answer this way).
    ///   - budget: the limits of the run's graph; with `approximatesBeyondBudget`, exact work
    ///     beyond them is done in floating point instead of failing.
    package init(model: ModelSpec, parameters: [String: Matrix] = [:], inputs: [String: [Matrix]] = [:],
                overrides: [String: Matrix] = [:], detachRecurrence: Bool = false,
                budget: WorkBudget = .standard, approximatesBeyondBudget: Bool = false) throws(SolverError) {
        self.graph = Graph(budget: budget, approximatesBeyondBudget: approximatesBeyondBudget)
        self.model = model
        self.detachRecurrence = detachRecurrence
        self.equations = try EquationTable(model.equations)
        self.parameterExpressions = Dictionary(model.params.compactMap { p in p.value.map { (p.name, $0) } },
                                               uniquingKeysWith: { first, _ in first })
        // A <data> block's values are known already; supplied parameters replace them.
        self.parameterValues = Dictionary(model.params.compactMap { p in p.data.map { (p.name, $0) } },
                                          uniquingKeysWith: { _, last in last }).merging(parameters) { _, supplied in supplied }
        self.suppliedParameters = parameters
        self.suppliedInputs = inputs
        self.overrides = overrides
        self.activations = Dictionary(model.activations.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.sequences = inputs
        for free in model.params where free.free && parameters[free.name] == nil {
            throw SolverError("parameter '\(free.name)' is chosen by the student and has no value here")
        }
        let supplied = parameters.merging(overrides) { first, _ in first }
        for name in supplied.keys.sorted() where supplied[name]?.isWithinFloatingPointRange == false {
            throw SolverError("the value given for '\(name)' is not a finite number")
        }
        try loadSequences(supplied: inputs)
    }

    /// Evaluates the rubric's sequences (unless supplied) and sets T to the inputs' length.
    private func loadSequences(supplied: [String: [Matrix]]) throws(SolverError) {
        var stepCount = supplied.values.map(\.count).max() ?? 0
        for sequence in model.inputs + model.targets where supplied[sequence.name] == nil && !sequence.values.isEmpty {
            var values: [Matrix] = []
            for located in sequence.values {
                values.append(try constantValue(located))
            }
            sequences[sequence.name] = values
            if model.inputs.contains(where: { $0.name == sequence.name }) { stepCount = max(stepCount, values.count) }
        }
        for input in model.inputs where sequences[input.name] == nil {
            throw SolverError("input '\(input.name)' of model '\(model.id)' has no values here")
        }
        steps = stepCount
    }

    /// The same model and data, unrolled with earlier steps held fixed (for `partial`): made on
    /// first use and kept, so every `partial` of this run shares it.
    func detachedCopy() throws(SolverError) -> ModelRun {
        if let detached { return detached }
        let copy = try ModelRun(model: model, parameters: suppliedParameters, inputs: suppliedInputs,
                     overrides: overrides, detachRecurrence: true,
                     budget: graph.budget, approximatesBeyondBudget: graph.approximatesBeyondBudget)
        detached = copy
        return copy
    }

    // MARK: Quantities

    /// The node of the time-indexed quantity `name` at step `step` (0 for an initial state).
    package func node(_ name: String, at step: Int, range: SourceRange? = nil) throws(SolverError) -> NodeID {
        if let existing = timeNodes[name]?[step] { return existing }
        let label = stepLabel(name, step)
        if let sequence = sequences[name] {
            guard step >= 1, step <= sequence.count else {
                throw SolverError("\(label) is outside the sequence '\(name)', which has values for t = \(1 - timeShift)…\(sequence.count - timeShift)", range: range)
            }
            return remember(graph.constant(sequence[step - 1], label: label), name: name, step: step, label: nil)
        }
        if step == 0, let state = model.states.first(where: { $0.name == name }) {
            let initial = try constantNode(state.initial)
            let node: NodeID
            do { node = try graph.identity(initial) } catch { throw SolverError(error, at: range) }
            return remember(try substituted(label, node, range: range), name: name, step: 0, label: label)
        }
        if step == 0, let zeros = zeroCellState(name) {
            // A preset cell's state starts at zero unless the rubric gives <state>.
            return remember(graph.leaf(zeros, name: label), name: name, step: 0, label: label)
        }
        if step >= 1, step <= steps, isCellOutput(name) {
            for earlier in stride(from: 1, to: step, by: 1) where timeNodes[name]?[earlier] == nil {
                _ = try node(name, at: earlier)
            }
            // A cell's outputs at one step are computed together; a substituted one (follow-through)
            // changes later steps, not the others of this step.
            let outputs = try cellStep(at: step, range: range)
            for (output, built) in outputs.sorted(by: { $0.key < $1.key }) where timeNodes[output]?[step] == nil {
                let label = stepLabel(output, step)
                _ = remember(try substituted(label, built, range: range), name: output, step: step, label: label)
            }
            if let built = timeNodes[name]?[step] { return built }
        }
        if step == 0, isCellOutput(name), let spec = model.cell, spec.options.layers != nil {
            throw SolverError("\(label) is not defined: with layers the initial states are per layer, \(name)_l0[0] … \(name)_l\(spec.options.layerCount - 1)[0]", range: range)
        }
        if isCellOutput(name), step > steps || step < 0 {
            throw SolverError("\(label) is outside the steps of the sequence (t = \(-timeShift)…\(steps - timeShift))", range: range)
        }
        guard equations.defines(name) else {
            if model.states.contains(where: { $0.name == name }) {
                throw SolverError("state '\(name)' has an initial value but no equation \(name)[t] = …", range: range)
            }
            throw SolverError("'\(name)' is not a time-indexed quantity of model '\(model.id)'", range: range)
        }
        guard step >= 1 else {
            throw SolverError("\(label) is before the first step: \(name) is defined for t = 1…\(steps)" +
                              (model.states.contains { $0.name == name } ? "" : " (only states have a value at t = 0)"), range: range)
        }
        guard step <= steps else {
            throw SolverError("\(label) is after the last step (T = \(steps))", range: range)
        }
        guard let equation = equations.locatedEquation(for: name, at: step) else {
            throw SolverError("no equation defines \(label)", range: range)
        }
        guard underConstruction.insert(label).inserted else {
            throw SolverError("\(label) depends on itself; an equation may use earlier steps (t-1) but not its own step", range: range)
        }
        defer { underConstruction.remove(label) }
        for earlier in stride(from: 1, to: step, by: 1) where timeNodes[name]?[earlier] == nil {
            _ = try node(name, at: earlier)   // build in time order: keeps recursion shallow
        }
        let built = try within(equation) { () throws(SolverError) in
            do throws(SolverError) {
                return try ExpressionBuilder(run: self, step: step).build(equation.value.right)
            } catch {
                guard error.overBudget != nil, !error.message.hasPrefix("computing ") else { throw error }
                var named = error   // name the step whose value outgrew the budget
                named.message = "computing \(label): " + error.message
                throw named
            }
        }
        return remember(try substituted(label, built, range: range), name: name, step: step, label: label)
    }

    /// `built`, or with `overrides[label]` given, `built` shifted to that value: the value is the
    /// substituted one and derivatives still pass through `built`, so follow-through also works
    /// for gradient asks.
    private func substituted(_ label: String, _ built: NodeID, range: SourceRange?) throws(SolverError) -> NodeID {
        guard let fixed = overrides[label] else { return built }
        let shift: Matrix
        do { shift = try fixed.subtracting(graph.value(built)) } catch {
            throw SolverError("the value substituted for \(label) is \(fixed.shapeDescription), but \(label) is \(graph.value(built).shapeDescription)", range: range)
        }
        do { return try graph.add(built, graph.constant(shift, label: "\(label) substituted")) } catch { throw SolverError(error, at: range) }
    }

    /// The node of the time-free quantity `name` (a loss such as `L`).
    package func quantity(_ name: String, range: SourceRange? = nil) throws(SolverError) -> NodeID {
        if let existing = quantityNodes[name] { return existing }
        guard let spec = model.quantities.first(where: { $0.name == name }) else {
            throw SolverError("'\(name)' is not a quantity of model '\(model.id)'", range: range)
        }
        guard underConstruction.insert(name).inserted else {
            throw SolverError("'\(name)' is defined in terms of itself", range: range)
        }
        defer { underConstruction.remove(name) }
        let built = try within(spec.expression) { () throws(SolverError) in
            try ExpressionBuilder(run: self, step: nil).build(spec.expression.value)
        }
        let node = try substituted(name, built, range: range)
        quantityNodes[name] = node
        return node
    }

    /// A leaf for parameter `name` used in `context` (`"t=2"`, or `""` outside any step);
    /// with `approximate`, its value is converted to `Double` first (for a computation whose
    /// every result is approximate anyway, so exact elements are not converted at each use).
    func parameter(_ name: String, context: String, range: SourceRange?, approximate: Bool = false) throws(SolverError) -> NodeID? {
        guard model.params.contains(where: { $0.name == name }) || parameterValues[name] != nil else { return nil }
        if let existing = parameterLeaves[name]?.first(where: { $0.context == context }) { return existing.node }
        var value = try parameterValue(name, range: range)
        if approximate { value = try value.approximated(range: range) }
        let leaf = graph.leaf(value, name: context.isEmpty ? name : "\(name)@\(context)")
        parameterLeaves[name, default: []].append((context, leaf))
        return leaf
    }

    /// The value of parameter `name`, evaluating its rubric expression once.
    func parameterValue(_ name: String, range: SourceRange?) throws(SolverError) -> Matrix {
        if let known = parameterValues[name] { return known }
        guard let located = parameterExpressions[name] else {
            throw SolverError("parameter '\(name)' has no value", range: range)
        }
        guard underConstruction.insert("param " + name).inserted else {
            throw SolverError("parameter '\(name)' is defined in terms of itself", range: range)
        }
        defer { underConstruction.remove("param " + name) }
        let value = try constantValue(located)
        parameterValues[name] = value
        return value
    }

    /// How far the rubric's time indices are from the run's steps: 1 when the preset cell has
    /// `time-origin="0"` (the rubric's `x[0]` is step 1, its `h[-1]` the initial state), else 0.
    package var timeShift: Int { model.cell?.options.timeOrigin == 0 ? 1 : 0 }

    /// `name[k]` for step `step` as the rubric counts it (`k = step − timeShift`): the label of
    /// worked solutions, error messages and follow-through substitutions.
    func stepLabel(_ name: String, _ step: Int) -> String { "\(name)[\(step - timeShift)]" }

    /// The first value of the input `x`, if the run has one (a preset cell's batch size).
    var firstInput: Matrix? { sequences["x"]?.first }

    /// Whether `name` is time-indexed in this model.
    package func isTimeIndexed(_ name: String) -> Bool {
        sequences[name] != nil || equations.defines(name) || model.states.contains { $0.name == name } || isCellOutput(name)
    }

    /// The model's own activation called `name`, if it declares one.
    package func activation(_ name: String) -> ActivationSpec? { activations[name] }

    /// The value of a constant expression (parameter values, initial states, sequence entries).
    package func constantValue(_ located: Located<Expr>) throws(SolverError) -> Matrix {
        graph.value(try constantNode(located))
    }

    /// The node of an expression outside the steps, its errors placed in the rubric element.
    private func constantNode(_ located: Located<Expr>) throws(SolverError) -> NodeID {
        try within(located) { () throws(SolverError) in try ExpressionBuilder(run: self, step: nil).build(located.value) }
    }

    /// Runs `body`, placing its error in `element` (the equation or quantity being built).
    private func within<Value>(_ element: Located<Value>, _ body: () throws(SolverError) -> NodeID) throws(SolverError) -> NodeID {
        do { return try body() } catch { throw error.placed(in: element) }
    }

    /// The gradients of the scalar `output` with respect to `nodes`: one reverse sweep per
    /// output, towards every parameter leaf and `nodes`, reused while every node asked about is
    /// one it covered (`grad(L, W_h)`, `grad(L, W_x)` and `grad(L, h[1])` share one sweep from
    /// `L`). The graph only grows and a covered node's gradient is complete, so a sweep stays
    /// right for the nodes it covered; a node it did not cover needs a new one. When the shared
    /// sweep fails, a sweep towards `nodes` alone decides.
    func backwardPass(from output: NodeID, reaching nodes: [NodeID]) throws(GraphError) -> Gradients {
        if let pass = backwardPasses[output],
           nodes.allSatisfy({ $0.index < pass.covered.count && pass.covered[$0.index] }) {
            return pass.gradients
        }
        let targets = graph.leafNodes + nodes
        do {
            let gradients = try graph.backward(from: output, towards: targets)
            backwardPasses[output] = (graph.nodesLeading(to: targets, within: output), gradients)
            return gradients
        } catch {
            // A rule that cannot run on the way to some other leaf (a gradient through det)
            // does not stop a gradient that need not pass through it.
            return try graph.backward(from: output, towards: nodes)
        }
    }

    private func remember(_ node: NodeID, name: String, step: Int, label: String?) -> NodeID {
        timeNodes[name, default: [:]][step] = node
        if let label { computedOrder.append((label, node)) }
        noteFallback(at: label ?? stepLabel(name, step))
        return node
    }

    /// Records `label` (`h[12]`, `grad(L, W)`) as where the graph first fell back to floating
    /// point, if it has fallen back and nothing computed before did.
    func noteFallback(at label: String) {
        if fallbackLabel == nil, graph.fallback != nil { fallbackLabel = label }
    }
}

extension ModelRun {
    /// Whether this run, or the copy its `partial`s use, did exact work in floating point
    /// because it was beyond the budget.
    var fellBackToFloatingPoint: Bool { graph.fallback != nil || detached?.fellBackToFloatingPoint == true }

    /// "computed in floating point: exact values of 4098 bits would exceed the 4096-bit budget
    /// at h[12]" when the run's graph fell back to floating point; `nil` otherwise.
    package var fallbackNote: String? {
        guard let excess = graph.fallback else { return nil }
        return "computed in floating point: \(excess.work) would exceed \(excess.limitPhrase)"
            + (fallbackLabel.map { " at \($0)" } ?? "")
    }
}
