// Generated from message/AddPartitionsToTxnResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// AddPartitionsToTxnResponse (API key 24), versions 0-5, flexible 3+.
package struct AddPartitionsToTxnResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .addPartitionsToTxn
    package static let validVersions: ClosedRange<Int16> = 0...5
    package static let firstFlexibleVersion: Int16? = 3

    /// Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The response top level error code.
    package var errorCode: Int16 = 0
    /// Results categorized by transactional ID.
    package var resultsByTransaction: [AddPartitionsToTxnResult] = []
    /// The results for each topic.
    package var resultsByTopicV3AndBelow: [AddPartitionsToTxnTopicResult] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "AddPartitionsToTxnResponse", version: version)
        }
        let flexible = version >= 3
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        if version >= 4 {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        }
        if version >= 4 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [AddPartitionsToTxnResult] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try AddPartitionsToTxnResult(from: &buffer, version: version))
                }
                self.resultsByTransaction = items
            } else {
                throw .unexpectedNull(field: "resultsByTransaction")
            }
        }
        if version <= 3 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [AddPartitionsToTxnTopicResult] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try AddPartitionsToTxnTopicResult(from: &buffer, version: version))
                }
                self.resultsByTopicV3AndBelow = items
            } else {
                throw .unexpectedNull(field: "resultsByTopicV3AndBelow")
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
            throw .unsupportedVersion(message: "AddPartitionsToTxnResponse", version: version)
        }
        let flexible = version >= 3
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        if version >= 4 {
            buffer.writeInteger(self.errorCode, as: Int16.self)
        }
        if version >= 4 {
            try buffer.writeKafkaArrayCount(self.resultsByTransaction.count, compact: flexible)
            for element in self.resultsByTransaction {
                try element.write(to: &buffer, version: version)
            }
        } else if !self.resultsByTransaction.isEmpty {
            throw .fieldNotSupported(field: "resultsByTransaction", message: "AddPartitionsToTxnResponse", version: version)
        }
        if version <= 3 {
            try buffer.writeKafkaArrayCount(self.resultsByTopicV3AndBelow.count, compact: flexible)
            for element in self.resultsByTopicV3AndBelow {
                try element.write(to: &buffer, version: version)
            }
        } else if !self.resultsByTopicV3AndBelow.isEmpty {
            throw .fieldNotSupported(field: "resultsByTopicV3AndBelow", message: "AddPartitionsToTxnResponse", version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("AddPartitionsToTxnResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 4-5.
    package struct AddPartitionsToTxnResult: Equatable, Sendable {
        /// The transactional id corresponding to the transaction.
        package var transactionalId: String = ""
        /// The results for each topic.
        package var topicResults: [AddPartitionsToTxnTopicResult] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.transactionalId = try buffer.readKafkaString(compact: true, field: "transactionalId")
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [AddPartitionsToTxnTopicResult] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try AddPartitionsToTxnTopicResult(from: &buffer, version: version))
                }
                self.topicResults = items
            } else {
                throw .unexpectedNull(field: "topicResults")
            }
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.transactionalId, compact: true)
            try buffer.writeKafkaArrayCount(self.topicResults.count, compact: true)
            for element in self.topicResults {
                try element.write(to: &buffer, version: version)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0-5.
    package struct AddPartitionsToTxnTopicResult: Equatable, Sendable {
        /// The topic name.
        package var name: String = ""
        /// The results for each partition
        package var resultsByPartition: [AddPartitionsToTxnPartitionResult] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 3
            self.name = try buffer.readKafkaString(compact: flexible, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [AddPartitionsToTxnPartitionResult] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try AddPartitionsToTxnPartitionResult(from: &buffer, version: version))
                }
                self.resultsByPartition = items
            } else {
                throw .unexpectedNull(field: "resultsByPartition")
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 3
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaArrayCount(self.resultsByPartition.count, compact: flexible)
            for element in self.resultsByPartition {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("AddPartitionsToTxnResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-5.
    package struct AddPartitionsToTxnPartitionResult: Equatable, Sendable {
        /// The partition indexes.
        package var partitionIndex: Int32 = 0
        /// The response error code.
        package var partitionErrorCode: Int16 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 3
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.partitionErrorCode = try buffer.readKafkaInteger(as: Int16.self)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 3
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeInteger(self.partitionErrorCode, as: Int16.self)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("AddPartitionsToTxnResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
