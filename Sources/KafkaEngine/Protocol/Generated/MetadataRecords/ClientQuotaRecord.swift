// Generated from metadata/ClientQuotaRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// Metadata log record ClientQuotaRecord (type 14), versions 0, flexible 0+.
package struct ClientQuotaRecord: KafkaMessage {
    /// The record type in the metadata log.
    package static let metadataRecordType: Int16 = 14
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The quota entity to alter.
    package var entity: [EntityData] = []
    /// The quota configuration key.
    package var key: String = ""
    /// The value to set, otherwise ignored if the value is to be removed.
    package var value: Double = 0
    /// Whether the quota configuration value should be removed, otherwise set.
    package var remove: Bool = false
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ClientQuotaRecord", version: version)
        }
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [EntityData] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try EntityData(from: &buffer, version: version))
            }
            self.entity = items
        } else {
            throw .unexpectedNull(field: "entity")
        }
        self.key = try buffer.readKafkaString(compact: true, field: "key")
        self.value = try buffer.readKafkaFloat64()
        self.remove = try buffer.readKafkaBool()
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ClientQuotaRecord", version: version)
        }
        try buffer.writeKafkaArrayCount(self.entity.count, compact: true)
        for element in self.entity {
            try element.write(to: &buffer, version: version)
        }
        try buffer.writeKafkaString(self.key, compact: true)
        buffer.writeKafkaFloat64(self.value)
        buffer.writeKafkaBool(self.remove)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0.
    package struct EntityData: Equatable, Sendable {
        /// The entity type.
        package var entityType: String = ""
        /// The name of the entity, or null if the default.
        package var entityName: String? = ""
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.entityType = try buffer.readKafkaString(compact: true, field: "entityType")
            self.entityName = try buffer.readKafkaNullableString(compact: true)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.entityType, compact: true)
            try buffer.writeKafkaString(self.entityName, compact: true)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
