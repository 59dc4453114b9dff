// Generated from group/OffsetCommitValue.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// OffsetCommitValue, a record schema, versions 0-4, flexible 4+.
package struct OffsetCommitValue: KafkaMessage {
    package static let validVersions: ClosedRange<Int16> = 0...4
    package static let firstFlexibleVersion: Int16? = 4

    package var offset: Int64 = 0
    package var leaderEpoch: Int32 = -1
    package var metadata: String = ""
    package var commitTimestamp: Int64 = 0
    package var expireTimestamp: Int64 = -1
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "OffsetCommitValue", version: version)
        }
        let flexible = version >= 4
        self.offset = try buffer.readKafkaInteger(as: Int64.self)
        if version >= 3 {
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
        }
        self.metadata = try buffer.readKafkaString(compact: flexible, field: "metadata")
        self.commitTimestamp = try buffer.readKafkaInteger(as: Int64.self)
        if version == 1 {
            self.expireTimestamp = try buffer.readKafkaInteger(as: Int64.self)
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "OffsetCommitValue", version: version)
        }
        let flexible = version >= 4
        buffer.writeInteger(self.offset, as: Int64.self)
        if version >= 3 {
            buffer.writeInteger(self.leaderEpoch, as: Int32.self)
        }
        try buffer.writeKafkaString(self.metadata, compact: flexible)
        buffer.writeInteger(self.commitTimestamp, as: Int64.self)
        if version == 1 {
            buffer.writeInteger(self.expireTimestamp, as: Int64.self)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("OffsetCommitValue v\(version) cannot carry tagged fields")
        }
    }
}
