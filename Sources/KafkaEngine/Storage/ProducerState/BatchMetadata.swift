/// What producer state remembers of one appended batch (Kafka's `BatchMetadata`): enough to
/// recognise a retried duplicate and answer it with the offsets it was first written at.
///
/// The first sequence and first offset are derived, so a batch whose sequences wrap past
/// `Int32.max` (first 2147483640, last 5) is stored and compared exactly as Kafka does.
package struct BatchMetadata: Equatable, Hashable, Sendable, CustomStringConvertible {
    package var lastSeq: Int32
    package var lastOffset: Int64
    /// lastOffset - firstOffset, which is also lastSeq - firstSeq (one sequence per record).
    package var offsetDelta: Int32
    /// The batch's max timestamp (CreateTime) or the broker's append time (LogAppendTime).
    package var timestamp: Int64

    package init(lastSeq: Int32, lastOffset: Int64, offsetDelta: Int32, timestamp: Int64) {
        self.lastSeq = lastSeq
        self.lastOffset = lastOffset
        self.offsetDelta = offsetDelta
        self.timestamp = timestamp
    }

    package var firstSeq: Int32 { RecordBatch.decrementSequence(lastSeq, by: offsetDelta) }

    /// Wraps like Kafka's `long` arithmetic; values read from a snapshot are not trusted.
    package var firstOffset: Int64 { lastOffset &- Int64(offsetDelta) }

    package var description: String {
        "BatchMetadata(firstSeq=\(firstSeq), lastSeq=\(lastSeq), firstOffset=\(firstOffset),"
            + " lastOffset=\(lastOffset), timestamp=\(timestamp))"
    }
}
