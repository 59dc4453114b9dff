import Synchronization

/// Hands out producer ids to this broker's InitProducerId requests from blocks the controller
/// allocates (`AllocateProducerIds`, 1000 ids a block). Invariants: an id is handed out at most once
/// in the cluster's life (blocks are committed to the metadata log before use, and a restarted broker
/// asks for a new block); the next block is fetched when 90% of the current one is used, as Kafka
/// does, so requests rarely wait for the controller.
package final class ProducerIdManager: Sendable {
    /// A block of ids: `first ..< first + count`.
    package struct Block: Sendable, Equatable {
        package var first: Int64
        package var count: Int32

        package init(first: Int64, count: Int32) {
            self.first = first
            self.count = count
        }
    }

    /// Asks the controller for a new block, or returns the error it answered with.
    package typealias AllocateBlock = @Sendable () async -> Result<Block, ErrorCode>

    private struct State {
        var current: Block?
        var next: Int64 = 0
        var prefetched: Block?
        var fetching = false
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let allocate: AllocateBlock
    private let state = Mutex(State())

    package init(allocate: @escaping AllocateBlock) {
        self.allocate = allocate
    }

    /// The next unused producer id, or the controller's error.
    package func generateProducerId() async -> Result<Int64, ErrorCode> {
        for _ in 0..<3 {
            enum Step { case id(Int64, prefetch: Bool), fetch, wait }
            let step = state.withLock { state -> Step in
                if state.current == nil || state.next >= state.current!.first + Int64(state.current!.count) {
                    if let prefetched = state.prefetched {
                        state.current = prefetched
                        state.next = prefetched.first
                        state.prefetched = nil
                    } else if state.fetching {
                        return .wait
                    } else {
                        state.fetching = true
                        return .fetch
                    }
                }
                let block = state.current!
                let id = state.next
                state.next += 1
                let used = state.next - block.first
                let shouldPrefetch = !state.fetching && state.prefetched == nil && used * 10 >= Int64(block.count) * 9
                if shouldPrefetch { state.fetching = true }
                return .id(id, prefetch: shouldPrefetch)
            }
            switch step {
            case .id(let id, let prefetch):
                if prefetch { Task { _ = await fetchBlock() } }
                return .success(id)
            case .fetch:
                if case .failure(let error) = await fetchBlock() { return .failure(error) }
            case .wait:
                await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                    let resumeNow = state.withLock { state -> Bool in
                        guard state.fetching else { return true }
                        state.waiters.append(continuation)
                        return false
                    }
                    if resumeNow { continuation.resume() }
                }
            }
        }
        return .failure(.coordinatorLoadInProgress)
    }

    private func fetchBlock() async -> Result<Block, ErrorCode> {
        let result = await allocate()
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            if case .success(let block) = result { state.prefetched = block }
            state.fetching = false
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
        return result
    }
}
