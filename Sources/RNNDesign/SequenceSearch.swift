import RNNMath
/// Runs the comparison on every input sequence up to a length, sharing prefixes: the sequence
/// tree is walked depth first, so each prefix's state is computed once and extended by every symbol.
///
/// The failure kept is the shortest, and among the shortest the first in alphabet order: the walk
/// visits each length in alphabet order, and after a failure of length n looks only at shorter ones.
struct SequenceSearch {
    let comparison: BehaviourComparison

    /// Checks every sequence of length 1…`maxLength`; returns the failure found, if any.
    func exhaustive(maxLength: Int) throws(DesignError) -> BehaviourComparison.Failure? {
        let symbolCount = comparison.alphabet.symbols.count
        var limit = maxLength
        var failure: BehaviourComparison.Failure?
        var path: [Int] = []
        var stack: [(pair: BehaviourComparison.Pair, next: Int)] = [(comparison.initial, 0)]
        while let top = stack.last {
            guard top.next < symbolCount, path.count < limit else {
                stack.removeLast()
                if !path.isEmpty { path.removeLast() }
                continue
            }
            stack[stack.count - 1].next += 1
            switch try comparison.step(top.pair, top.next, after: path) {
            case .agree(let pair):
                stack.append((pair, 0))
                path.append(top.next)
            case .differ(let expected, let received):
                failure = .init(sequence: path + [top.next], expected: expected, received: received)
                limit = path.count
            }
        }
        return failure
    }

    /// The same check without sharing prefixes: every sequence of length `maxLength` is run from
    /// the start (its prefixes are the shorter sequences). For measuring what sharing saves.
    func unshared(maxLength: Int) throws(DesignError) -> BehaviourComparison.Failure? {
        let symbolCount = comparison.alphabet.symbols.count
        var failure: BehaviourComparison.Failure?
        var sequence = [Int](repeating: 0, count: maxLength)
        while true {
            if let found = try firstFailure(sequence), failure.map(found.precedes) ?? true {
                failure = found
            }
            guard let position = sequence.lastIndex(where: { $0 < symbolCount - 1 }) else { return failure }
            sequence[position] += 1
            for later in (position + 1)..<maxLength { sequence[later] = 0 }
        }
    }

    /// Runs `count` seeded random sequences of `length` symbols; returns the shortest failing
    /// prefix among them (first in alphabet order among the shortest).
    func random(count: Int, length: Int, seed: UInt64) throws(DesignError) -> BehaviourComparison.Failure? {
        var generator = SplitMix64(seed: seed)
        let symbolCount = UInt64(comparison.alphabet.symbols.count)
        var best: BehaviourComparison.Failure?
        for _ in 0..<count {
            let sequence = (0..<length).map { _ in Int(generator.next() % symbolCount) }
            if let found = try firstFailure(sequence), best.map(found.precedes) ?? true { best = found }
        }
        return best
    }

    /// The prefix of `sequence` ending at its first failing step, if any.
    func firstFailure(_ sequence: [Int]) throws(DesignError) -> BehaviourComparison.Failure? {
        var pair = comparison.initial
        for (position, symbol) in sequence.enumerated() {
            switch try comparison.step(pair, symbol, after: Array(sequence[..<position])) {
            case .agree(let next): pair = next
            case .differ(let expected, let received):
                return .init(sequence: Array(sequence[...position]), expected: expected, received: received)
            }
        }
        return nil
    }
}
