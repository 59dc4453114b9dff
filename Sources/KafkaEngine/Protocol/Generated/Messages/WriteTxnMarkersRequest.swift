// Generated from message/WriteTxnMarkersRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// WriteTxnMarkersRequest (API key 27), versions 0-1, flexible 1+.
package struct WriteTxnMarkersRequest: KafkaRequestMessage {
    package typealias Response = WriteTxnMarkersResponse
    package static let apiKey: ApiKey = .writeTxnMarkers
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = 1

    /// The transaction markers to be written.
    package var markers: [WritableTxnMarker] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "WriteTxnMarkersRequest", version: version)
        }
        let flexible = version >= 1
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [WritableTxnMarker] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try WritableTxnMarker(from: &buffer, version: version))
            }
            self.markers = items
        } else {
            throw .unexpectedNull(field: "markers")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "WriteTxnMarkersRequest", version: version)
        }
        let flexible = version >= 1
        try buffer.writeKafkaArrayCount(self.markers.count, compact: flexible)
        for element in self.markers {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("WriteTxnMarkersRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-1.
    package struct WritableTxnMarker: Equatable, Sendable {
        /// The current producer ID.
        package var producerId: Int64 = 0
        /// The current epoch associated with the producer ID.
        package var producerEpoch: Int16 = 0
        /// The result of the transaction to write to the partitions (false = ABORT, true = COMMIT).
        package var transactionResult: Bool = false
        /// Each topic that we want to write transaction marker(s) for.
        package var topics: [WritableTxnMarkerTopic] = []
        /// Epoch associated with the transaction state partition hosted by this transaction coordinator
        package var coordinatorEpoch: Int32 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            self.producerId = try buffer.readKafkaInteger(as: Int64.self)
            self.producerEpoch = try buffer.readKafkaInteger(as: Int16.self)
            self.transactionResult = try buffer.readKafkaBool()
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [WritableTxnMarkerTopic] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try WritableTxnMarkerTopic(from: &buffer, version: version))
                }
                self.topics = items
            } else {
                throw .unexpectedNull(field: "topics")
            }
            self.coordinatorEpoch = try buffer.readKafkaInteger(as: Int32.self)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            buffer.writeInteger(self.producerId, as: Int64.self)
            buffer.writeInteger(self.producerEpoch, as: Int16.self)
            buffer.writeKafkaBool(self.transactionResult)
            try buffer.writeKafkaArrayCount(self.topics.count, compact: flexible)
            for element in self.topics {
                try element.write(to: &buffer, version: version)
            }
            buffer.writeInteger(self.coordinatorEpoch, as: Int32.self)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("WriteTxnMarkersRequest v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-1.
    package struct WritableTxnMarkerTopic: Equatable, Sendable {
        /// The topic name.
        package var name: String = ""
        /// The indexes of the partitions to write transaction markers for.
        package var partitionIndexes: [Int32] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
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
            let flexible = version >= 1
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaArrayCount(self.partitionIndexes.count, compact: flexible)
            for element in self.partitionIndexes {
                buffer.writeInteger(element, as: Int32.self)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("WriteTxnMarkersRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
