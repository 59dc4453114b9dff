// Generated from message/ElectLeadersResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ElectLeadersResponse (API key 43), versions 0-2, flexible 2+.
package struct ElectLeadersResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .electLeaders
    package static let validVersions: ClosedRange<Int16> = 0...2
    package static let firstFlexibleVersion: Int16? = 2

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The top level response error code.
    package var errorCode: Int16 = 0
    /// The election results, or an empty array if the requester did not have permission and the request asks for all partitions.
    package var replicaElectionResults: [ReplicaElectionResult] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ElectLeadersResponse", version: version)
        }
        let flexible = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        if version >= 1 {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        }
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [ReplicaElectionResult] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try ReplicaElectionResult(from: &buffer, version: version))
            }
            self.replicaElectionResults = items
        } else {
            throw .unexpectedNull(field: "replicaElectionResults")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ElectLeadersResponse", version: version)
        }
        let flexible = version >= 2
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        if version >= 1 {
            buffer.writeInteger(self.errorCode, as: Int16.self)
        } else if self.errorCode != 0 {
            throw .fieldNotSupported(field: "errorCode", message: "ElectLeadersResponse", version: version)
        }
        try buffer.writeKafkaArrayCount(self.replicaElectionResults.count, compact: flexible)
        for element in self.replicaElectionResults {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("ElectLeadersResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-2.
    package struct ReplicaElectionResult: Equatable, Sendable {
        /// The topic name
        package var topic: String = ""
        /// The results for each partition
        package var partitionResult: [PartitionResult] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            self.topic = try buffer.readKafkaString(compact: flexible, field: "topic")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [PartitionResult] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try PartitionResult(from: &buffer, version: version))
                }
                self.partitionResult = items
            } else {
                throw .unexpectedNull(field: "partitionResult")
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            try buffer.writeKafkaString(self.topic, compact: flexible)
            try buffer.writeKafkaArrayCount(self.partitionResult.count, compact: flexible)
            for element in self.partitionResult {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("ElectLeadersResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-2.
    package struct PartitionResult: Equatable, Sendable {
        /// The partition id
        package var partitionId: Int32 = 0
        /// The result error, or zero if there was no error.
        package var errorCode: Int16 = 0
        /// The result message, or null if there was no error.
        package var errorMessage: String? = ""
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            self.partitionId = try buffer.readKafkaInteger(as: Int32.self)
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
            buffer.writeInteger(self.partitionId, as: Int32.self)
            buffer.writeInteger(self.errorCode, as: Int16.self)
            try buffer.writeKafkaString(self.errorMessage, compact: flexible)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("ElectLeadersResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
