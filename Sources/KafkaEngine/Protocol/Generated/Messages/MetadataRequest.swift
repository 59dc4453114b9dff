// Generated from message/MetadataRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// MetadataRequest (API key 3), versions 0-12, flexible 9+.
package struct MetadataRequest: KafkaRequestMessage {
    package typealias Response = MetadataResponse
    package static let apiKey: ApiKey = .metadata
    package static let validVersions: ClosedRange<Int16> = 0...12
    package static let firstFlexibleVersion: Int16? = 9

    /// The topics to fetch metadata for.
    package var topics: [MetadataRequestTopic]? = []
    /// If this is true, the broker may auto-create topics that we requested which do not already exist, if it is configured to do so.
    package var allowAutoTopicCreation: Bool = true
    /// Whether to include cluster authorized operations.
    package var includeClusterAuthorizedOperations: Bool = false
    /// Whether to include topic authorized operations.
    package var includeTopicAuthorizedOperations: Bool = false
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "MetadataRequest", version: version)
        }
        let flexible = version >= 9
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [MetadataRequestTopic] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try MetadataRequestTopic(from: &buffer, version: version))
            }
            self.topics = items
        } else {
            if !(version >= 1) { throw .unexpectedNull(field: "topics") }
            self.topics = nil
        }
        if version >= 4 {
            self.allowAutoTopicCreation = try buffer.readKafkaBool()
        }
        if version >= 8 && version <= 10 {
            self.includeClusterAuthorizedOperations = try buffer.readKafkaBool()
        }
        if version >= 8 {
            self.includeTopicAuthorizedOperations = try buffer.readKafkaBool()
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "MetadataRequest", version: version)
        }
        let flexible = version >= 9
        if self.topics == nil && !(version >= 1) { throw .unexpectedNull(field: "topics") }
        if let array = self.topics {
            try buffer.writeKafkaArrayCount(array.count, compact: flexible)
            for element in array {
                try element.write(to: &buffer, version: version)
            }
        } else {
            try buffer.writeKafkaArrayCount(nil, compact: flexible)
        }
        if version >= 4 {
            buffer.writeKafkaBool(self.allowAutoTopicCreation)
        } else if self.allowAutoTopicCreation != true {
            throw .fieldNotSupported(field: "allowAutoTopicCreation", message: "MetadataRequest", version: version)
        }
        if version >= 8 && version <= 10 {
            buffer.writeKafkaBool(self.includeClusterAuthorizedOperations)
        } else if self.includeClusterAuthorizedOperations != false {
            throw .fieldNotSupported(field: "includeClusterAuthorizedOperations", message: "MetadataRequest", version: version)
        }
        if version >= 8 {
            buffer.writeKafkaBool(self.includeTopicAuthorizedOperations)
        } else if self.includeTopicAuthorizedOperations != false {
            throw .fieldNotSupported(field: "includeTopicAuthorizedOperations", message: "MetadataRequest", version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("MetadataRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-12.
    package struct MetadataRequestTopic: Equatable, Sendable {
        /// The topic id.
        package var topicId: KafkaUUID = .zero
        /// The topic name.
        package var name: String? = ""
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 9
            if version >= 10 {
                self.topicId = try buffer.readKafkaUUID()
            }
            self.name = try buffer.readKafkaNullableString(compact: flexible)
            if self.name == nil && !(version >= 10) { throw .unexpectedNull(field: "name") }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 9
            if version >= 10 {
                buffer.writeKafkaUUID(self.topicId)
            }
            if self.name == nil && !(version >= 10) { throw .unexpectedNull(field: "name") }
            try buffer.writeKafkaString(self.name, compact: flexible)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("MetadataRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
