// Generated from metadata/AccessControlEntryRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// Metadata log record AccessControlEntryRecord (type 18), versions 0, flexible 0+.
package struct AccessControlEntryRecord: KafkaMessage {
    /// The record type in the metadata log.
    package static let metadataRecordType: Int16 = 18
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The unique ID of this ACL.
    package var id: KafkaUUID = .zero
    /// The resource type.
    package var resourceType: Int8 = 0
    /// The resource name.
    package var resourceName: String = ""
    /// The resource name pattern type.
    package var patternType: Int8 = 0
    /// The principal name.
    package var principal: String = ""
    /// The host name.
    package var host: String = ""
    /// The AclOperation.
    package var operation: Int8 = 0
    /// The AclPermissionType.
    package var permissionType: Int8 = 0
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AccessControlEntryRecord", version: version)
        }
        self.id = try buffer.readKafkaUUID()
        self.resourceType = try buffer.readKafkaInteger(as: Int8.self)
        self.resourceName = try buffer.readKafkaString(compact: true, field: "resourceName")
        self.patternType = try buffer.readKafkaInteger(as: Int8.self)
        self.principal = try buffer.readKafkaString(compact: true, field: "principal")
        self.host = try buffer.readKafkaString(compact: true, field: "host")
        self.operation = try buffer.readKafkaInteger(as: Int8.self)
        self.permissionType = try buffer.readKafkaInteger(as: Int8.self)
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AccessControlEntryRecord", version: version)
        }
        buffer.writeKafkaUUID(self.id)
        buffer.writeInteger(self.resourceType, as: Int8.self)
        try buffer.writeKafkaString(self.resourceName, compact: true)
        buffer.writeInteger(self.patternType, as: Int8.self)
        try buffer.writeKafkaString(self.principal, compact: true)
        try buffer.writeKafkaString(self.host, compact: true)
        buffer.writeInteger(self.operation, as: Int8.self)
        buffer.writeInteger(self.permissionType, as: Int8.self)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
