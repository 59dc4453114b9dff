// Generated from storage/ProducerSnapshot.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ProducerSnapshot, a record schema, versions 1, flexible none.
package struct ProducerSnapshot: KafkaMessage {
    package static let validVersions: ClosedRange<Int16> = 1...1
    package static let firstFlexibleVersion: Int16? = nil

    /// CRC of the snapshot data
    package var crc: UInt32 = 0
    /// The entries in the producer table
    package var producerEntries: [ProducerEntry] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ProducerSnapshot", version: version)
        }
        self.crc = try buffer.readKafkaInteger(as: UInt32.self)
        if let count = try buffer.readKafkaArrayCount(compact: false) {
            var items: [ProducerEntry] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try ProducerEntry(from: &buffer, version: version))
            }
            self.producerEntries = items
        } else {
            throw .unexpectedNull(field: "producerEntries")
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ProducerSnapshot", version: version)
        }
        buffer.writeInteger(self.crc, as: UInt32.self)
        try buffer.writeKafkaArrayCount(self.producerEntries.count, compact: false)
        for element in self.producerEntries {
            try element.write(to: &buffer, version: version)
        }
    }

    /// Versions 1.
    package struct ProducerEntry: Equatable, Sendable {
        /// The producer ID
        package var producerId: Int64 = 0
        /// Current epoch of the producer
        package var epoch: Int16 = 0
        /// Last written sequence of the producer
        package var lastSequence: Int32 = 0
        /// Last written offset of the producer
        package var lastOffset: Int64 = 0
        /// The difference of the last sequence and first sequence in the last written batch
        package var offsetDelta: Int32 = 0
        /// Max timestamp from the last written entry
        package var timestamp: Int64 = 0
        /// The epoch of the last transaction coordinator to send an end transaction marker
        package var coordinatorEpoch: Int32 = 0
        /// The first offset of the on-going transaction (-1 if there is none)
        package var currentTxnFirstOffset: Int64 = 0

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.producerId = try buffer.readKafkaInteger(as: Int64.self)
            self.epoch = try buffer.readKafkaInteger(as: Int16.self)
            self.lastSequence = try buffer.readKafkaInteger(as: Int32.self)
            self.lastOffset = try buffer.readKafkaInteger(as: Int64.self)
            self.offsetDelta = try buffer.readKafkaInteger(as: Int32.self)
            self.timestamp = try buffer.readKafkaInteger(as: Int64.self)
            self.coordinatorEpoch = try buffer.readKafkaInteger(as: Int32.self)
            self.currentTxnFirstOffset = try buffer.readKafkaInteger(as: Int64.self)
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.producerId, as: Int64.self)
            buffer.writeInteger(self.epoch, as: Int16.self)
            buffer.writeInteger(self.lastSequence, as: Int32.self)
            buffer.writeInteger(self.lastOffset, as: Int64.self)
            buffer.writeInteger(self.offsetDelta, as: Int32.self)
            buffer.writeInteger(self.timestamp, as: Int64.self)
            buffer.writeInteger(self.coordinatorEpoch, as: Int32.self)
            buffer.writeInteger(self.currentTxnFirstOffset, as: Int64.self)
        }
    }
}
