// Generated from message/CreatePartitionsRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// CreatePartitionsRequest (API key 37), versions 0-3, flexible 2+.
package struct CreatePartitionsRequest: KafkaRequestMessage {
    package typealias Response = CreatePartitionsResponse
    package static let apiKey: ApiKey = .createPartitions
    package static let validVersions: ClosedRange<Int16> = 0...3
    package static let firstFlexibleVersion: Int16? = 2

    /// Each topic that we want to create new partitions inside.
    package var topics: [CreatePartitionsTopic] = []
    /// The time in ms to wait for the partitions to be created.
    package var timeoutMs: Int32 = 0
    /// If true, then validate the request, but don't actually increase the number of partitions.
    package var validateOnly: Bool = false
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "CreatePartitionsRequest", version: version)
        }
        let flexible = version >= 2
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [CreatePartitionsTopic] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try CreatePartitionsTopic(from: &buffer, version: version))
            }
            self.topics = items
        } else {
            throw .unexpectedNull(field: "topics")
        }
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self)
        self.validateOnly = try buffer.readKafkaBool()
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "CreatePartitionsRequest", version: version)
        }
        let flexible = version >= 2
        try buffer.writeKafkaArrayCount(self.topics.count, compact: flexible)
        for element in self.topics {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeInteger(self.timeoutMs, as: Int32.self)
        buffer.writeKafkaBool(self.validateOnly)
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("CreatePartitionsRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-3.
    package struct CreatePartitionsTopic: Equatable, Sendable {
        /// The topic name.
        package var name: String = ""
        /// The new partition count.
        package var count: Int32 = 0
        /// The new partition assignments.
        package var assignments: [CreatePartitionsAssignment]? = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            self.name = try buffer.readKafkaString(compact: flexible, field: "name")
            self.count = try buffer.readKafkaInteger(as: Int32.self)
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [CreatePartitionsAssignment] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try CreatePartitionsAssignment(from: &buffer, version: version))
                }
                self.assignments = items
            } else {
                self.assignments = nil
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            try buffer.writeKafkaString(self.name, compact: flexible)
            buffer.writeInteger(self.count, as: Int32.self)
            if let array = self.assignments {
                try buffer.writeKafkaArrayCount(array.count, compact: flexible)
                for element in array {
                    try element.write(to: &buffer, version: version)
                }
            } else {
                try buffer.writeKafkaArrayCount(nil, compact: flexible)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("CreatePartitionsRequest v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-3.
    package struct CreatePartitionsAssignment: Equatable, Sendable {
        /// The assigned broker IDs.
        package var brokerIds: [Int32] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [Int32] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaInteger(as: Int32.self))
                }
                self.brokerIds = items
            } else {
                throw .unexpectedNull(field: "brokerIds")
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            try buffer.writeKafkaArrayCount(self.brokerIds.count, compact: flexible)
            for element in self.brokerIds {
                buffer.writeInteger(element, as: Int32.self)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("CreatePartitionsRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
