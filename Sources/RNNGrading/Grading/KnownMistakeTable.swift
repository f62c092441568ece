import Foundation
import RNNMath
import RNNRubric
import RNNSolver

/// The known mistakes of every part a grader grades, with their values: computed together the
/// first time any part needs them (only wrong answers and copy detection do; a variant's grader
/// asks at once, while its drawing's unrollings are at hand), so that all parts of a model
/// share one unrolling of it and of each of its built-in rewritings
/// (``Solver/knownMistakeValues(of:unrollings:)``) instead of one each. Safe to use from many threads.
final class KnownMistakeTable: @unchecked Sendable {
    /// What the table needs of one part: the part, and its key when it has one.
    struct Entry: Sendable {
        var part: Part
        var hasKey: Bool
        var key: Matrix?
    }

    private let solver: Solver
    // `lock` guards these.
    private let lock = NSLock()
    private var entries: [Entry] = []
    private var computed: [String: [(variant: MistakeVariant, value: AnswerValue)]]?
    private var unrollings: SharedUnrollings?

    /// A table for parts of `solver`'s rubric, to be filled with ``add(_:)``; its values are
    /// computed on `unrollings` when given (a drawn variant's), which it lets go of after.
    init(solver: Solver, unrollings: SharedUnrollings? = nil) {
        self.solver = solver
        self.unrollings = unrollings
    }

    /// Adds a part (before any ``mistakes(of:)`` is asked for).
    func add(_ entry: Entry) {
        lock.lock(); defer { lock.unlock() }
        entries.append(entry)
    }

    /// The known mistakes of part `id` with their values, rubric-declared first; none for a part
    /// without a key. A formula part's mistakes are formulas.
    func mistakes(of id: String) -> [(variant: MistakeVariant, value: AnswerValue)] {
        lock.lock(); defer { lock.unlock() }
        if computed == nil {
            computed = compute()
            unrollings = nil
        }
        return computed?[id] ?? []
    }

    private func compute() -> [String: [(variant: MistakeVariant, value: AnswerValue)]] {
        var result: [String: [(variant: MistakeVariant, value: AnswerValue)]] = [:]
        var evaluated: [Entry] = []
        for entry in entries where entry.hasKey {
            if case .formula = entry.part.answer {
                result[entry.part.id] = solver.knownMistakes(of: entry.part).map { ($0, AnswerValue.formula($0.ask, text: "\($0.ask)")) }
            } else {
                evaluated.append(entry)
            }
        }
        let values = solver.knownMistakeValues(of: evaluated.map { ($0.part, $0.key) }, unrollings: unrollings)
        for (entry, mistakes) in zip(evaluated, values) {
            result[entry.part.id] = mistakes.compactMap { variant, value in
                guard case .success(let solved) = value, let matrix = solved.matrix else { return nil }
                return (variant, AnswerValue(matrix))
            }
        }
        return result
    }
}
