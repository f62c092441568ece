import RNNDesign
import RNNExpr
import RNNMath
import RNNRubric
import RNNSolver

/// Everything about grading one part that does not depend on the student, computed once per
/// batch: how to read answers, the key, the tolerance, the values of known mistakes, and the
/// earlier parts whose answers can carry through into this one.
struct PartPlan: Sendable {
    let part: Part
    let syntax: AnswerSyntax?
    /// The key as a comparable value; nil for manual and design parts, or when it failed.
    let key: AnswerValue?
    /// Why there is no key, when there should be one.
    let keyFailure: KeyFailure?
    /// The key as shown to students and TAs.
    let keyDisplay: String?
    let tolerance: Tolerance
    let options: AnswerComparator.Options
    /// Known mistakes with their values, rubric-declared first; computed for all parts together
    /// when first needed (only wrong answers need them).
    private let mistakeTable: KnownMistakeTable
    /// Earlier parts (same model) whose asked quantity this part's ask depends on; computed when first needed.
    private let lazySources: Lazy<[(partID: String, quantity: String)]>

    var mistakes: [(variant: MistakeVariant, value: AnswerValue)] { mistakeTable.mistakes(of: part.id) }
    var followThroughSources: [(partID: String, quantity: String)] { lazySources.value }
    let followThroughCredit: Double?
    /// For design parts, the checker of the network's behaviour (immutable; shared by every grading call).
    let designChecker: DesignChecker?
    /// What the instructor should fix in this part that grading works around: the design cases
    /// its reference contradicts, which no student is graded on.
    let rubricNotes: [String]
    /// Design verdicts by parameter values, shared by every grading call.
    let designVerdicts = BatchMemo<[String: Matrix], Result<DesignVerdict, DesignError>>()
    /// What each answer text given so far reads as and scores, shared by every grading call.
    let assessments = BatchMemo<String, AnswerAssessment>()

    init(part: Part, rubric: Rubric, key entry: AnswerKey.Entry?, solver: Solver, earlier: [PartPlan], mistakes: KnownMistakeTable) {
        self.part = part
        let defaults = rubric.defaults
        tolerance = Tolerance(part.tolerance ?? defaults.tolerance)
        followThroughCredit = part.followThroughCredit ?? defaults.followThroughCredit
        var domain = FormulaDomain()
        var penalty: Double?
        switch part.answer {
        case .formula(let formula):
            domain = FormulaDomain(low: formula.low, high: formula.high, integers: formula.integerDomain,
                                   samples: formula.points, seed: FormulaDomain.defaultSeed,
                                   mostSamples: defaults.budget.formulaSamples)
        case .choice(let choice):
            penalty = choice.penalty
        default:
            break
        }
        options = AnswerComparator.Options(partialCredit: part.perElementCredit ?? defaults.perElementCredit,
                                           formulaDomain: domain, choicePenalty: penalty)
        syntax = Self.syntax(of: part.answer)
        keyDisplay = entry?.display
        var (key, failure) = Self.key(part: part, entry: entry, syntax: syntax)
        var checker: DesignChecker?
        var notes: [String] = []
        if case .design(let stated) = part.answer, let problem = rubric.problem(containing: part.id) {
            let (spec, skipped) = ReferenceCaseCheck.withoutContradictedCases(stated, partID: part.id, in: problem, file: rubric.file,
                                                                               budget: defaults.budget)
            notes = skipped
            do { checker = try DesignChecker(part: spec, problem: problem, budget: defaults.budget) } catch {
                failure = .located(rubric.diagnostic("the design part \(part.id) cannot be checked: \(error)", line: part.line))
            }
        }
        designChecker = checker
        rubricNotes = notes
        if let formula = key, case .formula = formula {
            // A key that cannot be evaluated is the rubric's problem, never a student's zero.
            let selfScore = AnswerComparator.score(formula, key: formula, tolerance: tolerance, options: options)
            if !selfScore.isFull {
                failure = .located(rubric.diagnostic("the formula key of part \(part.id) cannot be evaluated: \(selfScore.feedback.joined(separator: "; "))",
                                                     line: part.line))
                key = nil
            }
        }
        self.key = key
        keyFailure = failure
        mistakes.add(KnownMistakeTable.Entry(part: part, hasKey: key != nil, key: key.flatMap(Self.matrix)))
        mistakeTable = mistakes
        let earlierPlans = earlier
        lazySources = Lazy { Self.sources(of: part, solver: solver, earlier: earlierPlans) }
    }

