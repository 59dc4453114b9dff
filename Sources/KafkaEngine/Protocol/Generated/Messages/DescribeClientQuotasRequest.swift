// Generated from message/DescribeClientQuotasRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DescribeClientQuotasRequest (API key 48), versions 0-1, flexible 1+.
package struct DescribeClientQuotasRequest: KafkaRequestMessage {
    package typealias Response = DescribeClientQuotasResponse
    package static let apiKey: ApiKey = .describeClientQuotas
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = 1

    /// Filter components to apply to quota entities.
    package var components: [ComponentData] = []
    /// Whether the match is strict, i.e. should exclude entities with unspecified entity types.
    package var strict: Bool = false
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeClientQuotasRequest", version: version)
        }
        let flexible = version >= 1
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [ComponentData] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try ComponentData(from: &buffer, version: version))
            }
            self.components = items
        } else {
            throw .unexpectedNull(field: "components")
        }
        self.strict = try buffer.readKafkaBool()
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeClientQuotasRequest", version: version)
        }
        let flexible = version >= 1
        try buffer.writeKafkaArrayCount(self.components.count, compact: flexible)
        for element in self.components {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeKafkaBool(self.strict)
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("DescribeClientQuotasRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-1.
    package struct ComponentData: Equatable, Sendable {
        /// The entity type that the filter component applies to.
        package var entityType: String = ""
        /// How to match the entity {0 = exact name, 1 = default name, 2 = any specified name}.
        package var matchType: Int8 = 0
        /// The string to match against, or null if unused for the match type.
        package var match: String? = ""
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            self.entityType = try buffer.readKafkaString(compact: flexible, field: "entityType")
            self.matchType = try buffer.readKafkaInteger(as: Int8.self)
            self.match = try buffer.readKafkaNullableString(compact: flexible)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            try buffer.writeKafkaString(self.entityType, compact: flexible)
            buffer.writeInteger(self.matchType, as: Int8.self)
            try buffer.writeKafkaString(self.match, compact: flexible)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("DescribeClientQuotasRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
