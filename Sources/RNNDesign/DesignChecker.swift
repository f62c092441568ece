import RNNMath
import RNNRubric
import RNNSolver

/// Grades a design part: runs the student's network (the part's model with the student's
/// free parameters) against the specification — the part's reference model or `<expect>`
/// expression, then its `<case>`s — and reports the shortest counterexample or what was shown.
///
///     let checker = try DesignChecker(part: design, problem: problem)
///     let verdict = try checker.check(parameters: ["W_h": .scalar(1), …])
///     verdict.summary   // "equivalent to the intended behaviour for every input length (2 states explored)"
///
/// The intended behaviour is first compared on every reachable pair of exact states (a proof
/// for all lengths when they are finitely many); past ``Options/proofBound`` pairs, or with
/// approximate values, the check falls back to every sequence up to max-length plus the seeded
/// random ones. A reference takes precedence over an `<expect>` when a part gives both.
///
/// A checker is immutable and `Sendable`: build it once per part and check every student with
/// it, concurrently if you like (each check keeps its own memory of states).
package struct DesignChecker: Sendable {
    private let design: DesignSpec
    private let model: ModelSpec
    private let parameters: DesignParameters
    private let alphabet: Alphabet
    private let reading: OutputReading
    private let intended: StepProgram?
    private let cases: [DesignCase]
    private let maxLength: Int
    /// The rubric's work budget, held to by every step the check runs.
    private let budget: WorkBudget
    private let sequenceCount: Int
    let options: Options

    /// How the search runs; the defaults are what grading uses, the others exist for measuring.
    struct Options {
        /// The most state pairs the proof explores before falling back to the bounded check (0: no proof).
        var proofBound = 10_000
        /// Whether the bounded check shares prefixes (walks the sequence tree).
        var sharePrefixes = true
        /// The most states whose transitions each machine remembers (0: none).
        var rememberedStates = 200_000
    }

    /// Prepares the check of `design`, a part of `problem`: evaluates the alphabet and cases and
    /// compiles the intended behaviour. Throws ``DesignError/rubric(_:)`` when they cannot be,
    /// when the sequences up to max-length outnumber `budget.designSequences`, or when one random
    /// sequence is longer than `budget.designSteps`. Each check then stops with
    /// ``DesignError/overBudget(_:)`` once a network would take more than `budget.designSteps` steps.
    package init(part design: DesignSpec, problem: Problem, budget: WorkBudget = .standard) throws {
        try self.init(part: design, problem: problem, options: Options(), budget: budget)
    }

    init(part design: DesignSpec, problem: Problem, options: Options, budget: WorkBudget = .standard) throws(DesignError) {
        guard let model = problem.model(design.modelID) else {
            throw .rubric("the design part names model '\(design.modelID)', which problem '\(problem.id)' does not define")
        }
        let constants: ModelRun
        do { constants = try ModelRun(model: .empty) } catch { throw .rubric(error.message) }
        var symbols: [Matrix] = []
        for symbol in design.alphabet { symbols.append(try DesignCase.value(symbol, in: constants, what: "alphabet symbol")) }
        guard !symbols.isEmpty else { throw .rubric("the design part's alphabet lists no symbols") }
        let alphabet = Alphabet(symbols: symbols, texts: design.alphabet.map(\.text))
        let maxLength = design.maxLength ?? alphabet.defaultMaxLength
        guard let count = alphabet.sequenceCount(upTo: maxLength, limit: budget.designSequences) else {
            let excess = BudgetExcess(work: "max-length \(maxLength) over \(symbols.count) symbols", limit: .designSequences, budget: budget)
            throw .rubric("\(excess); lower max-length")
        }
        // Each random sequence is drawn whole before it runs: one longer than the steps a check
        // may take could never finish, and would only fill memory.
        guard design.randomLength <= budget.designSteps else {
            let excess = BudgetExcess(work: "random sequences of length \(design.randomLength)", limit: .designSteps, budget: budget)
            throw .rubric("\(excess); lower random-length")
        }
        self.design = design
        self.model = model
        self.parameters = try DesignParameters(model: model)
        self.alphabet = alphabet
        self.reading = design.thresholdReading.map { .threshold($0.threshold, margin: $0.margin) } ?? .exact
        self.intended = try IntendedBehaviour.program(for: design, model: model, in: problem)
        self.cases = try design.cases.map { (spec) throws(DesignError) in try DesignCase(spec, constants: constants) }
        self.maxLength = maxLength
        self.sequenceCount = count
        self.options = options
        self.budget = budget
    }

    /// Checks the network with the student's `parameters` (by name; scalars as 1×1).
    ///
    /// Throws ``DesignError/submission(_:)`` for missing, extra, misshapen or contradicting parameters and
    /// for a network that cannot be run; ``DesignError/rubric(_:)`` when the intended behaviour cannot.
    package func check(parameters: [String: Matrix]) throws(DesignError) -> DesignVerdict {
        try verdict(parameters)
    }

    private func verdict(_ given: [String: Matrix]) throws(DesignError) -> DesignVerdict {
        let parameters = try self.parameters.resolve(given)
        let program: StepProgram
        do { program = try StepProgram(model: model, parameters: parameters, output: design.output) } catch {
            throw .submission("the network cannot be built with these parameters: \(error.message)")
        }
        let student = StepMachine(program: program, symbols: alphabet.symbols, blame: .student, capacity: options.rememberedStates,
                                  budget: budget)
        guard let intended else {
            if let counterexample = try caseCounterexample(student) {
                return failed(counterexample, basis: .cases(count: cases.count))
            }
            return DesignVerdict(passed: true, basis: .cases(count: cases.count), counterexample: nil,
                                 summary: "correct on all \(cases.count) cases of the question")
        }
        let comparison = BehaviourComparison(
            student: student,
            intended: StepMachine(program: intended, symbols: alphabet.symbols, blame: .rubric, capacity: options.rememberedStates,
                                   budget: budget),
            reading: reading, alphabet: alphabet)
        let searched = try compare(comparison)
        if searched.passed, let counterexample = try caseCounterexample(student) {
            return failed(counterexample, basis: .cases(count: cases.count))
        }
        return searched
    }

    /// The first `<case>` the network gets wrong, if any. With a reference or expectation the
    /// cases are checked after it, so the shortest counterexample is the one shown.
    private func caseCounterexample(_ student: StepMachine) throws(DesignError) -> Counterexample? {
        for testCase in cases {
            if let counterexample = try testCase.counterexample(student, reading: reading) { return counterexample }
        }
        return nil
    }

    /// The proof over reachable state pairs, else the bounded check.
    private func compare(_ comparison: BehaviourComparison) throws(DesignError) -> DesignVerdict {
        if options.proofBound > 0 {
            switch try EquivalenceProof(comparison: comparison, bound: options.proofBound).run() {
            case .equivalent(let states):
                return DesignVerdict(passed: true, basis: .proof(states: states), counterexample: nil,
                                     summary: "equivalent to the intended behaviour for every input length "
                                        + "(\(states) state\(states == 1 ? "" : "s") explored)")
            case .counterexample(let failure, let states):
                return failed(comparison.counterexample(failure), basis: .proof(states: states))
            case .inconclusive:
                break
            }
        }
        return try bounded(comparison)
    }

    /// Every sequence up to max-length, then the seeded random ones.
    private func bounded(_ comparison: BehaviourComparison) throws(DesignError) -> DesignVerdict {
        let basis = DesignVerdict.Basis.exhaustive(sequences: sequenceCount, maxLength: maxLength,
                                                   random: design.randomCount, randomLength: design.randomLength)
        let search = SequenceSearch(comparison: comparison)
        var failure = options.sharePrefixes ? try search.exhaustive(maxLength: maxLength)
            : try search.unshared(maxLength: maxLength)
        if failure == nil {
            failure = try search.random(count: design.randomCount, length: design.randomLength, seed: design.seed)
        }
        if let failure {
            return failed(comparison.counterexample(failure), basis: basis)
        }
        let random = design.randomCount > 0 ? " (+ \(design.randomCount) random of length \(design.randomLength))" : ""
        return DesignVerdict(passed: true, basis: basis, counterexample: nil,
                             summary: "correct on all \(sequenceCount) sequences up to length \(maxLength)\(random)")
    }

    private func failed(_ counterexample: Counterexample, basis: DesignVerdict.Basis) -> DesignVerdict {
        DesignVerdict(passed: false, basis: basis, counterexample: counterexample, summary: counterexample.description)
    }
}
