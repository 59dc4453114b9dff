// Generated from message/DescribeConfigsResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DescribeConfigsResponse (API key 32), versions 0-4, flexible 4+.
package struct DescribeConfigsResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .describeConfigs
    package static let validVersions: ClosedRange<Int16> = 0...4
    package static let firstFlexibleVersion: Int16? = 4

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The results for each resource.
    package var results: [DescribeConfigsResult] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeConfigsResponse", version: version)
        }
        let flexible = version >= 4
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [DescribeConfigsResult] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try DescribeConfigsResult(from: &buffer, version: version))
            }
            self.results = items
        } else {
            throw .unexpectedNull(field: "results")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeConfigsResponse", version: version)
        }
        let flexible = version >= 4
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        try buffer.writeKafkaArrayCount(self.results.count, compact: flexible)
        for element in self.results {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("DescribeConfigsResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-4.
    package struct DescribeConfigsResult: Equatable, Sendable {
        /// The error code, or 0 if we were able to successfully describe the configurations.
        package var errorCode: Int16 = 0
        /// The error message, or null if we were able to successfully describe the configurations.
        package var errorMessage: String? = ""
        /// The resource type.
        package var resourceType: Int8 = 0
        /// The resource name.
        package var resourceName: String = ""
        /// Each listed configuration.
        package var configs: [DescribeConfigsResourceResult] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.errorMessage = try buffer.readKafkaNullableString(compact: flexible)
            self.resourceType = try buffer.readKafkaInteger(as: Int8.self)
            self.resourceName = try buffer.readKafkaString(compact: flexible, field: "resourceName")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [DescribeConfigsResourceResult] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try DescribeConfigsResourceResult(from: &buffer, version: version))
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
            let flexible = version >= 4
            buffer.writeInteger(self.errorCode, as: Int16.self)
            try buffer.writeKafkaString(self.errorMessage, compact: flexible)
            buffer.writeInteger(self.resourceType, as: Int8.self)
            try buffer.writeKafkaString(self.resourceName, compact: flexible)
            try buffer.writeKafkaArrayCount(self.configs.count, compact: flexible)
            for element in self.configs {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("DescribeConfigsResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-4.
    package struct DescribeConfigsResourceResult: Equatable, Sendable {
        /// The configuration name.
        package var name: String = ""
        /// The configuration value.
        package var value: String? = ""
        /// True if the configuration is read-only.
        package var readOnly: Bool = false
        /// True if the configuration is not set.
        package var isDefault: Bool = false
        /// The configuration source.
        package var configSource: Int8 = -1
        /// True if this configuration is sensitive.
        package var isSensitive: Bool = false
        /// The synonyms for this configuration key.
        package var synonyms: [DescribeConfigsSynonym] = []
        /// The configuration data type. Type can be one of the following values - BOOLEAN, STRING, INT, SHORT, LONG, DOUBLE, LIST, CLASS, PASSWORD
        package var configType: Int8 = 0
        /// The configuration documentation.
        package var documentation: String? = ""
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            self.name = try buffer.readKafkaString(compact: flexible, field: "name")
            self.value = try buffer.readKafkaNullableString(compact: flexible)
            self.readOnly = try buffer.readKafkaBool()
            if version <= 0 {
                self.isDefault = try buffer.readKafkaBool()
            }
            if version >= 1 {
                self.configSource = try buffer.readKafkaInteger(as: Int8.self)
            }
            self.isSensitive = try buffer.readKafkaBool()
            if version >= 1 {
                if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                    var items: [DescribeConfigsSynonym] = []
                    items.reserveCapacity(count)
                    for _ in 0..<count {
                        items.append(try DescribeConfigsSynonym(from: &buffer, version: version))
                    }
                    self.synonyms = items
                } else {
                    throw .unexpectedNull(field: "synonyms")
                }
            }
            if version >= 3 {
                self.configType = try buffer.readKafkaInteger(as: Int8.self)
            }
            if version >= 3 {
                self.documentation = try buffer.readKafkaNullableString(compact: flexible)
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaString(self.value, compact: flexible)
            buffer.writeKafkaBool(self.readOnly)
            if version <= 0 {
                buffer.writeKafkaBool(self.isDefault)
            } else if self.isDefault != false {
                throw .fieldNotSupported(field: "isDefault", message: "DescribeConfigsResponse", version: version)
            }
            if version >= 1 {
                buffer.writeInteger(self.configSource, as: Int8.self)
            }
            buffer.writeKafkaBool(self.isSensitive)
            if version >= 1 {
                try buffer.writeKafkaArrayCount(self.synonyms.count, compact: flexible)
                for element in self.synonyms {
                    try element.write(to: &buffer, version: version)
                }
            }
            if version >= 3 {
                buffer.writeInteger(self.configType, as: Int8.self)
            }
            if version >= 3 {
                try buffer.writeKafkaString(self.documentation, compact: flexible)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("DescribeConfigsResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 1-4.
    package struct DescribeConfigsSynonym: Equatable, Sendable {
        /// The synonym name.
        package var name: String = ""
        /// The synonym value.
        package var value: String? = ""
        /// The synonym source.
        package var source: Int8 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            self.name = try buffer.readKafkaString(compact: flexible, field: "name")
            self.value = try buffer.readKafkaNullableString(compact: flexible)
            self.source = try buffer.readKafkaInteger(as: Int8.self)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaString(self.value, compact: flexible)
            buffer.writeInteger(self.source, as: Int8.self)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("DescribeConfigsResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
