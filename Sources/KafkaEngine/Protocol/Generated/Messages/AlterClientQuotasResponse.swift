// Generated from message/AlterClientQuotasResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// AlterClientQuotasResponse (API key 49), versions 0-1, flexible 1+.
package struct AlterClientQuotasResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .alterClientQuotas
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = 1

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The quota configuration entries to alter.
    package var entries: [EntryData] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AlterClientQuotasResponse", version: version)
        }
        let flexible = version >= 1
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [EntryData] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try EntryData(from: &buffer, version: version))
            }
            self.entries = items
        } else {
            throw .unexpectedNull(field: "entries")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AlterClientQuotasResponse", version: version)
        }
        let flexible = version >= 1
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        try buffer.writeKafkaArrayCount(self.entries.count, compact: flexible)
        for element in self.entries {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("AlterClientQuotasResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-1.
    package struct EntryData: Equatable, Sendable {
        /// The error code, or `0` if the quota alteration succeeded.
        package var errorCode: Int16 = 0
        /// The error message, or `null` if the quota alteration succeeded.
        package var errorMessage: String? = ""
        /// The quota entity to alter.
        package var entity: [EntityData] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.errorMessage = try buffer.readKafkaNullableString(compact: flexible)
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [EntityData] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try EntityData(from: &buffer, version: version))
                }
                self.entity = items
            } else {
                throw .unexpectedNull(field: "entity")
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            buffer.writeInteger(self.errorCode, as: Int16.self)
            try buffer.writeKafkaString(self.errorMessage, compact: flexible)
            try buffer.writeKafkaArrayCount(self.entity.count, compact: flexible)
            for element in self.entity {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("AlterClientQuotasResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-1.
    package struct EntityData: Equatable, Sendable {
        /// The entity type.
        package var entityType: String = ""
        /// The name of the entity, or null if the default.
        package var entityName: String? = ""
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            self.entityType = try buffer.readKafkaString(compact: flexible, field: "entityType")
            self.entityName = try buffer.readKafkaNullableString(compact: flexible)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            try buffer.writeKafkaString(self.entityType, compact: flexible)
            try buffer.writeKafkaString(self.entityName, compact: flexible)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("AlterClientQuotasResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
