// Generated from message/KRaftVersionRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// KRaftVersionRecord, a record schema, versions 0, flexible 0+.
package struct KRaftVersionRecord: KafkaMessage {
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The version of the kraft version record
    package var version: Int16 = 0
    /// The kraft protocol version
    package var kRaftVersion: Int16 = 0
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "KRaftVersionRecord", version: version)
        }
        self.version = try buffer.readKafkaInteger(as: Int16.self)
        self.kRaftVersion = try buffer.readKafkaInteger(as: Int16.self)
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "KRaftVersionRecord", version: version)
        }
        buffer.writeInteger(self.version, as: Int16.self)
        buffer.writeInteger(self.kRaftVersion, as: Int16.self)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
