import NIOCore

/// One record of `__consumer_offsets` as the coordinator writes and replays it (Kafka's
/// `GroupCoordinatorRecordSerde`): the key starts with an int16 record type (1: offset commit,
/// 2: group metadata; 0 is the legacy offset-commit key, still read), the value with an int16
/// version; a null value is a tombstone. Kafka 3.x writes OffsetCommitKey v1, OffsetCommitValue
/// v3 (v1 when the commit carries an expire timestamp), GroupMetadataKey v2 and
/// GroupMetadataValue v3, and so does this broker.
package enum OffsetsTopicRecord: Sendable, Equatable {
    case offsetCommit(group: String, topicPartition: TopicPartition, value: OffsetCommitValue?)
    case groupMetadata(group: String, value: GroupMetadataValue?)

    package static let offsetCommitKeyVersion: Int16 = 1
    package static let groupMetadataKeyVersion: Int16 = 2
    package static let groupMetadataValueVersion: Int16 = 3

    /// The value version Kafka picks for an offset commit.
    package static func offsetCommitValueVersion(_ value: OffsetCommitValue) -> Int16 {
        value.expireTimestamp >= 0 ? 1 : 3
    }

    /// The record's key bytes.
    package var key: ByteBuffer {
        var buffer = ByteBuffer()
        switch self {
        case .offsetCommit(let group, let topicPartition, _):
            buffer.writeInteger(Self.offsetCommitKeyVersion)
            var key = OffsetCommitKey()
            key.group = group
            key.topic = topicPartition.topic
            key.partition = topicPartition.partition
            // Strings longer than Int16.max cannot be keys; group ids and topic names are far shorter.
            try? key.write(to: &buffer, version: Self.offsetCommitKeyVersion)
        case .groupMetadata(let group, _):
            buffer.writeInteger(Self.groupMetadataKeyVersion)
            var key = GroupMetadataKey()
            key.group = group
            try? key.write(to: &buffer, version: Self.groupMetadataKeyVersion)
        }
        return buffer
    }

    /// The record's value bytes, nil for a tombstone.
    package func value() throws(KafkaProtocolError) -> ByteBuffer? {
        switch self {
        case .offsetCommit(_, _, let value):
            guard let value else { return nil }
            var buffer = ByteBuffer()
            let version = Self.offsetCommitValueVersion(value)
            buffer.writeInteger(version)
            try value.write(to: &buffer, version: version)
            return buffer
        case .groupMetadata(_, let value):
            guard let value else { return nil }
            var buffer = ByteBuffer()
            buffer.writeInteger(Self.groupMetadataValueVersion)
            try value.write(to: &buffer, version: Self.groupMetadataValueVersion)
            return buffer
        }
    }

    /// Parses a record read back from the log; nil for a record type this coordinator does not
    /// know (Kafka skips those too).
    /// - Throws: on bytes that do not decode as the key or value their type says.
    package init?(key keyBytes: ByteBuffer?, value valueBytes: ByteBuffer?) throws(KafkaProtocolError) {
        guard var key = keyBytes else { throw .malformed("__consumer_offsets record without a key") }
        guard let type = key.readInteger(as: Int16.self) else { throw .malformed("key without a type") }
        var value = valueBytes
        let valueVersion: Int16?
        if value != nil {
            guard let version = value?.readInteger(as: Int16.self) else {
                throw .malformed("value without a version")
            }
            valueVersion = version
        } else {
            valueVersion = nil
        }
        switch type {
        case 0, 1:
            let decoded = try OffsetCommitKey(from: &key, version: type)
            var commit: OffsetCommitValue?
            if var bytes = value, let valueVersion {
                commit = try OffsetCommitValue(from: &bytes, version: valueVersion)
            }
            self = .offsetCommit(
                group: decoded.group, topicPartition: TopicPartition(decoded.topic, decoded.partition), value: commit)
        case 2:
            let decoded = try GroupMetadataKey(from: &key, version: type)
            var group: GroupMetadataValue?
            if var bytes = value, let valueVersion {
                group = try GroupMetadataValue(from: &bytes, version: valueVersion)
            }
            self = .groupMetadata(group: decoded.group, value: group)
        default:
            return nil
        }
    }

    /// A batch of records as the coordinator appends it: uncompressed, create time, no producer.
    package static func batch(_ records: [OffsetsTopicRecord], timestamp: Int64) throws -> ByteBuffer {
        var builder = RecordBatchBuilder(initialCapacity: 256)
        for record in records {
            try builder.append(timestamp: timestamp, key: record.key, value: record.value())
        }
        guard let batch = try builder.build() else { return ByteBuffer() }
        return batch.buffer
    }
}
