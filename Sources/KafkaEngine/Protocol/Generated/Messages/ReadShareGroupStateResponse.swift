// Generated from message/ReadShareGroupStateResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ReadShareGroupStateResponse (API key 84), versions 0, flexible 0+.
package struct ReadShareGroupStateResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .readShareGroupState
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The read results
    package var results: [ReadStateResult] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ReadShareGroupStateResponse", version: version)
        }
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [ReadStateResult] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try ReadStateResult(from: &buffer, version: version))
            }
            self.results = items
        } else {
            throw .unexpectedNull(field: "results")
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ReadShareGroupStateResponse", version: version)
        }
        try buffer.writeKafkaArrayCount(self.results.count, compact: true)
        for element in self.results {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0.
    package struct ReadStateResult: Equatable, Sendable {
        /// The topic identifier
        package var topicId: KafkaUUID = .zero
        /// The results for the partitions.
        package var partitions: [PartitionResult] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.topicId = try buffer.readKafkaUUID()
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [PartitionResult] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try PartitionResult(from: &buffer, version: version))
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
            buffer.writeKafkaUUID(self.topicId)
            try buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
            for element in self.partitions {
                try element.write(to: &buffer, version: version)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0.
    package struct PartitionResult: Equatable, Sendable {
        /// The partition index.
        package var partition: Int32 = 0
        /// The error code, or 0 if there was no error.
        package var errorCode: Int16 = 0
        /// The error message, or null if there was no error.
        package var errorMessage: String? = nil
        /// The state epoch for this share-partition.
        package var stateEpoch: Int32 = 0
        /// The share-partition start offset, which can be -1 if it is not yet initialized.
        package var startOffset: Int64 = 0
        package var stateBatches: [StateBatch] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.partition = try buffer.readKafkaInteger(as: Int32.self)
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.errorMessage = try buffer.readKafkaNullableString(compact: true)
            self.stateEpoch = try buffer.readKafkaInteger(as: Int32.self)
            self.startOffset = try buffer.readKafkaInteger(as: Int64.self)
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [StateBatch] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try StateBatch(from: &buffer, version: version))
                }
                self.stateBatches = items
            } else {
                throw .unexpectedNull(field: "stateBatches")
            }
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.partition, as: Int32.self)
            buffer.writeInteger(self.errorCode, as: Int16.self)
            try buffer.writeKafkaString(self.errorMessage, compact: true)
            buffer.writeInteger(self.stateEpoch, as: Int32.self)
            buffer.writeInteger(self.startOffset, as: Int64.self)
            try buffer.writeKafkaArrayCount(self.stateBatches.count, compact: true)
            for element in self.stateBatches {
                try element.write(to: &buffer, version: version)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 0.
    package struct StateBatch: Equatable, Sendable {
        /// The base offset of this state batch.
        package var firstOffset: Int64 = 0
        /// The last offset of this state batch.
        package var lastOffset: Int64 = 0
        /// The state - 0:Available,2:Acked,4:Archived.
        package var deliveryState: Int8 = 0
        /// The delivery count.
        package var deliveryCount: Int16 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.firstOffset = try buffer.readKafkaInteger(as: Int64.self)
            self.lastOffset = try buffer.readKafkaInteger(as: Int64.self)
            self.deliveryState = try buffer.readKafkaInteger(as: Int8.self)
            self.deliveryCount = try buffer.readKafkaInteger(as: Int16.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.firstOffset, as: Int64.self)
            buffer.writeInteger(self.lastOffset, as: Int64.self)
            buffer.writeInteger(self.deliveryState, as: Int8.self)
            buffer.writeInteger(self.deliveryCount, as: Int16.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
