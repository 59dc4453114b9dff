/// Counters a `KafkaProducer` keeps since it started, named after the Java producer's
/// `producer-metrics` they match (totals and extremes only: the Java client's windowed rates are
/// not kept). Updated under the producer's lock where the event happens anyway.
package struct ProducerMetrics: Sendable, Equatable {
    /// Batches sent for the first time (`batch-size-avg` is `batchBytes / batches`).
    package var batches = 0
    /// Bytes of those batches as sent (after compression).
    package var batchBytes = 0
    /// The largest batch sent, in bytes (`batch-size-max`).
    package var batchBytesMax = 0
    /// Records in batches sent for the first time (`record-send-total`).
    package var recordsSent = 0
    /// Records whose delivery failed for good (`record-error-total`).
    package var recordErrors = 0
    /// Records in batches sent again after a retriable error (`record-retry-total`).
    package var recordRetries = 0
    /// Produce requests sent (`request-total`, Produce only).
    package var requests = 0
    /// Produce requests answered (or failed) with a measured round trip.
    package var timedRequests = 0
    /// Sum and largest of those round trips, in nanoseconds (`request-latency-avg`, `-max`).
    package var requestLatencyNanos: Int64 = 0
    package var requestLatencyMaxNanos: Int64 = 0

    package init() {}
}
