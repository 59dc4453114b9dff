// Generated from message/ControlledShutdownResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ControlledShutdownResponse (API key 7), versions 0-3, flexible 3+.
package struct ControlledShutdownResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .controlledShutdown
    package static let validVersions: ClosedRange<Int16> = 0...3
    package static let firstFlexibleVersion: Int16? = 3

    /// The top-level error code.
    package var errorCode: Int16 = 0
    /// The partitions that the broker still leads.
    package var remainingPartitions: [RemainingPartition] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ControlledShutdownResponse", version: version)
        }
        let flexible = version >= 3
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [RemainingPartition] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try RemainingPartition(from: &buffer, version: version))
            }
            self.remainingPartitions = items
        } else {
            throw .unexpectedNull(field: "remainingPartitions")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ControlledShutdownResponse", version: version)
        }
        let flexible = version >= 3
        buffer.writeInteger(self.errorCode, as: Int16.self)
        try buffer.writeKafkaArrayCount(self.remainingPartitions.count, compact: flexible)
        for element in self.remainingPartitions {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("ControlledShutdownResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-3.
    package struct RemainingPartition: Equatable, Sendable {
        /// The name of the topic.
        package var topicName: String = ""
        /// The index of the partition.
        package var partitionIndex: Int32 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 3
            self.topicName = try buffer.readKafkaString(compact: flexible, field: "topicName")
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 3
            try buffer.writeKafkaString(self.topicName, compact: flexible)
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("ControlledShutdownResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
