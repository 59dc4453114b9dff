// Generated from metadata/RemoveTopicRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// Metadata log record RemoveTopicRecord (type 9), versions 0, flexible 0+.
package struct RemoveTopicRecord: KafkaMessage {
    /// The record type in the metadata log.
    package static let metadataRecordType: Int16 = 9
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The topic to remove. All associated partitions will be removed as well.
    package var topicId: KafkaUUID = .zero
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "RemoveTopicRecord", version: version)
        }
        self.topicId = try buffer.readKafkaUUID()
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "RemoveTopicRecord", version: version)
        }
        buffer.writeKafkaUUID(self.topicId)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
