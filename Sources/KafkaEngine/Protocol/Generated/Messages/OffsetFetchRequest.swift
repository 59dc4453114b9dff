// Generated from message/OffsetFetchRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// OffsetFetchRequest (API key 9), versions 0-9, flexible 6+.
package struct OffsetFetchRequest: KafkaRequestMessage {
    package typealias Response = OffsetFetchResponse
    package static let apiKey: ApiKey = .offsetFetch
    package static let validVersions: ClosedRange<Int16> = 0...9
    package static let firstFlexibleVersion: Int16? = 6

    /// The group to fetch offsets for.
    package var groupId: String = ""
    /// Each topic we would like to fetch offsets for, or null to fetch offsets for all topics.
    package var topics: [OffsetFetchRequestTopic]? = []
    /// Each group we would like to fetch offsets for
    package var groups: [OffsetFetchRequestGroup] = []
    /// Whether broker should hold on returning unstable offsets but set a retriable error code for the partitions.
    package var requireStable: Bool = false
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "OffsetFetchRequest", version: version)
        }
        let flexible = version >= 6
        if version <= 7 {
            self.groupId = try buffer.readKafkaString(compact: flexible, field: "groupId")
        }
        if version <= 7 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [OffsetFetchRequestTopic] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try OffsetFetchRequestTopic(from: &buffer, version: version))
                }
                self.topics = items
            } else {
                if !(version >= 2) { throw .unexpectedNull(field: "topics") }
                self.topics = nil
            }
        }
        if version >= 8 {
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [OffsetFetchRequestGroup] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try OffsetFetchRequestGroup(from: &buffer, version: version))
                }
                self.groups = items
            } else {
                throw .unexpectedNull(field: "groups")
            }
        }
        if version >= 7 {
            self.requireStable = try buffer.readKafkaBool()
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "OffsetFetchRequest", version: version)
        }
        let flexible = version >= 6
        if version <= 7 {
            try buffer.writeKafkaString(self.groupId, compact: flexible)
        } else if self.groupId != "" {
            throw .fieldNotSupported(field: "groupId", message: "OffsetFetchRequest", version: version)
        }
        if version <= 7 {
            if self.topics == nil && !(version >= 2) { throw .unexpectedNull(field: "topics") }
            if let array = self.topics {
                try buffer.writeKafkaArrayCount(array.count, compact: flexible)
                for element in array {
                    try element.write(to: &buffer, version: version)
                }
            } else {
                try buffer.writeKafkaArrayCount(nil, compact: flexible)
            }
        } else if self.topics != [] {
            throw .fieldNotSupported(field: "topics", message: "OffsetFetchRequest", version: version)
        }
        if version >= 8 {
            try buffer.writeKafkaArrayCount(self.groups.count, compact: flexible)
            for element in self.groups {
                try element.write(to: &buffer, version: version)
            }
        } else if !self.groups.isEmpty {
            throw .fieldNotSupported(field: "groups", message: "OffsetFetchRequest", version: version)
        }
        if version >= 7 {
            buffer.writeKafkaBool(self.requireStable)
        } else if self.requireStable != false {
            throw .fieldNotSupported(field: "requireStable", message: "OffsetFetchRequest", version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("OffsetFetchRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-7.
    package struct OffsetFetchRequestTopic: Equatable, Sendable {
        /// The topic name.
        package var name: String = ""
        /// The partition indexes we would like to fetch offsets for.
        package var partitionIndexes: [Int32] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 6
            self.name = try buffer.readKafkaString(compact: flexible, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
                }
                self.partitionIndexes = items
            } else {
                throw .unexpectedNull(field: "partitionIndexes")
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
            try buffer.writeKafkaArrayCount(self.partitionIndexes.count, compact: flexible)
            for element in self.partitionIndexes {
                buffer.writeInteger(element, as: Int32.self)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("OffsetFetchRequest v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 8-9.
    package struct OffsetFetchRequestGroup: Equatable, Sendable {
        /// The group ID.
        package var groupId: String = ""
        /// The member ID assigned by the group coordinator if using the new consumer protocol (KIP-848).
        package var memberId: String? = nil
        /// The member epoch if using the new consumer protocol (KIP-848).
        package var memberEpoch: Int32 = -1
        /// Each topic we would like to fetch offsets for, or null to fetch offsets for all topics.
        package var topics: [OffsetFetchRequestTopics]? = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.groupId = try buffer.readKafkaString(compact: true, field: "groupId")
            if version >= 9 {
                self.memberId = try buffer.readKafkaNullableString(compact: true)
            }
            if version >= 9 {
                self.memberEpoch = try buffer.readKafkaInteger(as: Int32.self)
            }
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [OffsetFetchRequestTopics] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try OffsetFetchRequestTopics(from: &buffer, version: version))
                }
                self.topics = items
            } else {
                self.topics = nil
            }
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.groupId, compact: true)
            if version >= 9 {
                try buffer.writeKafkaString(self.memberId, compact: true)
            }
            if version >= 9 {
                buffer.writeInteger(self.memberEpoch, as: Int32.self)
            }
            if let array = self.topics {
                try buffer.writeKafkaArrayCount(array.count, compact: true)
                for element in array {
                    try element.write(to: &buffer, version: version)
                }
            } else {
                try buffer.writeKafkaArrayCount(nil, compact: true)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 8-9.
    package struct OffsetFetchRequestTopics: Equatable, Sendable {
        /// The topic name.
        package var name: String = ""
        /// The partition indexes we would like to fetch offsets for.
        package var partitionIndexes: [Int32] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
                }
                self.partitionIndexes = items
            } else {
                throw .unexpectedNull(field: "partitionIndexes")
            }
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.name, compact: true)
            try buffer.writeKafkaArrayCount(self.partitionIndexes.count, compact: true)
            for element in self.partitionIndexes {
                buffer.writeInteger(element, as: Int32.self)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
