// Generated from message/WriteTxnMarkersResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// WriteTxnMarkersResponse (API key 27), versions 0-1, flexible 1+.
package struct WriteTxnMarkersResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .writeTxnMarkers
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = 1

    /// The results for writing makers.
    package var markers: [WritableTxnMarkerResult] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "WriteTxnMarkersResponse", version: version)
        }
        let flexible = version >= 1
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [WritableTxnMarkerResult] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try WritableTxnMarkerResult(from: &buffer, version: version))
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
            throw .unsupportedVersion(message: "WriteTxnMarkersResponse", version: version)
        }
        let flexible = version >= 1
        try buffer.writeKafkaArrayCount(self.markers.count, compact: flexible)
        for element in self.markers {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("WriteTxnMarkersResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-1.
    package struct WritableTxnMarkerResult: Equatable, Sendable {
        /// The current producer ID in use by the transactional ID.
        package var producerId: Int64 = 0
        /// The results by topic.
        package var topics: [WritableTxnMarkerTopicResult] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            self.producerId = try buffer.readKafkaInteger(as: Int64.self)
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [WritableTxnMarkerTopicResult] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try WritableTxnMarkerTopicResult(from: &buffer, version: version))
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
            let flexible = version >= 1
            buffer.writeInteger(self.producerId, as: Int64.self)
            try buffer.writeKafkaArrayCount(self.topics.count, compact: flexible)
            for element in self.topics {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("WriteTxnMarkersResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-1.
    package struct WritableTxnMarkerTopicResult: Equatable, Sendable {
        /// The topic name.
        package var name: String = ""
        /// The results by partition.
        package var partitions: [WritableTxnMarkerPartitionResult] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            self.name = try buffer.readKafkaString(compact: flexible, field: "name")
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [WritableTxnMarkerPartitionResult] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try WritableTxnMarkerPartitionResult(from: &buffer, version: version))
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
            let flexible = version >= 1
            try buffer.writeKafkaString(self.name, compact: flexible)
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: flexible)
            for element in self.partitions {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("WriteTxnMarkersResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-1.
    package struct WritableTxnMarkerPartitionResult: Equatable, Sendable {
        /// The partition index.
        package var partitionIndex: Int32 = 0
        /// The error code, or 0 if there was no error.
        package var errorCode: Int16 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            self.partitionIndex = try buffer.readKafkaInteger(as: Int32.self)
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            buffer.writeInteger(self.partitionIndex, as: Int32.self)
            buffer.writeInteger(self.errorCode, as: Int16.self)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("WriteTxnMarkersResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
