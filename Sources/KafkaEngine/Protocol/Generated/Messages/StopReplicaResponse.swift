// Generated from message/StopReplicaResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// StopReplicaResponse (API key 5), versions 0-4, flexible 2+.
package struct StopReplicaResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .stopReplica
    package static let validVersions: ClosedRange<Int16> = 0...4
    package static let firstFlexibleVersion: Int16? = 2

    /// The top-level error code, or 0 if there was no top-level error.
    package var errorCode: Int16 = 0
    /// The responses for each partition.
    package var partitionErrors: [StopReplicaPartitionError] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "StopReplicaResponse", version: version)
        }
        let flexible = version >= 2
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [StopReplicaPartitionError] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try StopReplicaPartitionError(from: &buffer, version: version))
            }
            self.partitionErrors = items
        } else {
            throw .unexpectedNull(field: "partitionErrors")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "StopReplicaResponse", version: version)
        }
        let flexible = version >= 2
        buffer.writeInteger(self.errorCode, as: Int16.self)
        try buffer.writeKafkaArrayCount(self.partitionErrors.count, compact: flexible)
        for element in self.partitionErrors {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("StopReplicaResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-4.
    package struct StopReplicaPartitionError: Equatable, Sendable {
        /// The topic name.
        package var topicName: String = ""
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// The partition error code, or 0 if there was no partition error.
        package var errorCode: Int16 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            self.topicName = try buffer.readKafkaString(compact: flexible, field: "topicName")
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            try buffer.writeKafkaString(self.topicName, compact: flexible)
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeInteger(self.errorCode, as: Int16.self)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("StopReplicaResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
