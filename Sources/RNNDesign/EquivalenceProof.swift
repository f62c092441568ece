/// Explores the pairs of states the student's network and the intended behaviour reach
/// together, breadth first over the alphabet. When every reachable pair gives equal outputs on
/// every symbol, the two agree on inputs of every length; when some pair does not, the path to
/// it is the shortest counterexample (first in alphabet order among the shortest).
struct EquivalenceProof {
    let comparison: BehaviourComparison
    /// The most pairs explored before giving up (the states may be infinitely many).
    let bound: Int

    /// What the exploration found.
    enum Outcome {
        /// Every one of `states` reachable pairs agrees on every symbol.
        case equivalent(states: Int)
        /// An input on which the outputs differ, found after exploring `states` pairs.
        case counterexample(BehaviourComparison.Failure, states: Int)
        /// More than `bound` pairs are reachable, or some state holds approximate values
        /// (rounding makes equal states a coincidence): nothing is proved.
        case inconclusive
    }

    func run() throws(DesignError) -> Outcome {
        var nodes: [(pair: BehaviourComparison.Pair, parent: Int, symbol: Int)] = [(comparison.initial, -1, -1)]
        var seen: Set<BehaviourComparison.Pair> = [comparison.initial]
        guard comparison.isExact(comparison.initial) else { return .inconclusive }
        var index = 0
        while index < nodes.count {
            for symbol in comparison.alphabet.symbols.indices {
                switch try comparison.step(nodes[index].pair, symbol, after: path(to: index, in: nodes)) {
                case .differ(let expected, let received):
                    let failure = BehaviourComparison.Failure(sequence: path(to: index, in: nodes) + [symbol],
                                                              expected: expected, received: received)
                    return .counterexample(failure, states: nodes.count)
                case .agree(let next):
                    guard seen.insert(next).inserted else { continue }
                    guard nodes.count < bound, comparison.isExact(next) else { return .inconclusive }
                    nodes.append((next, index, symbol))
                }
            }
            index += 1
        }
        return .equivalent(states: nodes.count)
    }

    /// The symbols leading from the initial pair to node `index`.
    private func path(to index: Int, in nodes: [(pair: BehaviourComparison.Pair, parent: Int, symbol: Int)]) -> [Int] {
        var symbols: [Int] = []
        var current = index
        while nodes[current].parent >= 0 {
            symbols.append(nodes[current].symbol)
            current = nodes[current].parent
        }
        return symbols.reversed()
    }
}
