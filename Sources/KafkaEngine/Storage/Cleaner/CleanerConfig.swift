/// The broker-wide settings of the log cleaner (Kafka's `CleanerConfig`), taken from the
/// `log.cleaner.*` configs. Per-topic settings (`cleanup.policy`,
/// `min.cleanable.dirty.ratio`, the compaction lags, `delete.retention.ms`) come from each log's
/// `LogConfig`.
package struct CleanerConfig: Sendable, Equatable {
    /// `log.cleaner.threads`: the dedupe and I/O buffers are divided among them.
    package var numThreads: Int
    /// `log.cleaner.dedupe.buffer.size`: memory for the offset maps of all threads.
    package var dedupeBufferSize: Int64
    /// `log.cleaner.io.buffer.load.factor`: how full an offset map gets before cleaning stops there.
    package var dedupeBufferLoadFactor: Double
    /// `log.cleaner.io.buffer.size`: read and write buffers of all threads.
    package var ioBufferSize: Int
    /// `log.cleaner.backoff.ms`: the pause of a cleaner thread that found nothing to clean.
    package var backoffMs: Int64
    /// `log.cleaner.enable`.
    package var enableCleaner: Bool

    package init(
        numThreads: Int = 1, dedupeBufferSize: Int64 = 128 << 20, dedupeBufferLoadFactor: Double = 0.9,
        ioBufferSize: Int = 512 << 10, backoffMs: Int64 = 15_000,
        enableCleaner: Bool = true
    ) {
        self.numThreads = numThreads
        self.dedupeBufferSize = dedupeBufferSize
        self.dedupeBufferLoadFactor = dedupeBufferLoadFactor
        self.ioBufferSize = ioBufferSize
        self.backoffMs = backoffMs
        self.enableCleaner = enableCleaner
    }

    package init(broker: BrokerConfig) {
        self.init(
            numThreads: Int(broker.logCleanerThreads), dedupeBufferSize: broker.logCleanerDedupeBufferSize,
            dedupeBufferLoadFactor: broker.logCleanerIoBufferLoadFactor,
            ioBufferSize: Int(broker.logCleanerIoBufferSize),
            backoffMs: broker.logCleanerBackoffMs,
            enableCleaner: broker.logCleanerEnable)
    }

    /// One thread's offset map memory: Kafka's `min(dedupeBufferSize / numThreads, Int.MaxValue)`.
    package var offsetMapMemory: Int {
        Int(min(dedupeBufferSize / Int64(max(numThreads, 1)), Int64(Int32.max)))
    }

    /// One thread's read buffer: Kafka's `ioBufferSize / numThreads / 2`. A batch larger than it is
    /// read whole with a buffer of its size (Kafka grows its buffers the same way).
    package var ioBufferSizePerThread: Int {
        max(ioBufferSize / max(numThreads, 1) / 2, RecordBatch.headerSize)
    }
}
