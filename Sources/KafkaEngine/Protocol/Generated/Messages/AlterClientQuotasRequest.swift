// Generated from message/AlterClientQuotasRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// AlterClientQuotasRequest (API key 49), versions 0-1, flexible 1+.
package struct AlterClientQuotasRequest: KafkaRequestMessage {
    package typealias Response = AlterClientQuotasResponse
    package static let apiKey: ApiKey = .alterClientQuotas
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = 1

    /// The quota configuration entries to alter.
    package var entries: [EntryData] = []
    /// Whether the alteration should be validated, but not performed.
    package var validateOnly: Bool = false
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AlterClientQuotasRequest", version: version)
        }
        let flexible = version >= 1
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
        self.validateOnly = try buffer.readKafkaBool()
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AlterClientQuotasRequest", version: version)
        }
        let flexible = version >= 1
        try buffer.writeKafkaArrayCount(self.entries.count, compact: flexible)
        for element in self.entries {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeKafkaBool(self.validateOnly)
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("AlterClientQuotasRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-1.
    package struct EntryData: Equatable, Sendable {
        /// The quota entity to alter.
        package var entity: [EntityData] = []
        /// An individual quota configuration entry to alter.
        package var ops: [OpData] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
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
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [OpData] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try OpData(from: &buffer, version: version))
                }
                self.ops = items
            } else {
                throw .unexpectedNull(field: "ops")
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            try buffer.writeKafkaArrayCount(self.entity.count, compact: flexible)
            for element in self.entity {
                try element.write(to: &buffer, version: version)
            }
            try buffer.writeKafkaArrayCount(self.ops.count, compact: flexible)
            for element in self.ops {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("AlterClientQuotasRequest v\(version) cannot carry tagged fields")
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
                throw .malformed("AlterClientQuotasRequest v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-1.
    package struct OpData: Equatable, Sendable {
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
            let flexible = version >= 1
            self.key = try buffer.readKafkaString(compact: flexible, field: "key")
            self.value = try buffer.readKafkaFloat64()
            self.remove = try buffer.readKafkaBool()
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            try buffer.writeKafkaString(self.key, compact: flexible)
            buffer.writeKafkaFloat64(self.value)
            buffer.writeKafkaBool(self.remove)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("AlterClientQuotasRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
