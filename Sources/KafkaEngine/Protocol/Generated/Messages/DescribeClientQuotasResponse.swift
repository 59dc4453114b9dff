// Generated from message/DescribeClientQuotasResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DescribeClientQuotasResponse (API key 48), versions 0-1, flexible 1+.
package struct DescribeClientQuotasResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .describeClientQuotas
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = 1

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The error code, or `0` if the quota description succeeded.
    package var errorCode: Int16 = 0
    /// The error message, or `null` if the quota description succeeded.
    package var errorMessage: String? = ""
    /// A result entry.
    package var entries: [EntryData]? = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeClientQuotasResponse", version: version)
        }
        let flexible = version >= 1
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        self.errorMessage = try buffer.readKafkaNullableString(compact: flexible)
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [EntryData] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try EntryData(from: &buffer, version: version))
            }
            self.entries = items
        } else {
            self.entries = nil
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeClientQuotasResponse", version: version)
        }
        let flexible = version >= 1
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        buffer.writeInteger(self.errorCode, as: Int16.self)
        try buffer.writeKafkaString(self.errorMessage, compact: flexible)
        if let array = self.entries {
            try buffer.writeKafkaArrayCount(array.count, compact: flexible)
            for element in array {
                try element.write(to: &buffer, version: version)
            }
        } else {
            try buffer.writeKafkaArrayCount(nil, compact: flexible)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("DescribeClientQuotasResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-1.
    package struct EntryData: Equatable, Sendable {
        /// The quota entity description.
        package var entity: [EntityData] = []
        /// The quota values for the entity.
        package var values: [ValueData] = []
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
                var items: [ValueData] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try ValueData(from: &buffer, version: version))
                }
                self.values = items
            } else {
                throw .unexpectedNull(field: "values")
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
            try buffer.writeKafkaArrayCount(self.values.count, compact: flexible)
            for element in self.values {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("DescribeClientQuotasResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-1.
    package struct EntityData: Equatable, Sendable {
        /// The entity type.
        package var entityType: String = ""
        /// The entity name, or null if the default.
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
                throw .malformed("DescribeClientQuotasResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-1.
    package struct ValueData: Equatable, Sendable {
        /// The quota configuration key.
        package var key: String = ""
        /// The quota configuration value.
        package var value: Double = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            self.key = try buffer.readKafkaString(compact: flexible, field: "key")
            self.value = try buffer.readKafkaFloat64()
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
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("DescribeClientQuotasResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
