import RNNMath

/// The student's network and the intended behaviour run side by side over an alphabet.
struct BehaviourComparison {
    let student: StepMachine
    let intended: StepMachine
    let reading: OutputReading
    let alphabet: Alphabet

    /// A pair of states, one per machine: a node of the product automaton.
    struct Pair: Hashable {
        let student: StepState
        let intended: StepState

        /// Whether both states hold exact values only.
        var isExact: Bool { student.isExact && intended.isExact }
    }

    /// An input whose last step is the first where the outputs differ.
    struct Failure {
        let sequence: [Int]
        let expected: Matrix
        let received: Matrix

        /// Whether this failure comes before `other`: shorter, or as long and first in alphabet order.
        func precedes(_ other: Failure) -> Bool {
            sequence.count != other.sequence.count ? sequence.count < other.sequence.count
                : sequence.lexicographicallyPrecedes(other.sequence)
        }
    }

    /// Both machines' initial states.
    var initial: Pair { Pair(student: student.initial, intended: intended.initial) }

    /// One step of both machines from `pair` on `symbol`: the next pair, or both outputs when they differ.
    func step(_ pair: Pair, _ symbol: Int) throws(DesignError) -> Outcome {
        let s = try student.step(pair.student, symbol)
        let r = try intended.step(pair.intended, symbol)
        guard reading.agrees(expected: r.output, received: s.output) else {
            return .differ(expected: r.output, received: s.output)
        }
        return .agree(Pair(student: s.next, intended: r.next))
    }

    /// What one step of both machines shows.
    enum Outcome {
        /// The outputs agree; the machines go on from this pair.
        case agree(Pair)
        /// The outputs differ.
        case differ(expected: Matrix, received: Matrix)
    }

    /// The counterexample a failure is shown as.
    func counterexample(_ failure: Failure) -> Counterexample {
        Counterexample(input: alphabet.text(failure.sequence), step: failure.sequence.count,
                       expected: reading.expectedText(failure.expected), received: reading.receivedText(failure.received))
    }

}
