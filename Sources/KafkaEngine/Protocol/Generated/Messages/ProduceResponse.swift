// Generated from message/ProduceResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ProduceResponse (API key 0), versions 0-11, flexible 9+.
package struct ProduceResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .produce
    package static let validVersions: ClosedRange<Int16> = 0...11
    package static let firstFlexibleVersion: Int16? = 9

    /// Each produce response
    package var responses: [TopicProduceResponse] = []
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// Endpoints for all current-leaders enumerated in PartitionProduceResponses, with errors NOT_LEADER_OR_FOLLOWER.
    package var nodeEndpoints: [NodeEndpoint] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ProduceResponse", version: version)
        }
        let flexible = version >= 9
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [TopicProduceResponse] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try TopicProduceResponse(from: &buffer, version: version))
            }
            self.responses = items
        } else {
            throw .unexpectedNull(field: "responses")
        }
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                switch tag {
                case 0 where version >= 10:
                    if let count = try field.readKafkaArrayCount(compact: flexible) {
                        var items: [NodeEndpoint] = []
                        items.reserveCapacity(count)
                        for _ in 0..<count {
                            items.append(try NodeEndpoint(from: &field, version: version))
                        }
                        self.nodeEndpoints = items
                    } else {
                        throw .unexpectedNull(field: "nodeEndpoints")
                    }
                default:
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ProduceResponse", version: version)
        }
        let flexible = version >= 9
        try buffer.writeKafkaArrayCount(self.responses.count, compact: flexible)
        for element in self.responses {
            try element.write(to: &buffer, version: version)
        }
        if version >= 1 {
            buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        }
        if !(version >= 10) && !self.nodeEndpoints.isEmpty {
            throw .fieldNotSupported(field: "nodeEndpoints", message: "ProduceResponse", version: version)
        }
        if flexible {
            var taggedFields: [RawTaggedField] = []
            if version >= 10 && !self.nodeEndpoints.isEmpty {
                var field = ByteBuffer()
                try field.writeKafkaArrayCount(self.nodeEndpoints.count, compact: flexible)
                for element in self.nodeEndpoints {
                    try element.write(to: &field, version: version)
                }
                taggedFields.append(RawTaggedField(tag: 0, data: field))
            }
            buffer.writeTaggedFields(known: taggedFields, unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("ProduceResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-11.
    package struct TopicProduceResponse: Equatable, Sendable {
        /// The topic name
        package var name: String = ""
        /// Each partition that we produced to within the topic.
        package var partitionResponses: [PartitionProduceResponse] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 9
            self.name = try buffer.readKafkaString(compact: flexible, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [PartitionProduceResponse] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try PartitionProduceResponse(from: &buffer, version: version))
                }
                self.partitionResponses = items
            } else {
                throw .unexpectedNull(field: "partitionResponses")
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 9
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaArrayCount(self.partitionResponses.count, compact: flexible)
            for element in self.partitionResponses {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("ProduceResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-11.
    package struct PartitionProduceResponse: Equatable, Sendable {
        /// The partition index.
        package var index: Int32 = 0
        /// The error code, or 0 if there was no error.
        package var errorCode: Int16 = 0
        /// The base offset.
        package var baseOffset: Int64 = 0
        /// The timestamp returned by broker after appending the messages. If CreateTime is used for the topic, the timestamp will be -1.  If LogAppendTime is used for the topic, the timestamp will be the broker local time when the messages are appended.
        package var logAppendTimeMs: Int64 = -1
        /// The log start offset.
        package var logStartOffset: Int64 = -1
        /// The batch indices of records that caused the batch to be dropped
        package var recordErrors: [BatchIndexAndErrorMessage] = []
        /// The global error message summarizing the common root cause of the records that caused the batch to be dropped
        package var errorMessage: String? = nil
        package var currentLeader: LeaderIdAndEpoch = LeaderIdAndEpoch()
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 9
            self.index = try buffer.readKafkaInteger(as: Int32.self)
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.baseOffset = try buffer.readKafkaInteger(as: Int64.self)
            if version >= 2 {
                self.logAppendTimeMs = try buffer.readKafkaInteger(as: Int64.self)
            }
            if version >= 5 {
                self.logStartOffset = try buffer.readKafkaInteger(as: Int64.self)
            }
            if version >= 8 {
                if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                    var items: [BatchIndexAndErrorMessage] = []
                    items.reserveCapacity(count)
                    for _ in 0..<count {
                        items.append(try BatchIndexAndErrorMessage(from: &buffer, version: version))
                    }
                    self.recordErrors = items
                } else {
                    throw .unexpectedNull(field: "recordErrors")
                }
            }
            if version >= 8 {
                self.errorMessage = try buffer.readKafkaNullableString(compact: flexible)
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    switch tag {
                    case 0 where version >= 10:
                        self.currentLeader = try LeaderIdAndEpoch(from: &field, version: version)
                    default:
                        self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                    }
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 9
            buffer.writeInteger(self.index, as: Int32.self)
            buffer.writeInteger(self.errorCode, as: Int16.self)
            buffer.writeInteger(self.baseOffset, as: Int64.self)
            if version >= 2 {
                buffer.writeInteger(self.logAppendTimeMs, as: Int64.self)
            }
            if version >= 5 {
                buffer.writeInteger(self.logStartOffset, as: Int64.self)
            }
            if version >= 8 {
                try buffer.writeKafkaArrayCount(self.recordErrors.count, compact: flexible)
                for element in self.recordErrors {
                    try element.write(to: &buffer, version: version)
                }
            }
            if version >= 8 {
                try buffer.writeKafkaString(self.errorMessage, compact: flexible)
            }
            if !(version >= 10) && self.currentLeader != LeaderIdAndEpoch() {
                throw .fieldNotSupported(field: "currentLeader", message: "ProduceResponse", version: version)
            }
            if flexible {
                var taggedFields: [RawTaggedField] = []
                if version >= 10 && self.currentLeader != LeaderIdAndEpoch() {
                    var field = ByteBuffer()
                    try self.currentLeader.write(to: &field, version: version)
                    taggedFields.append(RawTaggedField(tag: 0, data: field))
                }
                buffer.writeTaggedFields(known: taggedFields, unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("ProduceResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 8-11.
    package struct BatchIndexAndErrorMessage: Equatable, Sendable {
        /// The batch index of the record that cause the batch to be dropped
        package var batchIndex: Int32 = 0
        /// The error message of the record that caused the batch to be dropped
        package var batchIndexErrorMessage: String? = nil
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 9
            self.batchIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.batchIndexErrorMessage = try buffer.readKafkaNullableString(compact: flexible)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 9
            buffer.writeInteger(self.batchIndex, as: Int32.self)
            try buffer.writeKafkaString(self.batchIndexErrorMessage, compact: flexible)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("ProduceResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 10-11.
    package struct LeaderIdAndEpoch: Equatable, Sendable {
        /// The ID of the current leader or -1 if the leader is unknown.
        package var leaderId: Int32 = -1
        /// The latest known leader epoch
        package var leaderEpoch: Int32 = -1
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

    /// Versions 10-11.
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
