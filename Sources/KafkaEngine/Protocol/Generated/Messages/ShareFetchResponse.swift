// Generated from message/ShareFetchResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ShareFetchResponse (API key 78), versions 0, flexible 0+.
package struct ShareFetchResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .shareFetch
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The top-level response error code.
    package var errorCode: Int16 = 0
    /// The top-level error message, or null if there was no error.
    package var errorMessage: String? = nil
    /// The response topics.
    package var responses: [ShareFetchableTopicResponse] = []
    /// Endpoints for all current leaders enumerated in PartitionData with error NOT_LEADER_OR_FOLLOWER.
    package var nodeEndpoints: [NodeEndpoint] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ShareFetchResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        self.errorMessage = try buffer.readKafkaNullableString(compact: true)
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [ShareFetchableTopicResponse] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try ShareFetchableTopicResponse(from: &buffer, version: version))
            }
            self.responses = items
        } else {
            throw .unexpectedNull(field: "responses")
        }
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [NodeEndpoint] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try NodeEndpoint(from: &buffer, version: version))
            }
            self.nodeEndpoints = items
        } else {
            throw .unexpectedNull(field: "nodeEndpoints")
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ShareFetchResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        buffer.writeInteger(self.errorCode, as: Int16.self)
        try buffer.writeKafkaString(self.errorMessage, compact: true)
        try buffer.writeKafkaArrayCount(self.responses.count, compact: true)
        for element in self.responses {
            try element.write(to: &buffer, version: version)
        }
        try buffer.writeKafkaArrayCount(self.nodeEndpoints.count, compact: true)
        for element in self.nodeEndpoints {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0.
    package struct ShareFetchableTopicResponse: Equatable, Sendable {
        /// The unique topic ID.
        package var topicId: KafkaUUID = .zero
        /// The topic partitions.
        package var partitions: [PartitionData] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.topicId = try buffer.readKafkaUUID()
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [PartitionData] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try PartitionData(from: &buffer, version: version))
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
            buffer.writeKafkaUUID(self.topicId)
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
            for element in self.partitions {
                try element.write(to: &buffer, version: version)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0.
    package struct PartitionData: Equatable, Sendable {
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// The fetch error code, or 0 if there was no fetch error.
        package var errorCode: Int16 = 0
        /// The fetch error message, or null if there was no fetch error.
        package var errorMessage: String? = nil
        /// The acknowledge error code, or 0 if there was no acknowledge error.
        package var acknowledgeErrorCode: Int16 = 0
        /// The acknowledge error message, or null if there was no acknowledge error.
        package var acknowledgeErrorMessage: String? = nil
        package var currentLeader: LeaderIdAndEpoch = LeaderIdAndEpoch()
        /// The record data.
        package var records: ByteBuffer? = nil
        /// The acquired records.
        package var acquiredRecords: [AcquiredRecords] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.errorMessage = try buffer.readKafkaNullableString(compact: true)
            self.acknowledgeErrorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.acknowledgeErrorMessage = try buffer.readKafkaNullableString(compact: true)
            self.currentLeader = try LeaderIdAndEpoch(from: &buffer, version: version)
            self.records = try buffer.readKafkaNullableBytes(compact: true)
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [AcquiredRecords] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try AcquiredRecords(from: &buffer, version: version))
                }
                self.acquiredRecords = items
            } else {
                throw .unexpectedNull(field: "acquiredRecords")
            }
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeInteger(self.errorCode, as: Int16.self)
            try buffer.writeKafkaString(self.errorMessage, compact: true)
            buffer.writeInteger(self.acknowledgeErrorCode, as: Int16.self)
            try buffer.writeKafkaString(self.acknowledgeErrorMessage, compact: true)
            try self.currentLeader.write(to: &buffer, version: version)
            try buffer.writeKafkaBytes(self.records, compact: true)
            try buffer.writeKafkaArrayCount(self.acquiredRecords.count, compact: true)
            for element in self.acquiredRecords {
                try element.write(to: &buffer, version: version)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0.
    package struct LeaderIdAndEpoch: Equatable, Sendable {
        /// The ID of the current leader or -1 if the leader is unknown.
        package var leaderId: Int32 = 0
        /// The latest known leader epoch.
        package var leaderEpoch: Int32 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.leaderId = try buffer.readKafkaInteger(as: Int32.self)
            self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.leaderId, as: Int32.self)
            buffer.writeInteger(self.leaderEpoch, as: Int32.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0.
    package struct AcquiredRecords: Equatable, Sendable {
        /// The earliest offset in this batch of acquired records.
        package var firstOffset: Int64 = 0
        /// The last offset of this batch of acquired records.
        package var lastOffset: Int64 = 0
        /// The delivery count of this batch of acquired records.
        package var deliveryCount: Int16 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.firstOffset = try buffer.readKafkaInteger(as: Int64.self)
            self.lastOffset = try buffer.readKafkaInteger(as: Int64.self)
            self.deliveryCount = try buffer.readKafkaInteger(as: Int16.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.firstOffset, as: Int64.self)
            buffer.writeInteger(self.lastOffset, as: Int64.self)
            buffer.writeInteger(self.deliveryCount, as: Int16.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0.
    package struct NodeEndpoint: Equatable, Sendable {
        /// The ID of the associated node.
        package var nodeId: Int32 = 0
        /// The node's hostname.
        package var host: String = ""
        /// The node's port.
        package var port: Int32 = 0
        /// The rack of the node, or null if it has not been assigned to a rack.
        package var rack: String? = nil
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.nodeId = try buffer.readKafkaInteger(as: Int32.self)
            self.host = try buffer.readKafkaString(compact: true, field: "host")
            self.port = try buffer.readKafkaInteger(as: Int32.self)
            self.rack = try buffer.readKafkaNullableString(compact: true)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.nodeId, as: Int32.self)
            try buffer.writeKafkaString(self.host, compact: true)
            buffer.writeInteger(self.port, as: Int32.self)
            try buffer.writeKafkaString(self.rack, compact: true)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
