import Foundation

/// Group commit: checks that arrive while a commit is being written wait together and go into
/// the next transaction as one, so the disk's flush is paid once per group rather than once
/// per check, and each check is still answered only after the commit that holds it.
///
/// The first waiter of an empty queue starts a flusher; the flusher commits everything queued,
/// then whatever queued up during that commit, and stops when the queue is empty.
final class GroupCommit<Item: Sendable, Outcome: Sendable>: @unchecked Sendable {
    /// Writes a group in one transaction, returning each item's outcome in order.
    typealias Writer = @Sendable ([Item]) async throws -> [Outcome]

    private struct Waiter {
        let item: Item
        let continuation: CheckedContinuation<Outcome, any Error>
    }

    private let write: Writer
    // Guarded by `lock`.
    private var queued: [Waiter] = []
    private var flushing = false
    private let lock = NSLock()

    /// A group committer writing with `write`.
    init(write: @escaping Writer) { self.write = write }

    /// Commits `item` with whatever else is waiting, and returns its outcome once committed.
    func commit(_ item: Item) async throws -> Outcome {
        try await withCheckedThrowingContinuation { continuation in
            let startFlusher = lock.withLock {
                queued.append(Waiter(item: item, continuation: continuation))
                defer { flushing = true }
                return !flushing
            }
            if startFlusher { Task { await self.flush() } }
        }
    }

    private func flush() async {
        while true {
            let group: [Waiter] = lock.withLock {
                let taken = queued
                queued = []
                if taken.isEmpty { flushing = false }
                return taken
            }
            guard !group.isEmpty else { return }
            do {
                let outcomes = try await write(group.map(\.item))
                for (waiter, outcome) in zip(group, outcomes) { waiter.continuation.resume(returning: outcome) }
            } catch {
                for waiter in group { waiter.continuation.resume(throwing: error) }
            }
        }
    }
}
