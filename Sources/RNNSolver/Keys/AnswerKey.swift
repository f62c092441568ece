import RNNExpr
import RNNMath
import RNNRubric

/// The answer key of a whole rubric: for each part, what the solver computed (or the key the
/// rubric states for kinds that are not computed), or why it could not.
package struct AnswerKey: Sendable {
    /// One part's key.
    package struct Entry: Sendable {
        /// The part this is the key of.
        package var part: Part
        /// The solver's value and working, for parts with an ask.
        package var solved: SolvedAnswer?
        /// The key as students would write it (`6`, `(0, 1)`, `f i o`, a formula), if there is one.
        package var display: String?
        /// Why the key could not be computed, located in the rubric.
        package var failure: Diagnostic?
        /// The value of each rubric-declared mistake (its display form, or why it failed), in order.
        package var mistakeValues: [String] = []
    }

    /// The rubric the key was computed from.
    package let rubric: Rubric
    /// One entry per part, in the rubric's order.
    package let entries: [Entry]

    /// Computes every part's key, and with `mistakes` the value of every rubric-declared mistake
    /// (for the worked key; grading computes mistakes only when an answer needs them). Without
    /// `working` the keys are values only (what grading and drawing variants need), computed on
    /// one shared unrolling per model of a problem (``SharedUnrollings``) instead of one each:
    /// `unrollings` when given (a drawn variant's, shared with its constraint check and grader).
    package init(rubric: Rubric, mistakes: Bool = false, working: Bool = true, unrollings given: SharedUnrollings? = nil) {
        self.rubric = rubric
        let solver = Solver(rubric: rubric)
        let unrollings = given ?? SharedUnrollings(solver: solver)
        let solve = { (part: Part) -> Result<SolvedAnswer, SolverError> in
            guard !working, let ask = part.answer.ask else { return solver.solve(part: part) }
            return unrollings.value(of: ask.value, model: solver.model(of: part), in: rubric.problem(containing: part.id)?.id ?? "",
                                    approximatesBeyondBudget: solver.mayApproximate(part))
        }
        entries = rubric.parts.map { part in
            var entry = Self.entry(for: part, solve: solve, file: rubric.file)
            if mistakes { entry.mistakeValues = Self.mistakeValues(of: part, solver: solver, rubric: rubric) }
            return entry
        }
    }

    /// A key whose entries were computed before (``AnswerKeyArchive``), one per part of
    /// `rubric` in its order.
    package init(rubric: Rubric, entries: [Entry]) {
        self.rubric = rubric
        self.entries = entries
    }

    /// The display value of each mistake of a computed part (formula mistakes are formulas).
    private static func mistakeValues(of part: Part, solver: Solver, rubric: Rubric) -> [String] {
        guard case .computed = part.answer else { return part.mistakes.map(\.ask.text) }
        return part.mistakes.map { mistake in
            switch solver.evaluate(mistake, of: part) {
            case .success(let solved): return ValueFormatting.solved(solved.value)
            case .failure(let error): return "cannot be computed: \(error.message)"
            }
        }
    }

    /// The entries whose key could not be computed.
    package var failures: [Entry] { entries.filter { $0.failure != nil } }

    /// The entry of the part with qualified id `id`.
    package func entry(_ id: String) -> Entry? { entries.first { $0.part.id == id } }

    private static func entry(for part: Part, solve: (Part) -> Result<SolvedAnswer, SolverError>, file: String) -> Entry {
        switch part.answer {
        case .computed(_, let ask?, _), .interval(let ask?, _):
            return solvedEntry(for: part, ask: ask, solve: solve, file: file)
        case .computed(_, nil, let key), .interval(nil, let key):
            return Entry(part: part, display: key)
        case .choice(let choice):
            guard let ask = choice.ask else { return Entry(part: part, display: choice.key.joined(separator: " ")) }
            return solvedEntry(for: part, ask: ask, solve: solve, file: file)
        case .formula(let formula):
            return Entry(part: part, display: formula.key.text)
        case .design(let design):
            return Entry(part: part, display: "any parameters (\(design.free.joined(separator: ", "))) that make the network behave as specified")
        case .manual(let criteria):
            return Entry(part: part, display: criteria.isEmpty ? nil : criteria)
        }
    }

    /// The entry of a part whose key the solver computes from `ask`.
    private static func solvedEntry(for part: Part, ask: Located<Expr>, solve: (Part) -> Result<SolvedAnswer, SolverError>, file: String) -> Entry {
        switch solve(part) {
        case .success(let solved):
            return Entry(part: part, solved: solved, display: ValueFormatting.solved(solved.value))
        case .failure(let error):
            return Entry(part: part, failure: error.diagnostic(in: ask, file: file))
        }
    }
}

extension SolverError {
    /// The error located in `file`: at the offending part of the ask, or of the model element
    /// (equation, quantity, parameter) where the error arose.
    package func diagnostic(in ask: Located<Expr>, file: String) -> Diagnostic {
        let start = origin ?? SourcePosition(line: ask.line, column: ask.column)
        return Diagnostic(file: file, line: start.line, column: start.column + (range?.lowerBound ?? 0), message: message)
    }
}
