import Dispatch
import Synchronization

/// Runs background work at times read from a `KafkaClock` (Kafka's `Scheduler`): the log manager's
/// flusher, checkpoints and retention. Tests use `ManualScheduler`, which runs work only when told.
package protocol Scheduler: Sendable {
    /// Runs `work` once `delayMs` from now, then, when `periodMs` is given, every `periodMs` (at a
    /// fixed rate, as Java's `scheduleAtFixedRate`; runs missed while one ran long are not made up).
    /// Runs of one task never overlap. `periodMs` must be positive.
    @discardableResult
    func schedule(_ name: String, delayMs: Int64, periodMs: Int64?, _ work: @escaping @Sendable () -> Void)
        -> ScheduledTask
}

/// A task given to a `Scheduler`; `cancel()` stops the runs not yet started.
package final class ScheduledTask: Sendable, CustomStringConvertible {
    package let name: String
    private let state = Mutex<(cancelled: Bool, onCancel: (@Sendable () -> Void)?)>((false, nil))

    package init(name: String) {
        self.name = name
    }

    package var isCancelled: Bool { state.withLock { $0.cancelled } }

    package func cancel() {
        let onCancel = state.withLock { state -> (@Sendable () -> Void)? in
            guard !state.cancelled else { return nil }
            state.cancelled = true
            defer { state.onCancel = nil }
            return state.onCancel
        }
        onCancel?()
    }

    /// What `cancel()` must also do (stop a sleeping task); run at once when already cancelled.
    func onCancel(_ action: @escaping @Sendable () -> Void) {
        let cancelled = state.withLock { state -> Bool in
            if !state.cancelled { state.onCancel = action }
            return state.cancelled
        }
        if cancelled { action() }
    }

    package var description: String { "ScheduledTask(\(name)\(isCancelled ? ", cancelled" : ""))" }
}

/// Milliseconds as nanoseconds, saturating instead of overflowing (a period of `Int64.max`
/// milliseconds means "never").
private func nanoseconds(milliseconds: Int64) -> Int64 {
    let (product, overflow) = max(0, milliseconds).multipliedReportingOverflow(by: 1_000_000)
    return overflow ? Int64.max : product
}

/// The scheduler of a running broker: each task is a Swift task that sleeps until its next run, as
/// measured by the clock's monotonic reading, and then hands the work to one serial dispatch queue.
/// The work may block on file I/O (fsync, unlink), which must not hold a thread of Swift's
/// cooperative pool; the serial queue also means that two tasks never run at once (Kafka's
/// `background.threads` pool runs them in parallel; on two cores one thread serves).
package final class TaskScheduler: Scheduler {
    private let clock: any KafkaClock
    private let queue: DispatchQueue
    private let tasks = Mutex<[ScheduledTask]>([])

    package init(clock: any KafkaClock = SystemClock(), label: String = "kafka-scheduler") {
        self.clock = clock
        self.queue = DispatchQueue(label: label)
    }

    @discardableResult
    package func schedule(_ name: String, delayMs: Int64, periodMs: Int64?, _ work: @escaping @Sendable () -> Void)
        -> ScheduledTask
    {
        let handle = ScheduledTask(name: name)
        tasks.withLock {
            $0.removeAll { $0.isCancelled }
            $0.append(handle)
        }
        let clock = self.clock
        let queue = self.queue
        let task = Task.detached {
            var due = clock.nanoseconds().addingReportingOverflow(nanoseconds(milliseconds: delayMs))
            if due.overflow { return }
            while !handle.isCancelled {
                let wait = due.partialValue - clock.nanoseconds()
                if wait > 0 {
                    // Woken early or late, the loop looks at the clock again.
                    try? await Task.sleep(nanoseconds: UInt64(min(wait, 60_000_000_000)))
                    continue
                }
                await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
                    queue.async {
                        if !handle.isCancelled { work() }
                        done.resume()
                    }
                }
                guard let periodMs else {
                    // A one-shot task is done: forget it, so a busy caller's list stays short.
                    self.tasks.withLock { $0.removeAll { $0 === handle } }
                    return
                }
                due = due.partialValue.addingReportingOverflow(nanoseconds(milliseconds: max(1, periodMs)))
                if due.overflow { return }
                let now = clock.nanoseconds()
                if due.partialValue < now { due.partialValue = now }
            }
        }
        handle.onCancel { task.cancel() }
        return handle
    }

    /// Cancels every task, then waits for a run in progress to end. Must not be called from a
    /// task's work.
    package func shutdown() {
        let all = tasks.withLock { tasks -> [ScheduledTask] in
            defer { tasks.removeAll() }
            return tasks
        }
        for task in all { task.cancel() }
        queue.sync {}
    }
}

