// Generated from message/LeaderAndIsrResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// LeaderAndIsrResponse (API key 4), versions 0-7, flexible 4+.
package struct LeaderAndIsrResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .leaderAndIsr
    package static let validVersions: ClosedRange<Int16> = 0...7
    package static let firstFlexibleVersion: Int16? = 4

    /// The error code, or 0 if there was no error.
    package var errorCode: Int16 = 0
    /// Each partition in v0 to v4 message.
    package var partitionErrors: [LeaderAndIsrPartitionError] = []
    /// Each topic
    package var topics: [LeaderAndIsrTopicError] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "LeaderAndIsrResponse", version: version)
        }
        let flexible = version >= 4
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        if version <= 4 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [LeaderAndIsrPartitionError] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try LeaderAndIsrPartitionError(from: &buffer, version: version))
                }
                self.partitionErrors = items
            } else {
                throw .unexpectedNull(field: "partitionErrors")
            }
        }
        if version >= 5 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [LeaderAndIsrTopicError] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try LeaderAndIsrTopicError(from: &buffer, version: version))
                }
                self.topics = items
            } else {
                throw .unexpectedNull(field: "topics")
            }
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "LeaderAndIsrResponse", version: version)
        }
        let flexible = version >= 4
        buffer.writeInteger(self.errorCode, as: Int16.self)
        if version <= 4 {
            try buffer.writeKafkaArrayCount(self.partitionErrors.count, compact: flexible)
            for element in self.partitionErrors {
                try element.write(to: &buffer, version: version)
            }
        } else if !self.partitionErrors.isEmpty {
            throw .fieldNotSupported(field: "partitionErrors", message: "LeaderAndIsrResponse", version: version)
        }
        if version >= 5 {
            try buffer.writeKafkaArrayCount(self.topics.count, compact: flexible)
            for element in self.topics {
                try element.write(to: &buffer, version: version)
            }
        } else if !self.topics.isEmpty {
            throw .fieldNotSupported(field: "topics", message: "LeaderAndIsrResponse", version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("LeaderAndIsrResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 5-7.
    package struct LeaderAndIsrTopicError: Equatable, Sendable {
        /// The unique topic ID
        package var topicId: KafkaUUID = .zero
        /// Each partition.
        package var partitionErrors: [LeaderAndIsrPartitionError] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.topicId = try buffer.readKafkaUUID()
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [LeaderAndIsrPartitionError] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try LeaderAndIsrPartitionError(from: &buffer, version: version))
                }
                self.partitionErrors = items
            } else {
                throw .unexpectedNull(field: "partitionErrors")
            }
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeKafkaUUID(self.topicId)
            try buffer.writeKafkaArrayCount(self.partitionErrors.count, compact: true)
            for element in self.partitionErrors {
                try element.write(to: &buffer, version: version)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0-7.
    package struct LeaderAndIsrPartitionError: Equatable, Sendable {
        /// The topic name.
        package var topicName: String = ""
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// The partition error code, or 0 if there was no error.
        package var errorCode: Int16 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            if version <= 4 {
                self.topicName = try buffer.readKafkaString(compact: flexible, field: "topicName")
            }
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 4
            if version <= 4 {
                try buffer.writeKafkaString(self.topicName, compact: flexible)
            }
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeInteger(self.errorCode, as: Int16.self)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("LeaderAndIsrResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
