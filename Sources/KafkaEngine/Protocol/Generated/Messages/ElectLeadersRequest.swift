// Generated from message/ElectLeadersRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ElectLeadersRequest (API key 43), versions 0-2, flexible 2+.
package struct ElectLeadersRequest: KafkaRequestMessage {
    package typealias Response = ElectLeadersResponse
    package static let apiKey: ApiKey = .electLeaders
    package static let validVersions: ClosedRange<Int16> = 0...2
    package static let firstFlexibleVersion: Int16? = 2

    /// Type of elections to conduct for the partition. A value of '0' elects the preferred replica. A value of '1' elects the first live replica if there are no in-sync replica.
    package var electionType: Int8 = 0
    /// The topic partitions to elect leaders.
    package var topicPartitions: [TopicPartitions]? = []
    /// The time in ms to wait for the election to complete.
    package var timeoutMs: Int32 = 60000
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ElectLeadersRequest", version: version)
        }
        let flexible = version >= 2
        if version >= 1 {
            self.electionType = try buffer.readKafkaInteger(as: Int8.self)
        }
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [TopicPartitions] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try TopicPartitions(from: &buffer, version: version))
            }
            self.topicPartitions = items
        } else {
            self.topicPartitions = nil
        }
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self)
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ElectLeadersRequest", version: version)
        }
        let flexible = version >= 2
        if version >= 1 {
            buffer.writeInteger(self.electionType, as: Int8.self)
        } else if self.electionType != 0 {
            throw .fieldNotSupported(field: "electionType", message: "ElectLeadersRequest", version: version)
        }
        if let array = self.topicPartitions {
            try buffer.writeKafkaArrayCount(array.count, compact: flexible)
            for element in array {
                try element.write(to: &buffer, version: version)
            }
        } else {
            try buffer.writeKafkaArrayCount(nil, compact: flexible)
        }
        buffer.writeInteger(self.timeoutMs, as: Int32.self)
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("ElectLeadersRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-2.
    package struct TopicPartitions: Equatable, Sendable {
        /// The name of a topic.
        package var topic: String = ""
        /// The partitions of this topic whose leader should be elected.
        package var partitions: [Int32] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            self.topic = try buffer.readKafkaString(compact: flexible, field: "topic")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
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
            let flexible = version >= 2
            try buffer.writeKafkaString(self.topic, compact: flexible)
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: flexible)
            for element in self.partitions {
                buffer.writeInteger(element, as: Int32.self)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("ElectLeadersRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