/// A scheduler for tests (Kafka's `MockScheduler`): work runs only inside `tick()` or
/// `advance(milliseconds:)`, on the caller's thread, at the times of a `ManualClock`.
package final class ManualScheduler: Scheduler {
    private struct Entry {
        var handle: ScheduledTask
        var dueMs: Int64
        var periodMs: Int64?
        var sequence: Int
        var work: @Sendable () -> Void
    }

    package let clock: ManualClock
    private let entries = Mutex<(list: [Entry], nextSequence: Int)>(([], 0))

    package init(clock: ManualClock) {
        self.clock = clock
    }

    @discardableResult
    package func schedule(_ name: String, delayMs: Int64, periodMs: Int64?, _ work: @escaping @Sendable () -> Void)
        -> ScheduledTask
    {
        let handle = ScheduledTask(name: name)
        let due = clock.milliseconds().addingReportingOverflow(max(0, delayMs))
        entries.withLock { entries in
            entries.list.append(
                Entry(
                    handle: handle, dueMs: due.overflow ? Int64.max : due.partialValue,
                    periodMs: periodMs.map { max(1, $0) },
                    sequence: entries.nextSequence, work: work))
            entries.nextSequence += 1
        }
        return handle
    }

    /// The names of the tasks still scheduled, by due time.
    package var scheduledTaskNames: [String] {
        entries.withLock { entries in
            entries.list.filter { !$0.handle.isCancelled }.sorted { ($0.dueMs, $0.sequence) < ($1.dueMs, $1.sequence) }
                .map(\.handle.name)
        }
    }

    /// Runs every task due by the clock's time, earliest first; a periodic task runs once for each
    /// of its due times passed.
    package func tick() {
        while let entry = takeNextDue(by: clock.milliseconds()) { entry.work() }
    }

    /// Moves the clock forward by `milliseconds`, stopping at each due time on the way to run what
    /// is due then.
    package func advance(milliseconds: Int64) {
        let target = clock.milliseconds() + milliseconds
        while let entry = takeNextDue(by: target) {
            if entry.dueMs > clock.milliseconds() { clock.set(milliseconds: entry.dueMs) }
            entry.work()
        }
        if target > clock.milliseconds() { clock.set(milliseconds: target) }
    }

    /// Removes the earliest task due by `limit`, putting a periodic one back at its next time.
    private func takeNextDue(by limit: Int64) -> Entry? {
        entries.withLock { entries -> Entry? in
            entries.list.removeAll { $0.handle.isCancelled }
            guard
                let index = entries.list.indices.filter({ entries.list[$0].dueMs <= limit })
                    .min(by: {
                        (entries.list[$0].dueMs, entries.list[$0].sequence) < (
                            entries.list[$1].dueMs, entries.list[$1].sequence
                        )
                    })
            else { return nil }
            let entry = entries.list[index]
            if let period = entry.periodMs {
                let next = entry.dueMs.addingReportingOverflow(period)
                entries.list[index].dueMs = next.overflow ? Int64.max : next.partialValue
            } else {
                entries.list.remove(at: index)
            }
            return entry
        }
    }
}
