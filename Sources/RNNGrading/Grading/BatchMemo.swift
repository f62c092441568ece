import Foundation

/// Values already computed in this batch, by what they depend on: many students give the same
/// answer, and what an answer text (or a design's parameter values) earns depends on nothing
/// else. Bounded in size (past `capacity` new values are computed but not kept); safe to share
/// between grading threads.
final class BatchMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    // `lock` guards `values`.
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    /// The most values remembered.
    let capacity: Int

    init(capacity: Int = 10_000) {
        self.capacity = capacity
    }

    /// The value for `key`, computing it with `compute` the first time.
    func value(for key: Key, compute: () -> Value) -> Value {
        lock.lock()
        if let known = values[key] { lock.unlock(); return known }
        lock.unlock()
        let computed = compute()
        lock.lock(); defer { lock.unlock() }
        if values.count < capacity { values[key] = computed }
        return computed
    }
}
