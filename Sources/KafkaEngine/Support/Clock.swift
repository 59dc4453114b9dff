#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Wall-clock and monotonic time, injected everywhere time matters (retention, roll, session
/// timeouts, delayed operations) so tests can move time by hand (Kafka's `Time` / `MockTime`).
package protocol KafkaClock: Sendable {
    /// Milliseconds since the Unix epoch (record timestamps, retention, file names).
    func milliseconds() -> Int64
    /// A monotonic reading in nanoseconds, for durations and deadlines.
    func nanoseconds() -> Int64
}

/// The machine's clocks.
package struct SystemClock: KafkaClock {
    package init() {}

    package func milliseconds() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1000 + Int64(ts.tv_nsec) / 1_000_000
    }

    package func nanoseconds() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }
}

/// A clock that only moves when told to. Both readings advance together.
package final class ManualClock: KafkaClock {
    private let state: Mutex<(ms: Int64, ns: Int64)>

    package init(milliseconds: Int64 = 1_700_000_000_000) {
        self.state = Mutex((milliseconds, 0))
    }

    package func milliseconds() -> Int64 { state.withLock { $0.ms } }
    package func nanoseconds() -> Int64 { state.withLock { $0.ns } }

    package func advance(milliseconds: Int64) {
        state.withLock {
            $0.ms += milliseconds
            $0.ns += milliseconds * 1_000_000
        }
    }

    package func set(milliseconds: Int64) {
        state.withLock {
            $0.ns += (milliseconds - $0.ms) * 1_000_000
            $0.ms = milliseconds
        }
    }
}
