import Synchronization
import Testing

@testable import KafkaEngine

@Suite struct DelayedOperationPurgatoryTests {
    static let key = TopicPartition("t", 0)

    @Test func onTheBrokersSchedulerAWaiterExpiresOrIsCompletedByAnEvent() async throws {
        let scheduler = TaskScheduler()
        defer { scheduler.shutdown() }
        let purgatory = DelayedOperationPurgatory<String>(name: "Test", scheduler: scheduler)
        let ready = Mutex(false)

        // Nothing happens: the deadline answers.
        let expired = await purgatory.waitUntilComplete(
            keys: [Self.key], timeoutMs: 20, tryComplete: { ready.withLock { $0 } ? "done" : nil },
            onExpiration: { "expired" })
        #expect(expired == "expired")

        // An event on the key completes the waiter long before its deadline.
        let waiting = Task {
            await purgatory.waitUntilComplete(
                keys: [Self.key], timeoutMs: 60_000, tryComplete: { ready.withLock { $0 } ? "done" : nil },
                onExpiration: { "expired" })
        }
        while purgatory.pendingCount == 0 { try await Task.sleep(nanoseconds: 1_000_000) }
        #expect(purgatory.checkAndComplete(TopicPartition("other", 0)) == 0)
        #expect(purgatory.checkAndComplete(Self.key) == 0)
        ready.withLock { $0 = true }
        #expect(purgatory.checkAndComplete(Self.key) == 1)
        #expect(await waiting.value == "done")
        #expect(purgatory.pendingCount == 0)
    }

    @Test func shutdownAnswersEveryWaiterAndLaterOnesAtOnce() async throws {
        let clock = ManualClock()
        let purgatory = DelayedOperationPurgatory<Int>(name: "Test", scheduler: ManualScheduler(clock: clock))
        let waiting = Task {
            await purgatory.waitUntilComplete(
                keys: [Self.key], timeoutMs: 1000, tryComplete: { nil }, onExpiration: { 7 })
        }
        while purgatory.pendingCount == 0 { try await Task.sleep(nanoseconds: 1_000_000) }
        purgatory.shutdown()
        #expect(await waiting.value == 7)
        let later = await purgatory.waitUntilComplete(
            keys: [Self.key], timeoutMs: 1000, tryComplete: { nil }, onExpiration: { 8 })
        #expect(later == 8)
    }
}
