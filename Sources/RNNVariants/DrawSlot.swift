import RNNMath
import RNNRubric

/// One drawn datum of a problem: a parameter (one value), a sequence (one value per step), or a
/// `<data draw="seeds">` block (one seed per `np.random.seed` statement, giving every array the
/// block assigns). A model that extends another shares its drawn data: slots are told apart by
/// name and the line of the element that draws them.
struct DrawSlot: Sendable {
    /// Where a slot's values come from.
    enum Source: Sendable {
        /// `count` entries, each drawn from `support` as `draw` says.
        case entries(draw: DrawSpec, count: Int, support: [Rational])
        /// The block's arrays, evaluated with seeds drawn for its seed statements.
        case seeds(SeededDataBlock)
    }

    /// The problem's index in the rubric.
    var problem: Int
    /// The parameter or sequence name, or `<data>` for a block.
    var name: String
    /// The line of the element that draws.
    var line: Int
    /// How the values are drawn.
    var source: Source

    /// What tells the slot apart within its problem.
    var key: String { "\(name)@\(line)" }

    /// Every drawn datum of `rubric`, in document order, each once.
    static func slots(of rubric: Rubric) -> [DrawSlot] {
        var slots: [DrawSlot] = []
        var seen: Set<String> = []
        for (index, problem) in rubric.problems.enumerated() {
            for model in problem.models {
                let found = model.params.compactMap { param in param.draw.map { (param.name, 1, $0) } }
                    + (model.inputs + model.targets).compactMap { sequence in sequence.draw.map { (sequence.name, sequence.values.count, $0) } }
                var modelSlots = found.map { name, count, draw in
                    DrawSlot(problem: index, name: name, line: draw.line, source: .entries(draw: draw, count: count, support: draw.support))
                }
                modelSlots += model.seededData.map { DrawSlot(problem: index, name: "data", line: $0.line, source: .seeds($0)) }
                for slot in modelSlots where seen.insert("\(index)/\(slot.key)").inserted { slots.append(slot) }
            }
        }
        return slots
    }

    /// The slot's values drawn from `generator`.
    func draw(using generator: inout SplitMix64) throws(VariantError) -> DrawnDatum {
        switch source {
        case .entries(let draw, let count, let support):
            var values: [Matrix] = []
            do {
                for _ in 0..<count { values.append(try draw.draw(from: support, using: &generator)) }
            } catch {
                throw VariantError("line \(line): cannot draw \(name): \(error)")
            }
            return DrawnDatum(values: values)
        case .seeds(let block):
            // numpy's seeds are 32-bit: the high half of each 64-bit output.
            let seeds = block.seeds.indices.map { _ in UInt32(truncatingIfNeeded: generator.next() >> 32) }
            do {
                return DrawnDatum(values: try block.values(seeds: seeds), seeds: seeds)
            } catch {
                throw VariantError("line \(line): the <data> block cannot be evaluated with the drawn seeds \(seeds.map(String.init).joined(separator: ", ")): \(error.message)")
            }
        }
    }
}

/// What a slot drew: its values (a parameter's one, a sequence's steps, a block's arrays in the
/// order of ``SeededDataBlock/names``) and, for a block, the seeds they came from.
struct DrawnDatum: Sendable {
    var values: [Matrix]
    var seeds: [UInt32] = []
}
