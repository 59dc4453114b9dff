// Generated from message/CreateTopicsResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// CreateTopicsResponse (API key 19), versions 0-7, flexible 5+.
package struct CreateTopicsResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .createTopics
    package static let validVersions: ClosedRange<Int16> = 0...7
    package static let firstFlexibleVersion: Int16? = 5

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// Results for each topic we tried to create.
    package var topics: [CreatableTopicResult] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "CreateTopicsResponse", version: version)
        }
        let flexible = version >= 5
        if version >= 2 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        }
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [CreatableTopicResult] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try CreatableTopicResult(from: &buffer, version: version))
            }
            self.topics = items
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "CreateTopicsResponse", version: version)
        }
        let flexible = version >= 5
        if version >= 2 {
            buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        }
        try buffer.writeKafkaArrayCount(self.topics.count, compact: flexible)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("CreateTopicsResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-7.
    package struct CreatableTopicResult: Equatable, Sendable {
        /// The topic name.
        package var name: String = ""
        /// The unique topic ID
        package var topicId: KafkaUUID = .zero
        /// The error code, or 0 if there was no error.
        package var errorCode: Int16 = 0
        /// The error message, or null if there was no error.
        package var errorMessage: String? = ""
        /// Optional topic config error returned if configs are not returned in the response.
        package var topicConfigErrorCode: Int16 = 0
        /// Number of partitions of the topic.
        package var numPartitions: Int32 = -1
        /// Replication factor of the topic.
        package var replicationFactor: Int16 = -1
        /// Configuration of the topic.
        package var configs: [CreatableTopicConfigs]? = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 5
            self.name = try buffer.readKafkaString(compact: flexible, field: "name")
            if version >= 7 {
                self.topicId = try buffer.readKafkaUUID()
            }
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            if version >= 1 {
                self.errorMessage = try buffer.readKafkaNullableString(compact: flexible)
            }
            if version >= 5 {
                self.numPartitions = try buffer.readKafkaInteger(as: Int32.self)
            }
            if version >= 5 {
                self.replicationFactor = try buffer.readKafkaInteger(as: Int16.self)
            }
            if version >= 5 {
                if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                    var items: [CreatableTopicConfigs] = []
                    items.reserveCapacity(count)
                    for _ in 0..<count {
                        items.append(try CreatableTopicConfigs(from: &buffer, version: version))
                    }
                    self.configs = items
                } else {
                    self.configs = nil
                }
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    switch tag {
                    case 0 where version >= 5:
                        self.topicConfigErrorCode = try field.readKafkaInteger(as: Int16.self)
                    default:
                        self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                    }
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 5
            try buffer.writeKafkaString(self.name, compact: flexible)
            if version >= 7 {
                buffer.writeKafkaUUID(self.topicId)
            }
            buffer.writeInteger(self.errorCode, as: Int16.self)
            if version >= 1 {
                try buffer.writeKafkaString(self.errorMessage, compact: flexible)
            }
            if version >= 5 {
                buffer.writeInteger(self.numPartitions, as: Int32.self)
            }
            if version >= 5 {
                buffer.writeInteger(self.replicationFactor, as: Int16.self)
            }
            if version >= 5 {
                if let array = self.configs {
                    try buffer.writeKafkaArrayCount(array.count, compact: flexible)
                    for element in array {
                        try element.write(to: &buffer, version: version)
                    }
                } else {
                    try buffer.writeKafkaArrayCount(nil, compact: flexible)
                }
            }
            if flexible {
                var taggedFields: [RawTaggedField] = []
                if version >= 5 && self.topicConfigErrorCode != 0 {
                    var field = ByteBuffer()
                    field.writeInteger(self.topicConfigErrorCode, as: Int16.self)
                    taggedFields.append(RawTaggedField(tag: 0, data: field))
                }
                buffer.writeTaggedFields(known: taggedFields, unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("CreateTopicsResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 5-7.
    package struct CreatableTopicConfigs: Equatable, Sendable {
        /// The configuration name.
        package var name: String = ""
        /// The configuration value.
        package var value: String? = ""
        /// True if the configuration is read-only.
        package var readOnly: Bool = false
        /// The configuration source.
        package var configSource: Int8 = -1
        /// True if this configuration is sensitive.
        package var isSensitive: Bool = false
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            self.value = try buffer.readKafkaNullableString(compact: true)
            self.readOnly = try buffer.readKafkaBool()
            self.configSource = try buffer.readKafkaInteger(as: Int8.self)
            self.isSensitive = try buffer.readKafkaBool()
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.name, compact: true)
            try buffer.writeKafkaString(self.value, compact: true)
            buffer.writeKafkaBool(self.readOnly)
            buffer.writeInteger(self.configSource, as: Int8.self)
            buffer.writeKafkaBool(self.isSensitive)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
