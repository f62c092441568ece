import RNNMath
import RNNRubric

/// One drawn datum of a problem: a parameter (one value) or a sequence (one value per step).
/// A model that extends another shares its drawn data: slots are told apart by name and the
/// line of the element that draws them.
struct DrawSlot: Sendable {
    /// The problem's index in the rubric.
    var problem: Int
    /// The parameter or sequence name.
    var name: String
    /// How many values: 1 for a parameter, the number of steps for a sequence.
    var count: Int
    /// How each value is drawn.
    var draw: DrawSpec
    /// The values an entry can take (computed once).
    var support: [Rational]

    /// What tells the slot apart within its problem.
    var key: String { "\(name)@\(draw.line)" }

    /// Every drawn datum of `rubric`, in document order, each once.
    static func slots(of rubric: Rubric) -> [DrawSlot] {
        var slots: [DrawSlot] = []
        var seen: Set<String> = []
        for (index, problem) in rubric.problems.enumerated() {
            for model in problem.models {
                let found = model.params.compactMap { param in param.draw.map { (param.name, 1, $0) } }
                    + (model.inputs + model.targets).compactMap { sequence in sequence.draw.map { (sequence.name, sequence.values.count, $0) } }
                for (name, count, draw) in found {
                    let slot = DrawSlot(problem: index, name: name, count: count, draw: draw, support: draw.support)
                    if seen.insert("\(index)/\(slot.key)").inserted { slots.append(slot) }
                }
            }
        }
        return slots
    }

    /// The slot's values drawn from `generator`.
    func draw(using generator: inout SplitMix64) throws(MathError) -> [Matrix] {
        var values: [Matrix] = []
        for _ in 0..<count { values.append(try draw.draw(from: support, using: &generator)) }
        return values
    }
}
