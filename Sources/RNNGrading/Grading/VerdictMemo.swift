import Foundation
import RNNMath
import RNNSolver

/// Design verdicts already computed in this batch, by the student's parameter values: many
/// students submit the same weights, and a verdict depends on nothing else. Bounded in size;
/// safe to share between grading threads.
final class VerdictMemo: @unchecked Sendable {
    // `lock` guards `verdicts`.
    private let lock = NSLock()
    private var verdicts: [[String: Matrix]: Result<DesignVerdict, DesignError>] = [:]
    /// The most parameter sets remembered.
    static let capacity = 10_000

    /// The verdict for `parameters`, computing it with `check` the first time.
    func verdict(for parameters: [String: Matrix],
                 check: () -> Result<DesignVerdict, DesignError>) -> Result<DesignVerdict, DesignError> {
        lock.lock()
        if let known = verdicts[parameters] { lock.unlock(); return known }
        lock.unlock()
        let computed = check()
        lock.lock(); defer { lock.unlock() }
        if verdicts.count < Self.capacity { verdicts[parameters] = computed }
        return computed
    }
}
