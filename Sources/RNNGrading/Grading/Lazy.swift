import Foundation

/// A value computed on first use, once, from any thread; later reads return the same value.
final class Lazy<Value: Sendable>: @unchecked Sendable {
    // `lock` guards `stored`; `compute` is called at most once, under the lock.
    private let lock = NSLock()
    private var stored: Value?
    private let compute: @Sendable () -> Value

    init(_ compute: @escaping @Sendable () -> Value) {
        self.compute = compute
    }

    var value: Value {
        lock.lock(); defer { lock.unlock() }
        if let stored { return stored }
        let made = compute()
        stored = made
        return made
    }
}
