// Generated from group/OffsetCommitKey.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// OffsetCommitKey, a record schema, versions 0-1, flexible none.
package struct OffsetCommitKey: KafkaMessage {
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = nil

    package var group: String = ""
    package var topic: String = ""
    package var partition: Int32 = 0

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "OffsetCommitKey", version: version)
        }
        self.group = try buffer.readKafkaString(compact: false, field: "group")
        self.topic = try buffer.readKafkaString(compact: false, field: "topic")
        self.partition = try buffer.readKafkaInteger(as: Int32.self)
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "OffsetCommitKey", version: version)
        }
        try buffer.writeKafkaString(self.group, compact: false)
        try buffer.writeKafkaString(self.topic, compact: false)
        buffer.writeInteger(self.partition, as: Int32.self)
    }
}
