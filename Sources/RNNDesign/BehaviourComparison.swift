import RNNMath

/// The student's network and the intended behaviour run side by side over an alphabet.
struct BehaviourComparison {
    let student: StepMachine
    let intended: StepMachine
    let reading: OutputReading
    let alphabet: Alphabet

    /// A pair of states, one per machine: a node of the product automaton.
    struct Pair: Hashable {
        let student: StepMachine.Node
        let intended: StepMachine.Node
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

    /// Whether both states of `pair` hold exact values only.
    func isExact(_ pair: Pair) -> Bool { student.isExact(pair.student) && intended.isExact(pair.intended) }

    /// One step of both machines from `pair` on `symbol`: the next pair, or both outputs when they
    /// differ. `path`, the input before `symbol`, is only computed to name the input in an error.
    func step(_ pair: Pair, _ symbol: Int, after path: @autoclosure () -> [Int]) throws(DesignError) -> Outcome {
        let (s, r): (StepMachine.Transition, StepMachine.Transition)
        do {
            (s, r) = (try student.step(pair.student, symbol), try intended.step(pair.intended, symbol))
        } catch {
            throw error.on(input: alphabet.text(path() + [symbol]))
        }
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
