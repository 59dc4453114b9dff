// Generated from message/ListOffsetsResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ListOffsetsResponse (API key 2), versions 0-10, flexible 6+.
package struct ListOffsetsResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .listOffsets
    package static let validVersions: ClosedRange<Int16> = 0...10
    package static let firstFlexibleVersion: Int16? = 6

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// Each topic in the response.
    package var topics: [ListOffsetsTopicResponse] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ListOffsetsResponse", version: version)
        }
        let flexible = version >= 6
        if version >= 2 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        }
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [ListOffsetsTopicResponse] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try ListOffsetsTopicResponse(from: &buffer, version: version))
            }
            self.topics = items
        } else {
            throw .unexpectedNull(field: "topics")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ListOffsetsResponse", version: version)
        }
        let flexible = version >= 6
        if version >= 2 {
            buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        }
        try buffer.writeKafkaArrayCount(self.topics.count, compact: flexible)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("ListOffsetsResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-10.
    package struct ListOffsetsTopicResponse: Equatable, Sendable {
        /// The topic name
        package var name: String = ""
        /// Each partition in the response.
        package var partitions: [ListOffsetsPartitionResponse] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 6
            self.name = try buffer.readKafkaString(compact: flexible, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [ListOffsetsPartitionResponse] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try ListOffsetsPartitionResponse(from: &buffer, version: version))
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
                throw .malformed("ListOffsetsResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-10.
    package struct ListOffsetsPartitionResponse: Equatable, Sendable {
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// The partition error code, or 0 if there was no error.
        package var errorCode: Int16 = 0
        /// The result offsets.
        package var oldStyleOffsets: [Int64] = []
        /// The timestamp associated with the returned offset.
        package var timestamp: Int64 = -1
        /// The returned offset.
        package var offset: Int64 = -1
        package var leaderEpoch: Int32 = -1
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 6
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            if version <= 0 {
                if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                    var items: [Int64] = []
                    items.reserveCapacity(count)
                    for _ in 0..<count {
                        items.append(try buffer.readKafkaInteger(as: Int64.self))
                    }
                    self.oldStyleOffsets = items
                } else {
                    throw .unexpectedNull(field: "oldStyleOffsets")
                }
            }
            if version >= 1 {
                self.timestamp = try buffer.readKafkaInteger(as: Int64.self)
            }
            if version >= 1 {
                self.offset = try buffer.readKafkaInteger(as: Int64.self)
            }
            if version >= 4 {
                self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
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
            buffer.writeInteger(self.errorCode, as: Int16.self)
            if version <= 0 {
                try buffer.writeKafkaArrayCount(self.oldStyleOffsets.count, compact: flexible)
                for element in self.oldStyleOffsets {
                    buffer.writeInteger(element, as: Int64.self)
                }
            } else if !self.oldStyleOffsets.isEmpty {
                throw .fieldNotSupported(field: "oldStyleOffsets", message: "ListOffsetsResponse", version: version)
            }
            if version >= 1 {
                buffer.writeInteger(self.timestamp, as: Int64.self)
            } else if self.timestamp != -1 {
                throw .fieldNotSupported(field: "timestamp", message: "ListOffsetsResponse", version: version)
            }
            if version >= 1 {
                buffer.writeInteger(self.offset, as: Int64.self)
            } else if self.offset != -1 {
                throw .fieldNotSupported(field: "offset", message: "ListOffsetsResponse", version: version)
            }
            if version >= 4 {
                buffer.writeInteger(self.leaderEpoch, as: Int32.self)
            } else if self.leaderEpoch != -1 {
                throw .fieldNotSupported(field: "leaderEpoch", message: "ListOffsetsResponse", version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("ListOffsetsResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
