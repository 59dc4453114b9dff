import Synchronization

/// Requests waiting for something to happen to partitions (Kafka's `DelayedOperationPurgatory`):
/// an acks=all produce waiting for the high watermark, a fetch waiting for `fetch.min.bytes`. Each
/// waiter is a suspended task watching some partitions; an event on a partition
/// (`checkAndComplete`) asks that partition's waiters whether they can finish now, and a deadline
/// on the `Scheduler` finishes the ones nothing completed. No polling: a waiter is only asked again
/// when something it watches changed.
///
/// Invariants: a waiter is resumed exactly once — by whichever of its first check, an event or its
/// deadline removes it from `waiters` first (under the lock); the result it resumes with is computed
/// outside the lock. Its deadline task is cancelled when something else completed it.
package final class DelayedOperationPurgatory<Output: Sendable>: Sendable {
    /// How a waiter looks at the world: its answer when it can finish, else nil.
    package typealias TryComplete = @Sendable () -> Output?

    private struct Waiter {
        var keys: [TopicPartition]
        var tryComplete: TryComplete
        var onExpiration: @Sendable () -> Output
        var continuation: CheckedContinuation<Output, Never>
        var expiration: ScheduledTask?
    }

    private struct State {
        var waiters: [Int: Waiter] = [:]
        var watchers: [TopicPartition: Set<Int>] = [:]
        var nextId = 0
        var isShutdown = false
    }

    package let name: String
    private let scheduler: any Scheduler
    private let state = Mutex(State())

    package init(name: String, scheduler: any Scheduler) {
        self.name = name
        self.scheduler = scheduler
    }

    /// Waiters not yet completed.
    package var pendingCount: Int { state.withLock { $0.waiters.count } }

    /// Answers with `tryComplete()` when that is ready now; otherwise waits, watching `keys`, until
    /// an event on one of them makes `tryComplete()` ready, or `timeoutMs` passes and
    /// `onExpiration()` answers (Kafka's `tryCompleteElseWatch`).
    package func waitUntilComplete(
        keys: [TopicPartition], timeoutMs: Int64, tryComplete: @escaping TryComplete,
        onExpiration: @escaping @Sendable () -> Output
    ) async -> Output {
        if let done = tryComplete() { return done }
        return await withCheckedContinuation { (continuation: CheckedContinuation<Output, Never>) in
            let id = state.withLock { state -> Int? in
                guard !state.isShutdown else { return nil }
                let id = state.nextId
                state.nextId += 1
                state.waiters[id] = Waiter(
                    keys: keys, tryComplete: tryComplete, onExpiration: onExpiration, continuation: continuation)
                for key in keys { state.watchers[key, default: []].insert(id) }
                return id
            }
            guard let id else {
                continuation.resume(returning: onExpiration())
                return
            }
            // An event between the first check and the registration would be missed: check again.
            if let done = tryComplete() {
                complete(id, with: done)
                return
            }
            let task = scheduler.schedule("\(name)-expiration", delayMs: max(0, timeoutMs), periodMs: nil) {
                [weak self] in self?.expire(id)
            }
            let alreadyDone = state.withLock { state -> Bool in
                guard state.waiters[id] != nil else { return true }
                state.waiters[id]?.expiration = task
                return false
            }
            if alreadyDone { task.cancel() }
        }
    }

    /// Asks the waiters watching `key` whether they can finish now, and resumes those that can
    /// (Kafka's `checkAndComplete`). Returns how many finished.
    @discardableResult
    package func checkAndComplete(_ key: TopicPartition) -> Int {
        let candidates = state.withLock { state -> [(Int, TryComplete)] in
            (state.watchers[key] ?? []).compactMap { id in state.waiters[id].map { (id, $0.tryComplete) } }
        }
        var completed = 0
        for (id, tryComplete) in candidates {
            if let done = tryComplete(), complete(id, with: done) { completed += 1 }
        }
        return completed
    }

    /// Finishes every waiter with its expiration answer and refuses new ones (broker shutdown).
    package func shutdown() {
        let all = state.withLock { state -> [Int] in
            state.isShutdown = true
            return Array(state.waiters.keys)
        }
        for id in all { expire(id) }
    }

    private func expire(_ id: Int) {
        guard let waiter = remove(id) else { return }
        waiter.continuation.resume(returning: waiter.onExpiration())
    }

    @discardableResult
    private func complete(_ id: Int, with output: Output) -> Bool {
        guard let waiter = remove(id) else { return false }
        waiter.expiration?.cancel()
        waiter.continuation.resume(returning: output)
        return true
    }

    private func remove(_ id: Int) -> Waiter? {
        state.withLock { state -> Waiter? in
            guard let waiter = state.waiters.removeValue(forKey: id) else { return nil }
            for key in waiter.keys {
                state.watchers[key]?.remove(id)
                if state.watchers[key]?.isEmpty == true { state.watchers[key] = nil }
            }
            return waiter
        }
    }
}
