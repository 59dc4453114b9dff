// Generated from message/DeleteTopicsRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DeleteTopicsRequest (API key 20), versions 0-6, flexible 4+.
package struct DeleteTopicsRequest: KafkaRequestMessage {
    package typealias Response = DeleteTopicsResponse
    package static let apiKey: ApiKey = .deleteTopics
    package static let validVersions: ClosedRange<Int16> = 0...6
    package static let firstFlexibleVersion: Int16? = 4

    /// The name or topic ID of the topic
    package var topics: [DeleteTopicState] = []
    /// The names of the topics to delete
    package var topicNames: [String] = []
    /// The length of time in milliseconds to wait for the deletions to complete.
    package var timeoutMs: Int32 = 0
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DeleteTopicsRequest", version: version)
        }
        let flexible = version >= 4
        if version >= 6 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [DeleteTopicState] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try DeleteTopicState(from: &buffer, version: version))
                }
                self.topics = items
            } else {
                throw .unexpectedNull(field: "topics")
            }
        }
        if version <= 5 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [String] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaString(compact: flexible, field: "topicNames"))
                }
                self.topicNames = items
            } else {
                throw .unexpectedNull(field: "topicNames")
            }
        }
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self)
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DeleteTopicsRequest", version: version)
        }
        let flexible = version >= 4
        if version >= 6 {
            try buffer.writeKafkaArrayCount(self.topics.count, compact: flexible)
            for element in self.topics {
                try element.write(to: &buffer, version: version)
            }
        } else if !self.topics.isEmpty {
            throw .fieldNotSupported(field: "topics", message: "DeleteTopicsRequest", version: version)
        }
        if version <= 5 {
            try buffer.writeKafkaArrayCount(self.topicNames.count, compact: flexible)
            for element in self.topicNames {
                try buffer.writeKafkaString(element, compact: flexible)
            }
        }
        buffer.writeInteger(self.timeoutMs, as: Int32.self)
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("DeleteTopicsRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 6.
    package struct DeleteTopicState: Equatable, Sendable {
        /// The topic name
        package var name: String? = nil
        /// The unique topic ID
        package var topicId: KafkaUUID = .zero
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.name = try buffer.readKafkaNullableString(compact: true)
            self.topicId = try buffer.readKafkaUUID()
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.name, compact: true)
            buffer.writeKafkaUUID(self.topicId)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
