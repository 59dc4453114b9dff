import Synchronization

/// The broker-wide `max.connections` budget shared by every listener. When it is used up, a newly
/// accepted connection waits for a slot before it is served, and its listener accepts nothing more
/// meanwhile (Kafka's acceptor blocks the same way; later peers wait in the kernel's backlog). After
/// `close()`, nobody gets a slot any more.
final class ConnectionQuota: Sendable {
    private struct State {
        var available: Int
        var closed = false
        var waiters: [CheckedContinuation<Bool, Never>] = []
    }

    private let state: Mutex<State>

    /// `limit` nil means no limit.
    init(limit: Int?) {
        state = Mutex(State(available: limit.map { max($0, 0) } ?? Int.max))
    }

    /// Waits for a slot; false once the quota is closed (the server is shutting down).
    func acquire() async -> Bool {
        await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            let granted: Bool? = state.withLock { state in
                if state.closed { return false }
                if state.available > 0 {
                    state.available -= 1
                    return true
                }
                state.waiters.append(continuation)
                return nil
            }
            if let granted { continuation.resume(returning: granted) }
        }
    }

    /// Gives a slot back; a waiting listener takes it over.
    func release() {
        let waiter: CheckedContinuation<Bool, Never>? = state.withLock { state in
            if !state.closed, !state.waiters.isEmpty { return state.waiters.removeFirst() }
            state.available += 1
            return nil
        }
        waiter?.resume(returning: true)
    }

    /// Refuses every later `acquire` and wakes the waiting ones with false.
    func close() {
        let waiters = state.withLock { state in
            state.closed = true
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume(returning: false) }
    }
}
