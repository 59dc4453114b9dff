// Generated from message/ProduceRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ProduceRequest (API key 0), versions 0-11, flexible 9+.
package struct ProduceRequest: KafkaRequestMessage {
    package typealias Response = ProduceResponse
    package static let apiKey: ApiKey = .produce
    package static let validVersions: ClosedRange<Int16> = 0...11
    package static let firstFlexibleVersion: Int16? = 9

    /// The transactional ID, or null if the producer is not transactional.
    package var transactionalId: String? = nil
    /// The number of acknowledgments the producer requires the leader to have received before considering a request complete. Allowed values: 0 for no acknowledgments, 1 for only the leader and -1 for the full ISR.
    package var acks: Int16 = 0
    /// The timeout to await a response in milliseconds.
    package var timeoutMs: Int32 = 0
    /// Each topic to produce to.
    package var topicData: [TopicProduceData] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ProduceRequest", version: version)
        }
        let flexible = version >= 9
        if version >= 3 {
            self.transactionalId = try buffer.readKafkaNullableString(compact: flexible)
        }
        self.acks = try buffer.readKafkaInteger(as: Int16.self)
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self)
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [TopicProduceData] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try TopicProduceData(from: &buffer, version: version))
            }
            self.topicData = items
        } else {
            throw .unexpectedNull(field: "topicData")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ProduceRequest", version: version)
        }
        let flexible = version >= 9
        if version >= 3 {
            try buffer.writeKafkaString(self.transactionalId, compact: flexible)
        } else if self.transactionalId != nil {
            throw .fieldNotSupported(field: "transactionalId", message: "ProduceRequest", version: version)
        }
        buffer.writeInteger(self.acks, as: Int16.self)
        buffer.writeInteger(self.timeoutMs, as: Int32.self)
        try buffer.writeKafkaArrayCount(self.topicData.count, compact: flexible)
        for element in self.topicData {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("ProduceRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-11.
    package struct TopicProduceData: Equatable, Sendable {
        /// The topic name.
        package var name: String = ""
        /// Each partition to produce to.
        package var partitionData: [PartitionProduceData] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 9
            self.name = try buffer.readKafkaString(compact: flexible, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [PartitionProduceData] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try PartitionProduceData(from: &buffer, version: version))
                }
                self.partitionData = items
            } else {
                throw .unexpectedNull(field: "partitionData")
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 9
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaArrayCount(self.partitionData.count, compact: flexible)
            for element in self.partitionData {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("ProduceRequest v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-11.
    package struct PartitionProduceData: Equatable, Sendable {
        /// The partition index.
        package var index: Int32 = 0
        /// The record data to be produced.
        package var records: ByteBuffer? = nil
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 9
            self.index = try buffer.readKafkaInteger(as: Int32.self)
            self.records = try buffer.readKafkaNullableBytes(compact: flexible)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 9
            buffer.writeInteger(self.index, as: Int32.self)
            try buffer.writeKafkaBytes(self.records, compact: flexible)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("ProduceRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
