// Generated from group/GroupMetadataKey.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// GroupMetadataKey, a record schema, versions 2, flexible none.
package struct GroupMetadataKey: KafkaMessage {
    package static let validVersions: ClosedRange<Int16> = 2...2
    package static let firstFlexibleVersion: Int16? = nil

    package var group: String = ""

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "GroupMetadataKey", version: version)
        }
        self.group = try buffer.readKafkaString(compact: false, field: "group")
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "GroupMetadataKey", version: version)
        }
        try buffer.writeKafkaString(self.group, compact: false)
    }
}
