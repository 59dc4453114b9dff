// Generated from message/ListPartitionReassignmentsRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ListPartitionReassignmentsRequest (API key 46), versions 0, flexible 0+.
package struct ListPartitionReassignmentsRequest: KafkaRequestMessage {
    package typealias Response = ListPartitionReassignmentsResponse
    package static let apiKey: ApiKey = .listPartitionReassignments
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The time in ms to wait for the request to complete.
    package var timeoutMs: Int32 = 60000
    /// The topics to list partition reassignments for, or null to list everything.
    package var topics: [ListPartitionReassignmentsTopics]? = nil
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ListPartitionReassignmentsRequest", version: version)
        }
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self)
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [ListPartitionReassignmentsTopics] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try ListPartitionReassignmentsTopics(from: &buffer, version: version))
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
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ListPartitionReassignmentsRequest", version: version)
        }
        buffer.writeInteger(self.timeoutMs, as: Int32.self)
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

    /// Versions 0.
    package struct ListPartitionReassignmentsTopics: Equatable, Sendable {
        /// The topic name
        package var name: String = ""
        /// The partitions to list partition reassignments for.
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
