import NIOCore

/// One record for `KafkaProducer.send(topic:records:)`: Kafka's `ProducerRecord` without the topic.
/// Key, value and header values are shared, not copied.
package struct ProducerRecord: Sendable, Equatable {
    package var key: ByteBuffer?
    package var value: ByteBuffer?
    package var headers: [RecordHeader]
    /// nil: murmur2 of the key, or the sticky partition for a record without a key.
    package var partition: Int32?
    /// nil: the producer's clock when the record is appended.
    package var timestamp: Int64?

    package init(
        key: ByteBuffer?, value: ByteBuffer?, headers: [RecordHeader] = [], partition: Int32? = nil,
        timestamp: Int64? = nil
    ) {
        self.key = key
        self.value = value
        self.headers = headers
        self.partition = partition
        self.timestamp = timestamp
    }
}

/// What `KafkaProducer.send(topic:records:)` did with a run of records: the records before
/// `stoppedAt` were each either accepted (their delivery outcome comes from `flush()`) or
/// rejected on their own; from `stoppedAt` on none was taken.
package struct ProducerSendOutcome: Sendable {
    /// Records placed in the accumulator.
    package var accepted = 0
    /// Records refused one by one (larger than max.request.size or buffer.memory, a partition out
    /// of range), by index in the run, in order.
    package var rejected: [(index: Int, error: KafkaClientError)] = []
    /// Why the rest of the run was not taken: no metadata within max.block.ms, or a producer that
    /// is closed or has failed.
    package var stopped: KafkaClientError?
    /// The index of the first record not taken (the run's count when `stopped` is nil).
    package var stoppedAt = 0

    package init() {}
}
