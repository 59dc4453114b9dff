// Generated from message/CreatePartitionsResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// CreatePartitionsResponse (API key 37), versions 0-3, flexible 2+.
package struct CreatePartitionsResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .createPartitions
    package static let validVersions: ClosedRange<Int16> = 0...3
    package static let firstFlexibleVersion: Int16? = 2

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The partition creation results for each topic.
    package var results: [CreatePartitionsTopicResult] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "CreatePartitionsResponse", version: version)
        }
        let flexible = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [CreatePartitionsTopicResult] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try CreatePartitionsTopicResult(from: &buffer, version: version))
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
            throw .unsupportedVersion(message: "CreatePartitionsResponse", version: version)
        }
        let flexible = version >= 2
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        try buffer.writeKafkaArrayCount(self.results.count, compact: flexible)
        for element in self.results {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("CreatePartitionsResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-3.
    package struct CreatePartitionsTopicResult: Equatable, Sendable {
        /// The topic name.
        package var name: String = ""
        /// The result error, or zero if there was no error.
        package var errorCode: Int16 = 0
        /// The result message, or null if there was no error.
        package var errorMessage: String? = nil
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            self.name = try buffer.readKafkaString(compact: flexible, field: "name")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.errorMessage = try buffer.readKafkaNullableString(compact: flexible)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            try buffer.writeKafkaString(self.name, compact: flexible)
            buffer.writeInteger(self.errorCode, as: Int16.self)
            try buffer.writeKafkaString(self.errorMessage, compact: flexible)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("CreatePartitionsResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
