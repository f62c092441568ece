import RNNExpr
import RNNMath

/// Scores a formula by evaluating it and the key at seeded random points.
///
/// The variables are the key's names (less `pi`/`π`) in sorted order; each point gives every
/// variable a value from the ``FormulaDomain``. A point where the key cannot be evaluated or
/// is not finite is skipped; at every other point the student's value must match the key's
/// under the tolerance (`.exact` falls back to ``Tolerance/standard``, as values are doubles).
/// All points matching is full credit; any mismatch, an unknown variable or function, or no
/// usable point is zero, with a sentence naming the first point that differs.
package enum FormulaScoring {
    /// The score of `student` against `key`.
    package static func score(_ student: Expr, key: Expr, tolerance: Tolerance, domain: FormulaDomain = FormulaDomain()) -> Score {
        let names = variables(in: key).sorted()
        let unknown = variables(in: student).subtracting(names).sorted()
        if let name = unknown.first {
            return .zero("the formula uses ‘\(name)’, which is not a variable of this question")
        }
        let comparison = tolerance.mode == .exact ? Tolerance.standard : tolerance
        var generator = SplitMix64(seed: domain.seed)
        var usable = 0
        for _ in 0..<domain.samples {
            var point: [String: Double] = [:]
            for name in names { point[name] = domain.draw(using: &generator) }
            let evaluator = FormulaEvaluator(variables: point)
            guard let expected = try? evaluator.evaluate(key), expected.isFinite else { continue }
            usable += 1
            let got: Double
            do {
                got = try evaluator.evaluate(student)
            } catch {
                return .zero(error.message)
            }
            if ScalarMatch.of(.approx(got), key: .approx(expected), tolerance: comparison) != .within {
                return .zero("the formula differs from the expected one at \(describe(point, names: names))")
            }
        }
        return usable > 0 ? .full : .zero("the formula could not be checked: the key has no finite value in the sampled domain")
    }

    /// The names used as variables in `expression`: every name except constants and called functions.
    static func variables(in expression: Expr) -> Set<String> {
        var names: Set<String> = []
        var pending = [expression]
        while let node = pending.popLast() {
            if case let .name(name) = node.kind, name != "pi", name != "π" { names.insert(name) }
            pending.append(contentsOf: node.children)
        }
        return names
    }

    /// `x1 = 0.25, x2 = -1.5`, rounded to four decimals for reading.
    static func describe(_ point: [String: Double], names: [String]) -> String {
        guard !names.isEmpty else { return "every point" }
        return names.map { name in
            let value = point[name] ?? 0
            return "\(name) = \((value * 10_000).rounded() / 10_000)"
        }.joined(separator: ", ")
    }
}
