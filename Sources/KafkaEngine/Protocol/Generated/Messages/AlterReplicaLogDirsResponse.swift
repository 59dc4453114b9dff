// Generated from message/AlterReplicaLogDirsResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// AlterReplicaLogDirsResponse (API key 34), versions 0-2, flexible 2+.
package struct AlterReplicaLogDirsResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .alterReplicaLogDirs
    package static let validVersions: ClosedRange<Int16> = 0...2
    package static let firstFlexibleVersion: Int16? = 2

    /// Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The results for each topic.
    package var results: [AlterReplicaLogDirTopicResult] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AlterReplicaLogDirsResponse", version: version)
        }
        let flexible = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [AlterReplicaLogDirTopicResult] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try AlterReplicaLogDirTopicResult(from: &buffer, version: version))
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
            throw .unsupportedVersion(message: "AlterReplicaLogDirsResponse", version: version)
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
            throw .malformed("AlterReplicaLogDirsResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-2.
    package struct AlterReplicaLogDirTopicResult: Equatable, Sendable {
        /// The name of the topic.
        package var topicName: String = ""
        /// The results for each partition.
        package var partitions: [AlterReplicaLogDirPartitionResult] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            self.topicName = try buffer.readKafkaString(compact: flexible, field: "topicName")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [AlterReplicaLogDirPartitionResult] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try AlterReplicaLogDirPartitionResult(from: &buffer, version: version))
                }
                self.partitions = items
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            try buffer.writeKafkaString(self.topicName, compact: flexible)
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: flexible)
            for element in self.partitions {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("AlterReplicaLogDirsResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-2.
    package struct AlterReplicaLogDirPartitionResult: Equatable, Sendable {
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// The error code, or 0 if there was no error.
        package var errorCode: Int16 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
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
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeInteger(self.errorCode, as: Int16.self)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("AlterReplicaLogDirsResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
