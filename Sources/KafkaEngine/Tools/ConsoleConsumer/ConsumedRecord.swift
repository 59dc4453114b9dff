import NIOCore

/// A record as `console-consumer` prints it: Kafka's `ConsumerRecord` of byte arrays. Key, value
/// and header values are slices of the fetched batch (no copy).
package struct ConsumedRecord: Sendable, Equatable {
    package var topic: String
    package var partition: Int32
    package var offset: Int64
    package var timestamp: Int64
    /// `nil` is Kafka's `NO_TIMESTAMP_TYPE` (pre-v1 messages; never from a v2 batch).
    package var timestampType: TimestampType?
    package var key: ByteBuffer?
    package var value: ByteBuffer?
    package var headers: [RecordHeader]
    /// The batch's partition leader epoch, when known.
    package var leaderEpoch: Int32?
    /// Share-group delivery count (`print.delivery`); console-consumer's records have none.
    package var deliveryCount: Int16?

    package init(
        topic: String, partition: Int32, offset: Int64, timestamp: Int64, timestampType: TimestampType? = .createTime,
        key: ByteBuffer?, value: ByteBuffer?, headers: [RecordHeader] = [], leaderEpoch: Int32? = nil,
        deliveryCount: Int16? = nil
    ) {
        self.topic = topic
        self.partition = partition
        self.offset = offset
        self.timestamp = timestamp
        self.timestampType = timestampType
        self.key = key
        self.value = value
        self.headers = headers
        self.leaderEpoch = leaderEpoch
        self.deliveryCount = deliveryCount
    }

    /// A record of a fetched batch.
    package init(
        topic: String, partition: Int32, record: Record, timestampType: TimestampType, leaderEpoch: Int32? = nil
    ) {
        self.init(
            topic: topic, partition: partition, offset: record.offset, timestamp: record.timestamp,
            timestampType: timestampType, key: record.key, value: record.value, headers: record.headers,
            leaderEpoch: leaderEpoch)
    }
}

/// Appending numbers and bytes to an output buffer without building Strings.
extension Array where Element == UInt8 {
    @inlinable
    mutating func appendDecimal<T: BinaryInteger>(_ value: T) {
        if value < 0 {
            append(UInt8(ascii: "-"))
            // The magnitude of the most negative value does not fit in T; go through UInt64.
            appendUnsigned(UInt64(value.magnitude))
        } else {
            appendUnsigned(UInt64(value))
        }
    }

    @inlinable
    mutating func appendUnsigned(_ value: UInt64) {
        var count = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            count += 1
        }
        let start = self.count
        append(contentsOf: repeatElement(UInt8(ascii: "0"), count: count))
        rest = value
        withUnsafeMutableBufferPointer { out in
            var i = start + count
            while i > start {
                i -= 1
                out[i] = UInt8(truncatingIfNeeded: rest % 10) &+ UInt8(ascii: "0")
                rest /= 10
            }
        }
    }

    @inlinable
    mutating func append(_ buffer: ByteBuffer) {
        buffer.withUnsafeReadableBytes { append(contentsOf: $0) }
    }
}
