import NIOCore

/// One record of the `__cluster_metadata` log, decoded: its type, schema version and message.
/// On disk it is a record value in Kafka's `ApiMessageAndVersion` framing as `MetadataRecordSerde`
/// writes it: unsigned varints frame version (1), record type (the schema's apiKey) and version,
/// then the message body at that version. It lives with the Raft layer because the quorum client
/// appends and hands out these records; the metadata image gives them meaning.
package struct MetadataRecord: Sendable, CustomStringConvertible {
    /// The only frame version Kafka writes or reads (`AbstractApiMessageSerde`).
    package static let frameVersion: UInt32 = 1

    package var type: MetadataRecordType
    package var version: Int16
    package var message: any KafkaMessage

    /// A record of `message`'s own type at `version`.
    package init<M: MetadataRecordMessage>(_ message: M, version: Int16) {
        self.type = M.recordType
        self.version = version
        self.message = message
    }

    /// A record whose type and message were decoded separately; `message` must be `type`'s schema.
    package init(type: MetadataRecordType, version: Int16, message: any KafkaMessage) {
        self.type = type
        self.version = version
        self.message = message
    }

    /// The message as its concrete type, nil when it is another.
    package func message<M: KafkaMessage>(as: M.Type) -> M? { message as? M }

    /// Writes the framed record (the record value in a batch).
    package func write(to buffer: inout ByteBuffer) throws(KafkaProtocolError) {
        _ = buffer.writeUnsignedVarint(Self.frameVersion)
        _ = buffer.writeUnsignedVarint(UInt32(UInt16(bitPattern: type.rawValue)))
        _ = buffer.writeUnsignedVarint(UInt32(UInt16(bitPattern: version)))
        try message.write(to: &buffer, version: version)
    }

    /// The framed record in a new buffer.
    package func encoded() throws(KafkaProtocolError) -> ByteBuffer {
        var buffer = ByteBufferAllocator().buffer(capacity: 64)
        try write(to: &buffer)
        return buffer
    }

    /// Decodes a framed record value, consuming all of it (Kafka's `MetadataRecordSerde.read`).
    /// - Throws: `malformed` for an unknown frame version or record type, a version the schema
    ///   does not define, a body that does not decode, or bytes left after it.
    package init(decoding value: ByteBuffer) throws(KafkaProtocolError) {
        var buffer = value
        let frame = try buffer.readUnsignedVarint()
        guard frame == Self.frameVersion else {
            throw .malformed("Could not deserialize metadata record due to unknown frame version \(frame)")
        }
        let apiKey = try buffer.readUnsignedVarint()
        let version = try buffer.readUnsignedVarint()
        guard apiKey <= UInt32(Int16.max), version <= UInt32(Int16.max) else {
            throw .malformed("Metadata record type \(apiKey) or version \(version) is too large")
        }
        guard let type = MetadataRecordType(rawValue: Int16(apiKey)) else {
            throw .malformed("Unknown metadata id \(apiKey)")
        }
        let message = try type.recordType.init(from: &buffer, version: Int16(version))
        guard buffer.readableBytes == 0 else {
            throw .malformed("Found \(buffer.readableBytes) byte(s) of garbage after \(apiKey)")
        }
        self.init(type: type, version: Int16(version), message: message)
    }

    package var description: String { "MetadataRecord(\(type.name) v\(version): \(message))" }
}

extension MetadataRecord: Equatable {
    /// Equal when type, version and encoded bytes are.
    package static func == (lhs: MetadataRecord, rhs: MetadataRecord) -> Bool {
        guard lhs.type == rhs.type, lhs.version == rhs.version else { return false }
        return (try? lhs.encoded()) == (try? rhs.encoded())
    }
}

/// A metadata record schema: a generated message with its record type.
package protocol MetadataRecordMessage: KafkaMessage {
    static var metadataRecordType: Int16 { get }
}

extension MetadataRecordMessage {
    /// The record type; every generated schema's `metadataRecordType` is a case of the enum.
    package static var recordType: MetadataRecordType {
        MetadataRecordType(rawValue: metadataRecordType) ?? .noOpRecord
    }
}

extension RegisterBrokerRecord: MetadataRecordMessage {}
extension UnregisterBrokerRecord: MetadataRecordMessage {}
extension TopicRecord: MetadataRecordMessage {}
extension PartitionRecord: MetadataRecordMessage {}
extension ConfigRecord: MetadataRecordMessage {}
extension PartitionChangeRecord: MetadataRecordMessage {}
extension FenceBrokerRecord: MetadataRecordMessage {}
extension UnfenceBrokerRecord: MetadataRecordMessage {}
extension RemoveTopicRecord: MetadataRecordMessage {}
extension FeatureLevelRecord: MetadataRecordMessage {}
extension ProducerIdsRecord: MetadataRecordMessage {}
extension BrokerRegistrationChangeRecord: MetadataRecordMessage {}
extension NoOpRecord: MetadataRecordMessage {}
extension RegisterControllerRecord: MetadataRecordMessage {}
