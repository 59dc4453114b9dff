// Generated from message/OffsetFetchResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// OffsetFetchResponse (API key 9), versions 0-9, flexible 6+.
package struct OffsetFetchResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .offsetFetch
    package static let validVersions: ClosedRange<Int16> = 0...9
    package static let firstFlexibleVersion: Int16? = 6

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The responses per topic.
    package var topics: [OffsetFetchResponseTopic] = []
    /// The top-level error code, or 0 if there was no error.
    package var errorCode: Int16 = 0
    /// The responses per group id.
    package var groups: [OffsetFetchResponseGroup] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "OffsetFetchResponse", version: version)
        }
        let flexible = version >= 6
        if version >= 3 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        }
        if version <= 7 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [OffsetFetchResponseTopic] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try OffsetFetchResponseTopic(from: &buffer, version: version))
                }
                self.topics = items
            } else {
                throw .unexpectedNull(field: "topics")
            }
        }
        if version >= 2 && version <= 7 {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        }
        if version >= 8 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [OffsetFetchResponseGroup] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try OffsetFetchResponseGroup(from: &buffer, version: version))
                }
                self.groups = items
            } else {
                throw .unexpectedNull(field: "groups")
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
            throw .unsupportedVersion(message: "OffsetFetchResponse", version: version)
        }
        let flexible = version >= 6
        if version >= 3 {
            buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        }
        if version <= 7 {
            try buffer.writeKafkaArrayCount(self.topics.count, compact: flexible)
            for element in self.topics {
                try element.write(to: &buffer, version: version)
            }
        } else if !self.topics.isEmpty {
            throw .fieldNotSupported(field: "topics", message: "OffsetFetchResponse", version: version)
        }
        if version >= 2 && version <= 7 {
            buffer.writeInteger(self.errorCode, as: Int16.self)
        }
        if version >= 8 {
            try buffer.writeKafkaArrayCount(self.groups.count, compact: flexible)
            for element in self.groups {
                try element.write(to: &buffer, version: version)
            }
        } else if !self.groups.isEmpty {
            throw .fieldNotSupported(field: "groups", message: "OffsetFetchResponse", version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("OffsetFetchResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-7.
    package struct OffsetFetchResponseTopic: Equatable, Sendable {
        /// The topic name.
        package var name: String = ""
        /// The responses per partition
        package var partitions: [OffsetFetchResponsePartition] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 6
            self.name = try buffer.readKafkaString(compact: flexible, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [OffsetFetchResponsePartition] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try OffsetFetchResponsePartition(from: &buffer, version: version))
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
                throw .malformed("OffsetFetchResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-7.
    package struct OffsetFetchResponsePartition: Equatable, Sendable {
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// The committed message offset.
        package var committedOffset: Int64 = 0
        /// The leader epoch.
        package var committedLeaderEpoch: Int32 = -1
        /// The partition metadata.
        package var metadata: String? = ""
        /// The error code, or 0 if there was no error.
        package var errorCode: Int16 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 6
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.committedOffset = try buffer.readKafkaInteger(as: Int64.self)
            if version >= 5 {
                self.committedLeaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
            }
            self.metadata = try buffer.readKafkaNullableString(compact: flexible)
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 6
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeInteger(self.committedOffset, as: Int64.self)
            if version >= 5 {
                buffer.writeInteger(self.committedLeaderEpoch, as: Int32.self)
            }
            try buffer.writeKafkaString(self.metadata, compact: flexible)
            buffer.writeInteger(self.errorCode, as: Int16.self)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("OffsetFetchResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 8-9.
    package struct OffsetFetchResponseGroup: Equatable, Sendable {
        /// The group ID.
        package var groupId: String = ""
        /// The responses per topic.
        package var topics: [OffsetFetchResponseTopics] = []
        /// The group-level error code, or 0 if there was no error.
        package var errorCode: Int16 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.groupId = try buffer.readKafkaString(compact: true, field: "groupId")
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [OffsetFetchResponseTopics] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try OffsetFetchResponseTopics(from: &buffer, version: version))
                }
                self.topics = items
            } else {
                throw .unexpectedNull(field: "topics")
            }
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.groupId, compact: true)
            try buffer.writeKafkaArrayCount(self.topics.count, compact: true)
            for element in self.topics {
                try element.write(to: &buffer, version: version)
            }
            buffer.writeInteger(self.errorCode, as: Int16.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 8-9.
    package struct OffsetFetchResponseTopics: Equatable, Sendable {
        /// The topic name.
        package var name: String = ""
        /// The responses per partition
        package var partitions: [OffsetFetchResponsePartitions] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [OffsetFetchResponsePartitions] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try OffsetFetchResponsePartitions(from: &buffer, version: version))
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

    /// Versions 8-9.
    package struct OffsetFetchResponsePartitions: Equatable, Sendable {
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// The committed message offset.
        package var committedOffset: Int64 = 0
        /// The leader epoch.
        package var committedLeaderEpoch: Int32 = -1
        /// The partition metadata.
        package var metadata: String? = ""
        /// The partition-level error code, or 0 if there was no error.
        package var errorCode: Int16 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.committedOffset = try buffer.readKafkaInteger(as: Int64.self)
            self.committedLeaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
            self.metadata = try buffer.readKafkaNullableString(compact: true)
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeInteger(self.committedOffset, as: Int64.self)
            buffer.writeInteger(self.committedLeaderEpoch, as: Int32.self)
            try buffer.writeKafkaString(self.metadata, compact: true)
            buffer.writeInteger(self.errorCode, as: Int16.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
