// Generated from message/AlterPartitionReassignmentsResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// AlterPartitionReassignmentsResponse (API key 45), versions 0, flexible 0+.
package struct AlterPartitionReassignmentsResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .alterPartitionReassignments
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The top-level error code, or 0 if there was no error.
    package var errorCode: Int16 = 0
    /// The top-level error message, or null if there was no error.
    package var errorMessage: String? = ""
    /// The responses to topics to reassign.
    package var responses: [ReassignableTopicResponse] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AlterPartitionReassignmentsResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        self.errorMessage = try buffer.readKafkaNullableString(compact: true)
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [ReassignableTopicResponse] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try ReassignableTopicResponse(from: &buffer, version: version))
            }
            self.responses = items
        } else {
            throw .unexpectedNull(field: "responses")
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AlterPartitionReassignmentsResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        buffer.writeInteger(self.errorCode, as: Int16.self)
        try buffer.writeKafkaString(self.errorMessage, compact: true)
        try buffer.writeKafkaArrayCount(self.responses.count, compact: true)
        for element in self.responses {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0.
    package struct ReassignableTopicResponse: Equatable, Sendable {
        /// The topic name
        package var name: String = ""
        /// The responses to partitions to reassign
        package var partitions: [ReassignablePartitionResponse] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [ReassignablePartitionResponse] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try ReassignablePartitionResponse(from: &buffer, version: version))
                }
                self.partitions = items
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.name, compact: true)
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
            for element in self.partitions {
                try element.write(to: &buffer, version: version)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0.
    package struct ReassignablePartitionResponse: Equatable, Sendable {
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// The error code for this partition, or 0 if there was no error.
        package var errorCode: Int16 = 0
        /// The error message for this partition, or null if there was no error.
        package var errorMessage: String? = ""
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.errorMessage = try buffer.readKafkaNullableString(compact: true)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeInteger(self.errorCode, as: Int16.self)
            try buffer.writeKafkaString(self.errorMessage, compact: true)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
