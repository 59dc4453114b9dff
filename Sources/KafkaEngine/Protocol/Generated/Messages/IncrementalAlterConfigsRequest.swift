// Generated from message/IncrementalAlterConfigsRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// IncrementalAlterConfigsRequest (API key 44), versions 0-1, flexible 1+.
package struct IncrementalAlterConfigsRequest: KafkaRequestMessage {
    package typealias Response = IncrementalAlterConfigsResponse
    package static let apiKey: ApiKey = .incrementalAlterConfigs
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = 1

    /// The incremental updates for each resource.
    package var resources: [AlterConfigsResource] = []
    /// True if we should validate the request, but not change the configurations.
    package var validateOnly: Bool = false
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "IncrementalAlterConfigsRequest", version: version)
        }
        let flexible = version >= 1
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [AlterConfigsResource] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try AlterConfigsResource(from: &buffer, version: version))
            }
            self.resources = items
        } else {
            throw .unexpectedNull(field: "resources")
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
            throw .unsupportedVersion(message: "IncrementalAlterConfigsRequest", version: version)
        }
        let flexible = version >= 1
        try buffer.writeKafkaArrayCount(self.resources.count, compact: flexible)
        for element in self.resources {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeKafkaBool(self.validateOnly)
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("IncrementalAlterConfigsRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-1.
    package struct AlterConfigsResource: Equatable, Sendable {
        /// The resource type.
        package var resourceType: Int8 = 0
        /// The resource name.
        package var resourceName: String = ""
        /// The configurations.
        package var configs: [AlterableConfig] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            self.resourceType = try buffer.readKafkaInteger(as: Int8.self)
            self.resourceName = try buffer.readKafkaString(compact: flexible, field: "resourceName")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [AlterableConfig] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try AlterableConfig(from: &buffer, version: version))
                }
                self.configs = items
            } else {
                throw .unexpectedNull(field: "configs")
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            buffer.writeInteger(self.resourceType, as: Int8.self)
            try buffer.writeKafkaString(self.resourceName, compact: flexible)
            try buffer.writeKafkaArrayCount(self.configs.count, compact: flexible)
            for element in self.configs {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("IncrementalAlterConfigsRequest v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-1.
    package struct AlterableConfig: Equatable, Sendable {
        /// The configuration key name.
        package var name: String = ""
        /// The type (Set, Delete, Append, Subtract) of operation.
        package var configOperation: Int8 = 0
        /// The value to set for the configuration key.
        package var value: String? = ""
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            self.name = try buffer.readKafkaString(compact: flexible, field: "name")
            self.configOperation = try buffer.readKafkaInteger(as: Int8.self)
            self.value = try buffer.readKafkaNullableString(compact: flexible)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            try buffer.writeKafkaString(self.name, compact: flexible)
            buffer.writeInteger(self.configOperation, as: Int8.self)
            try buffer.writeKafkaString(self.value, compact: flexible)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("IncrementalAlterConfigsRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
