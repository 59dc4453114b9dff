/// Kafka's `ThroughputThrottler`: `shouldThrottle` says whether the sender is ahead of
/// `targetThroughput` things per second since `startMs`; `throttle` adds one interval
/// (1 / target seconds) to a sleep deficit and, once the deficit reaches 2 ms, says to sleep it off
/// (and clears it). A negative target never throttles. Kafka's target 0 (block until woken) has no
/// waker in the tool, so it is refused by the tool's validation instead.
///
/// The caller sleeps: this type holds no clock, so the arithmetic is tested without time passing.
package struct ThroughputThrottler: Sendable, Equatable {
    static let nanosPerMilli: Int64 = 1_000_000
    static let nanosPerSecond: Int64 = 1_000 * nanosPerMilli
    static let minSleepNanos: Int64 = 2 * nanosPerMilli

    package let startMs: Int64
    package let targetThroughput: Double
    /// Nanoseconds to sleep per thing sent (Java's `(long) (NS_PER_SEC / targetThroughput)`).
    package let sleepTimeNanos: Int64
    package private(set) var sleepDeficitNanos: Int64 = 0

    package init(targetThroughput: Double, startMs: Int64) {
        self.startMs = startMs
        self.targetThroughput = targetThroughput
        if targetThroughput > 0 {
            let interval = Double(Self.nanosPerSecond) / targetThroughput
            self.sleepTimeNanos = interval >= Double(Int64.max) ? Int64.max : Int64(interval)
        } else {
            self.sleepTimeNanos = Int64.max
        }
    }

    /// Whether `amountSoFar` things by `sendStartMs` is faster than the target. Java computes the
    /// elapsed seconds as a `float`; so does this.
    package func shouldThrottle(amountSoFar: Int64, sendStartMs: Int64) -> Bool {
        if targetThroughput < 0 { return false }
        let elapsedSec = Float(sendStartMs - startMs) / Float(1000)
        return elapsedSec > 0 && Double(amountSoFar) / Double(elapsedSec) > targetThroughput
    }

    /// The nanoseconds to sleep now (nil: not yet; the deficit keeps growing).
    package mutating func throttle() -> Int64? {
        let (sum, overflow) = sleepDeficitNanos.addingReportingOverflow(sleepTimeNanos)
        sleepDeficitNanos = overflow ? Int64.max : sum
        guard sleepDeficitNanos >= Self.minSleepNanos else { return nil }
        defer { sleepDeficitNanos = 0 }
        return sleepDeficitNanos
    }
}
