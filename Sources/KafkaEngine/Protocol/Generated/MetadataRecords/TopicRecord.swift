// Generated from metadata/TopicRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// Metadata log record TopicRecord (type 2), versions 0, flexible 0+.
package struct TopicRecord: KafkaMessage {
    /// The record type in the metadata log.
    package static let metadataRecordType: Int16 = 2
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The topic name.
    package var name: String = ""
    /// The unique ID of this topic.
    package var topicId: KafkaUUID = .zero
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "TopicRecord", version: version)
        }
        self.name = try buffer.readKafkaString(compact: true, field: "name")
        self.topicId = try buffer.readKafkaUUID()
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "TopicRecord", version: version)
        }
        try buffer.writeKafkaString(self.name, compact: true)
        buffer.writeKafkaUUID(self.topicId)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
