// Generated from metadata/ConfigRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// Metadata log record ConfigRecord (type 4), versions 0, flexible 0+.
package struct ConfigRecord: KafkaMessage {
    /// The record type in the metadata log.
    package static let metadataRecordType: Int16 = 4
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The type of resource this configuration applies to.
    package var resourceType: Int8 = 0
    /// The name of the resource this configuration applies to.
    package var resourceName: String = ""
    /// The name of the configuration key.
    package var name: String = ""
    /// The value of the configuration, or null if the it should be deleted.
    package var value: String? = ""
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ConfigRecord", version: version)
        }
        self.resourceType = try buffer.readKafkaInteger(as: Int8.self)
        self.resourceName = try buffer.readKafkaString(compact: true, field: "resourceName")
        self.name = try buffer.readKafkaString(compact: true, field: "name")
        self.value = try buffer.readKafkaNullableString(compact: true)
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ConfigRecord", version: version)
        }
        buffer.writeInteger(self.resourceType, as: Int8.self)
        try buffer.writeKafkaString(self.resourceName, compact: true)
        try buffer.writeKafkaString(self.name, compact: true)
        try buffer.writeKafkaString(self.value, compact: true)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
