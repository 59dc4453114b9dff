import Foundation
import Synchronization
import Testing

@testable import KafkaEngine

/// The scheduler seam: the manual scheduler runs work at the clock's due times, in order; the real
/// one runs periodic work until cancelled and never after `shutdown()`.
@Suite struct SchedulerTests {
    @Test func manualSchedulerRunsEachTaskAtItsDueTimesInOrder() {
        let clock = ManualClock(milliseconds: 1000)
        let scheduler = ManualScheduler(clock: clock)
        let runs = Mutex<[(String, Int64)]>([])
        let record: @Sendable (String) -> Void = { name in runs.withLock { $0.append((name, clock.milliseconds())) } }
        scheduler.schedule("every-100", delayMs: 0, periodMs: 100) { record("every-100") }
        scheduler.schedule("once-at-250", delayMs: 250, periodMs: nil) { record("once-at-250") }
        let cancelled = scheduler.schedule("cancelled", delayMs: 50, periodMs: 10) { record("cancelled") }
        cancelled.cancel()
        #expect(scheduler.scheduledTaskNames == ["every-100", "once-at-250"])

        scheduler.tick()
        #expect(runs.withLock { $0.map(\.1) } == [1000], "tick runs what is due now")
        scheduler.advance(milliseconds: 300)
        let seen = runs.withLock { $0.map { "\($0.0)@\($0.1)" } }
        #expect(
            seen == [
                "every-100@1000", "every-100@1100", "every-100@1200", "once-at-250@1250", "every-100@1300",
            ])
        #expect(clock.milliseconds() == 1300)
        #expect(scheduler.scheduledTaskNames == ["every-100"])
    }

    @Test func manualSchedulerRunsTasksScheduledByTasks() {
        let clock = ManualClock(milliseconds: 0)
        let scheduler = ManualScheduler(clock: clock)
        let runs = Mutex<[Int64]>([])
        scheduler.schedule("outer", delayMs: 10, periodMs: nil) {
            scheduler.schedule("inner", delayMs: 5, periodMs: nil) { runs.withLock { $0.append(clock.milliseconds()) } }
        }
        scheduler.advance(milliseconds: 100)
        #expect(runs.withLock { $0 } == [15])
    }

    @Test func taskSchedulerRunsPeriodicWorkUntilCancelledAndNotAfterShutdown() async throws {
        let scheduler = TaskScheduler()
        let count = Mutex(0)
        let once = Mutex(0)
        let periodic = scheduler.schedule("tick", delayMs: 0, periodMs: 5) { count.withLock { $0 += 1 } }
        scheduler.schedule("once", delayMs: 1, periodMs: nil) { once.withLock { $0 += 1 } }
        // Generous: the whole suite shares two cores and tests that block pool threads on fsync.
        let deadline = ContinuousClock.now + .seconds(90)
        while count.withLock({ $0 }) < 3 || once.withLock({ $0 }) < 1 {
            guard ContinuousClock.now < deadline else {
                Issue.record("within 90 s: \(count.withLock { $0 }) periodic runs (3 expected), \(once.withLock { $0 }) one-off (1 expected)")
                break
            }
            try await Task.sleep(for: .milliseconds(5))
        }
        periodic.cancel()
        scheduler.shutdown()
        let afterShutdown = count.withLock { $0 }
        try await Task.sleep(for: .milliseconds(50))
        #expect(count.withLock { $0 } == afterShutdown, "no run after shutdown returned")
        #expect(once.withLock { $0 } == 1)
        #expect(periodic.isCancelled)
    }
}
