// Generated from message/DescribeConfigsRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DescribeConfigsRequest (API key 32), versions 0-4, flexible 4+.
package struct DescribeConfigsRequest: KafkaRequestMessage {
    package typealias Response = DescribeConfigsResponse
    package static let apiKey: ApiKey = .describeConfigs
    package static let validVersions: ClosedRange<Int16> = 0...4
    package static let firstFlexibleVersion: Int16? = 4

    /// The resources whose configurations we want to describe.
    package var resources: [DescribeConfigsResource] = []
    /// True if we should include all synonyms.
    package var includeSynonyms: Bool = false
    /// True if we should include configuration documentation.
    package var includeDocumentation: Bool = false
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeConfigsRequest", version: version)
        }
        let flexible = version >= 4
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [DescribeConfigsResource] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try DescribeConfigsResource(from: &buffer, version: version))
            }
            self.resources = items
        } else {
            throw .unexpectedNull(field: "resources")
        }
        if version >= 1 {
            self.includeSynonyms = try buffer.readKafkaBool()
        }
        if version >= 3 {
            self.includeDocumentation = try buffer.readKafkaBool()
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeConfigsRequest", version: version)
        }
        let flexible = version >= 4
        try buffer.writeKafkaArrayCount(self.resources.count, compact: flexible)
        for element in self.resources {
            try element.write(to: &buffer, version: version)
        }
        if version >= 1 {
            buffer.writeKafkaBool(self.includeSynonyms)
        } else if self.includeSynonyms != false {
            throw .fieldNotSupported(field: "includeSynonyms", message: "DescribeConfigsRequest", version: version)
        }
        if version >= 3 {
            buffer.writeKafkaBool(self.includeDocumentation)
        } else if self.includeDocumentation != false {
            throw .fieldNotSupported(field: "includeDocumentation", message: "DescribeConfigsRequest", version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("DescribeConfigsRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-4.
    package struct DescribeConfigsResource: Equatable, Sendable {
        /// The resource type.
        package var resourceType: Int8 = 0
        /// The resource name.
        package var resourceName: String = ""
        /// The configuration keys to list, or null to list all configuration keys.
        package var configurationKeys: [String]? = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            self.resourceType = try buffer.readKafkaInteger(as: Int8.self)
            self.resourceName = try buffer.readKafkaString(compact: flexible, field: "resourceName")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [String] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaString(compact: flexible, field: "configurationKeys"))
                }
                self.configurationKeys = items
            } else {
                self.configurationKeys = nil
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            buffer.writeInteger(self.resourceType, as: Int8.self)
            try buffer.writeKafkaString(self.resourceName, compact: flexible)
            if let array = self.configurationKeys {
                try buffer.writeKafkaArrayCount(array.count, compact: flexible)
                for element in array {
                    try buffer.writeKafkaString(element, compact: flexible)
                }
            } else {
                try buffer.writeKafkaArrayCount(nil, compact: flexible)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("DescribeConfigsRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
