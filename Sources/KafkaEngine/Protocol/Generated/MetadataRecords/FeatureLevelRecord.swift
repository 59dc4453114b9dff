// Generated from metadata/FeatureLevelRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// Metadata log record FeatureLevelRecord (type 12), versions 0, flexible 0+.
package struct FeatureLevelRecord: KafkaMessage {
    /// The record type in the metadata log.
    package static let metadataRecordType: Int16 = 12
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The feature name.
    package var name: String = ""
    /// The current finalized feature level of this feature for the cluster, a value of 0 means feature not supported.
    package var featureLevel: Int16 = 0
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "FeatureLevelRecord", version: version)
        }
        self.name = try buffer.readKafkaString(compact: true, field: "name")
        self.featureLevel = try buffer.readKafkaInteger(as: Int16.self)
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "FeatureLevelRecord", version: version)
        }
        try buffer.writeKafkaString(self.name, compact: true)
        buffer.writeInteger(self.featureLevel, as: Int16.self)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
