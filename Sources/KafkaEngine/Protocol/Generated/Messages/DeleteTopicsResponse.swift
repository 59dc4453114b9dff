// Generated from message/DeleteTopicsResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DeleteTopicsResponse (API key 20), versions 0-6, flexible 4+.
package struct DeleteTopicsResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .deleteTopics
    package static let validVersions: ClosedRange<Int16> = 0...6
    package static let firstFlexibleVersion: Int16? = 4

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The results for each topic we tried to delete.
    package var responses: [DeletableTopicResult] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DeleteTopicsResponse", version: version)
        }
        let flexible = version >= 4
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        }
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [DeletableTopicResult] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try DeletableTopicResult(from: &buffer, version: version))
            }
            self.responses = items
        } else {
            throw .unexpectedNull(field: "responses")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DeleteTopicsResponse", version: version)
        }
        let flexible = version >= 4
        if version >= 1 {
            buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        }
        try buffer.writeKafkaArrayCount(self.responses.count, compact: flexible)
        for element in self.responses {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("DeleteTopicsResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-6.
    package struct DeletableTopicResult: Equatable, Sendable {
        /// The topic name
        package var name: String? = ""
        /// the unique topic ID
        package var topicId: KafkaUUID = .zero
        /// The deletion error, or 0 if the deletion succeeded.
        package var errorCode: Int16 = 0
        /// The error message, or null if there was no error.
        package var errorMessage: String? = nil
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            self.name = try buffer.readKafkaNullableString(compact: flexible)
            if self.name == nil && !(version >= 6) { throw .unexpectedNull(field: "name") }
            if version >= 6 {
                self.topicId = try buffer.readKafkaUUID()
            }
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            if version >= 5 {
                self.errorMessage = try buffer.readKafkaNullableString(compact: flexible)
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            if self.name == nil && !(version >= 6) { throw .unexpectedNull(field: "name") }
            try buffer.writeKafkaString(self.name, compact: flexible)
            if version >= 6 {
                buffer.writeKafkaUUID(self.topicId)
            }
            buffer.writeInteger(self.errorCode, as: Int16.self)
            if version >= 5 {
                try buffer.writeKafkaString(self.errorMessage, compact: flexible)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("DeleteTopicsResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