    /// The answer syntax students use for each answer kind.
    static func syntax(of answer: AnswerSpec) -> AnswerSyntax? {
        switch answer {
        case .computed(let kind, _, _):
            switch kind {
            case .number: .number
            case .vector: .vector
            case .matrix: .matrix
            }
        case .interval: .interval
        case .choice(let choice): choice.multiple ? .multipleChoice : .choice
        case .formula: .formula
        case .design: .weights
        case .manual: nil
        }
    }

    private static func key(part: Part, entry: AnswerKey.Entry?, syntax: AnswerSyntax?) -> (AnswerValue?, KeyFailure?) {
        if let failure = entry?.failure { return (nil, .located(failure)) }
        switch part.answer {
        case .manual, .design:
            return (nil, nil)
        case .choice(let choice):
            guard choice.ask != nil else { return (.choices(choice.key.map { $0.lowercased() }.sorted()), nil) }
            let value = entry?.solved.map { solved in
                if case .verdict(let label, _) = solved.value { return label }
                return ValueFormatting.solved(solved.value)
            } ?? ""
            guard choice.options.contains(where: { $0.id == value }) else {
                return (nil, .notAnOption(partID: part.id, value: value, options: choice.options.map(\.id)))
            }
            return (.choices([value.lowercased()]), nil)
        case .formula(let formula):
            return (.formula(formula.key.value, text: formula.key.text), nil)
        case .computed(let kind, _, _):
            if let matrix = entry?.solved?.matrix {
                if let mismatch = Self.shapeMismatch(matrix, kind: kind) {
                    return (nil, .shapeMismatch(partID: part.id, shape: matrix.shapeDescription, kind: kind, advice: mismatch))
                }
                return (AnswerValue(matrix), nil)
            }
            if entry?.solved != nil {
                return (nil, .notANumber(partID: part.id))
            }
            fallthrough
        case .interval:
            guard let text = entry?.display, let syntax else { return (nil, .missing(partID: part.id)) }
            switch AnswerReader.read(text, as: syntax) {
            case .success(let value): return (value, nil)
            case .failure(let error): return (nil, .unreadable(partID: part.id, text: text, error))
            }
        }
    }

    /// Earlier parts asking for a quantity (`yhat[2]`, `L`) of this part's model that this part's
    /// ask depends on: changing that quantity changes this part's value.
    private static func sources(of part: Part, solver: Solver, earlier: [PartPlan]) -> [(partID: String, quantity: String)] {
        guard case .computed(_, let ask?, _) = part.answer, let model = solver.model(of: part),
              case .success(let base) = solver.evaluate(ask.value, model: model), let baseValue = base.matrix else { return [] }
        var result: [(String, String)] = []
        let problem = solver.rubric.problem(containing: part.id)?.id
        for plan in earlier where plan.part.modelID == part.modelID && solver.rubric.problem(containing: plan.part.id)?.id == problem {
            guard case .computed(_, let earlierAsk?, _) = plan.part.answer, let quantity = Self.quantityLabel(earlierAsk.value),
                  let earlierValue = plan.key.flatMap(Self.matrix) else { continue }
            let nudged = (try? earlierValue.adding(.scalar(.one))) ?? earlierValue
            if case .success(let changed) = solver.evaluate(ask.value, model: model, overrides: [quantity: nudged]),
               changed.matrix != baseValue {
                result.append((plan.part.id, quantity))
            }
        }
        return result
    }

    /// The override label of an ask that names a model quantity (`L`, `yhat[2]`), else nil.
    static func quantityLabel(_ ask: Expr) -> String? {
        switch ask.kind {
        case .name(let name):
            return name
        case .index(let base, let indices):
            guard case .name(let name) = base.kind, indices.count == 1,
                  case .number(let literal) = indices[0].kind, let step = Int(literal) else { return nil }
            return "\(name)[\(step)]"
        default:
            return nil
        }
    }

    /// Why a computed value does not fit the answer element, or nil when it does.
    static func shapeMismatch(_ value: Matrix, kind: ComputedKind) -> String? {
        switch kind {
        case .number: value.isScalar ? nil : "use <vector> or <matrix>, or ask for one element"
        case .vector: value.isVector ? nil : "use <matrix>"
        case .matrix: nil
        }
    }

    /// A number or matrix answer as a matrix.
    static func matrix(_ value: AnswerValue) -> Matrix? {
        switch value {
        case .number(let s): .scalar(s)
        case .matrix(let m): m
        default: nil
        }
    }
}
