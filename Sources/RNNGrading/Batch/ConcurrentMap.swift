import Dispatch
import Foundation

extension RandomAccessCollection where Index == Int, Element: Sendable, Self: Sendable {
    /// `transform` of every element, computed on every core and returned in order (so the
    /// result does not depend on the number of cores).
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        let start = startIndex
        DispatchQueue.concurrentPerform(iterations: count) { offset in
            slots.set(offset, transform(self[start + offset]))
        }
        return slots.all
    }
}

/// Results written from many threads, one slot each.
private final class Slots<T: Sendable>: @unchecked Sendable {
    // `lock` guards `values`.
    private let lock = NSLock()
    private var values: [T?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) {
        lock.lock(); defer { lock.unlock() }
        values[index] = value
    }

    var all: [T] {
        lock.lock(); defer { lock.unlock() }
        return values.map { $0! }
    }
}
