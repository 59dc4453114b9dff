// Generated from message/ListPartitionReassignmentsResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ListPartitionReassignmentsResponse (API key 46), versions 0, flexible 0+.
package struct ListPartitionReassignmentsResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .listPartitionReassignments
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The top-level error code, or 0 if there was no error
    package var errorCode: Int16 = 0
    /// The top-level error message, or null if there was no error.
    package var errorMessage: String? = ""
    /// The ongoing reassignments for each topic.
    package var topics: [OngoingTopicReassignment] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ListPartitionReassignmentsResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        self.errorMessage = try buffer.readKafkaNullableString(compact: true)
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [OngoingTopicReassignment] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try OngoingTopicReassignment(from: &buffer, version: version))
            }
            self.topics = items
        } else {
            throw .unexpectedNull(field: "topics")
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ListPartitionReassignmentsResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        buffer.writeInteger(self.errorCode, as: Int16.self)
        try buffer.writeKafkaString(self.errorMessage, compact: true)
        try buffer.writeKafkaArrayCount(self.topics.count, compact: true)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0.
    package struct OngoingTopicReassignment: Equatable, Sendable {
        /// The topic name.
        package var name: String = ""
        /// The ongoing reassignments for each partition.
        package var partitions: [OngoingPartitionReassignment] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [OngoingPartitionReassignment] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try OngoingPartitionReassignment(from: &buffer, version: version))
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

    /// Versions 0.
    package struct OngoingPartitionReassignment: Equatable, Sendable {
        /// The index of the partition.
        package var partitionIndex: Int32 = 0
        /// The current replica set.
        package var replicas: [Int32] = []
        /// The set of replicas we are currently adding.
        package var addingReplicas: [Int32] = []
        /// The set of replicas we are currently removing.
        package var removingReplicas: [Int32] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
                }
                self.replicas = items
            } else {
                throw .unexpectedNull(field: "replicas")
            }
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
                }
                self.addingReplicas = items
            } else {
                throw .unexpectedNull(field: "addingReplicas")
            }
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
                }
                self.removingReplicas = items
            } else {
                throw .unexpectedNull(field: "removingReplicas")
            }
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            try buffer.writeKafkaArrayCount(self.replicas.count, compact: true)
            for element in self.replicas {
                buffer.writeInteger(element, as: Int32.self)
            }
            try buffer.writeKafkaArrayCount(self.addingReplicas.count, compact: true)
            for element in self.addingReplicas {
                buffer.writeInteger(element, as: Int32.self)
            }
            try buffer.writeKafkaArrayCount(self.removingReplicas.count, compact: true)
            for element in self.removingReplicas {
                buffer.writeInteger(element, as: Int32.self)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
