// Generated from message/ListOffsetsRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ListOffsetsRequest (API key 2), versions 0-10, flexible 6+.
package struct ListOffsetsRequest: KafkaRequestMessage {
    package typealias Response = ListOffsetsResponse
    package static let apiKey: ApiKey = .listOffsets
    package static let validVersions: ClosedRange<Int16> = 0...10
    package static let firstFlexibleVersion: Int16? = 6

    /// The broker ID of the requester, or -1 if this request is being made by a normal consumer.
    package var replicaId: Int32 = 0
    /// This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records
    package var isolationLevel: Int8 = 0
    /// Each topic in the request.
    package var topics: [ListOffsetsTopic] = []
    /// The timeout to await a response in milliseconds for requests that require reading from remote storage for topics enabled with tiered storage.
    package var timeoutMs: Int32 = 0
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ListOffsetsRequest", version: version)
        }
        let flexible = version >= 6
        self.replicaId = try buffer.readKafkaInteger(as: Int32.self)
        if version >= 2 {
            self.isolationLevel = try buffer.readKafkaInteger(as: Int8.self)
        }
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [ListOffsetsTopic] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try ListOffsetsTopic(from: &buffer, version: version))
            }
            self.topics = items
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if version >= 10 {
            self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self)
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ListOffsetsRequest", version: version)
        }
        let flexible = version >= 6
        buffer.writeInteger(self.replicaId, as: Int32.self)
        if version >= 2 {
            buffer.writeInteger(self.isolationLevel, as: Int8.self)
        } else if self.isolationLevel != 0 {
            throw .fieldNotSupported(field: "isolationLevel", message: "ListOffsetsRequest", version: version)
        }
        try buffer.writeKafkaArrayCount(self.topics.count, compact: flexible)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        if version >= 10 {
            buffer.writeInteger(self.timeoutMs, as: Int32.self)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("ListOffsetsRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-10.
    package struct ListOffsetsTopic: Equatable, Sendable {
        /// The topic name.
        package var name: String = ""
        /// Each partition in the request.
        package var partitions: [ListOffsetsPartition] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 6
            self.name = try buffer.readKafkaString(compact: flexible, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [ListOffsetsPartition] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try ListOffsetsPartition(from: &buffer, version: version))
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
            let flexible = version >= 6
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: flexible)
            for element in self.partitions {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("ListOffsetsRequest v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-10.
    package struct ListOffsetsPartition: Equatable, Sendable {
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// The current leader epoch.
        package var currentLeaderEpoch: Int32 = -1
        /// The current timestamp.
        package var timestamp: Int64 = 0
        /// The maximum number of offsets to report.
        package var maxNumOffsets: Int32 = 1
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 6
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            if version >= 4 {
                self.currentLeaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
            }
            self.timestamp = try buffer.readKafkaInteger(as: Int64.self)
            if version <= 0 {
                self.maxNumOffsets = try buffer.readKafkaInteger(as: Int32.self)
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 6
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            if version >= 4 {
                buffer.writeInteger(self.currentLeaderEpoch, as: Int32.self)
            }
            buffer.writeInteger(self.timestamp, as: Int64.self)
            if version <= 0 {
                buffer.writeInteger(self.maxNumOffsets, as: Int32.self)
            } else if self.maxNumOffsets != 1 {
                throw .fieldNotSupported(field: "maxNumOffsets", message: "ListOffsetsRequest", version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("ListOffsetsRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
