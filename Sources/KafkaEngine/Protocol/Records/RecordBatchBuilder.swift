import NIOCore

/// Writes one v2 record batch, byte for byte as Kafka's `MemoryRecordsBuilder` does for the same
/// input: records are appended in offset order, then `build()` compresses the records section (if
/// asked), fills in the header (lastOffsetDelta, baseTimestamp = the first record's timestamp or
/// the delete horizon, maxTimestamp, count) and computes the CRC.
///
/// Uncompressed records are written straight after a reserved 61-byte header, so building them
/// copies nothing. Argument errors (Kafka's `IllegalArgumentException`s) throw
/// `RecordBatchBuilderError.invalidArgument`; a built builder is closed.
package struct RecordBatchBuilder {
    package let baseOffset: Int64
    package let compression: CompressionType
    package let compressionLevel: Int?
    package let timestampType: TimestampType
    /// The broker's clock for LogAppendTime batches; becomes maxTimestamp.
    package let logAppendTime: Int64
    package let producerId: Int64
    package let producerEpoch: Int16
    package let baseSequence: Int32
    package let isTransactional: Bool
    package let isControlBatch: Bool
    package let partitionLeaderEpoch: Int32
    /// When set, the batch's delete-horizon flag is set and its baseTimestamp is this value.
    package let deleteHorizonMs: Int64?

    /// The reserved header followed by the uncompressed records written so far.
    private var buffer: ByteBuffer
    private var baseTimestamp: Int64?
    private var maxTimestamp = RecordBatch.noTimestamp
    private var lastOffsetDelta: Int32?
    private var isClosed = false
    /// Records appended so far.
    package private(set) var recordsCount: Int32 = 0

    package init(
        baseOffset: Int64 = 0,
        compression: CompressionType = .none,
        compressionLevel: Int? = nil,
        timestampType: TimestampType = .createTime,
        logAppendTime: Int64 = RecordBatch.noTimestamp,
        producerId: Int64 = RecordBatch.noProducerId,
        producerEpoch: Int16 = RecordBatch.noProducerEpoch,
        baseSequence: Int32 = RecordBatch.noSequence,
        isTransactional: Bool = false,
        isControlBatch: Bool = false,
        partitionLeaderEpoch: Int32 = RecordBatch.noPartitionLeaderEpoch,
        deleteHorizonMs: Int64? = nil,
        initialCapacity: Int = 512
    ) {
        self.baseOffset = baseOffset
        self.compression = compression
        self.compressionLevel = compressionLevel
        self.timestampType = timestampType
        self.logAppendTime = logAppendTime
        self.producerId = producerId
        self.producerEpoch = producerEpoch
        self.baseSequence = baseSequence
        self.isTransactional = isTransactional
        self.isControlBatch = isControlBatch
        self.partitionLeaderEpoch = partitionLeaderEpoch
        self.deleteHorizonMs = deleteHorizonMs
        self.baseTimestamp = deleteHorizonMs
        self.buffer = ByteBufferAllocator().buffer(capacity: max(initialCapacity, RecordBatch.headerSize))
        self.buffer.writeRepeatingByte(0, count: RecordBatch.headerSize)
    }

    /// Header plus records before compression (Kafka's `uncompressedBytesWritten`); the batch size
    /// when uncompressed.
    package var uncompressedSizeInBytes: Int { self.buffer.readableBytes }

    /// The offset delta the next sequential `append` will use.
    package var nextOffsetDelta: Int32 {
        guard let last = self.lastOffsetDelta else { return 0 }
        return last &+ 1
    }

    // MARK: Appending

    /// Appends a record at the next sequential offset.
    package mutating func append(
        timestamp: Int64, key: ByteBuffer?, value: ByteBuffer?, headers: [RecordHeader] = []
    ) throws(RecordBatchBuilderError) {
        try self.append(offsetDelta: self.nextOffsetDelta, timestamp: timestamp, key: key, value: value, headers: headers)
    }

    /// Appends a record at `baseOffset + offsetDelta`; offset deltas must increase.
    package mutating func append(
        offsetDelta: Int32, timestamp: Int64, key: ByteBuffer?, value: ByteBuffer?, headers: [RecordHeader] = []
    ) throws(RecordBatchBuilderError) {
        guard !self.isControlBatch else {
            throw .invalidArgument("Control records can only be appended to control batches")
        }
        try self.appendRecord(offsetDelta: offsetDelta, timestamp: timestamp, key: key, value: value, headers: headers)
    }

    /// Appends a control record (key: version 0 and `type`) at the next sequential offset, as
    /// Kafka's `appendControlRecord`. The builder must be for a control batch.
    package mutating func appendControlRecord(
        timestamp: Int64, type: ControlRecordType, value: ByteBuffer?
    ) throws(RecordBatchBuilderError) {
        guard self.isControlBatch else {
            throw .invalidArgument("Control records can only be appended to control batches")
        }
        try self.appendRecord(
            offsetDelta: self.nextOffsetDelta, timestamp: timestamp, key: ControlRecordKey(type: type).encoded,
            value: value, headers: [])
    }

    /// Kafka's `appendEndTxnMarker`: needs a transactional control batch with a producer id.
    package mutating func appendEndTransactionMarker(
        timestamp: Int64, _ marker: EndTransactionMarker
    ) throws(RecordBatchBuilderError) {
        guard self.producerId != RecordBatch.noProducerId else {
            throw .invalidArgument("End transaction marker requires a valid producerId")
        }
        guard self.isTransactional else {
            throw .invalidArgument("End transaction marker depends on batch transactional flag being enabled")
        }
        try self.appendControlRecord(timestamp: timestamp, type: marker.controlType, value: marker.encodedValue)
    }

    private mutating func appendRecord(
        offsetDelta: Int32, timestamp: Int64, key: ByteBuffer?, value: ByteBuffer?, headers: [RecordHeader]
    ) throws(RecordBatchBuilderError) {
        guard !self.isClosed else { throw .closed }
        if let last = self.lastOffsetDelta, offsetDelta <= last {
            throw .invalidArgument(
                "Illegal offset \(self.baseOffset &+ Int64(offsetDelta)) following previous offset \(self.baseOffset &+ Int64(last)) (Offsets must increase monotonically)."
            )
        }
        guard offsetDelta >= 0 else { throw .invalidArgument("Negative offset delta \(offsetDelta)") }
        guard timestamp >= 0 || timestamp == RecordBatch.noTimestamp else {
            throw .invalidArgument("Invalid negative timestamp \(timestamp)")
        }
        guard self.recordsCount < Int32.max else {
            throw .invalidArgument("Maximum number of records per batch exceeded, max records: \(Int32.max)")
        }
        let baseTimestamp = self.baseTimestamp ?? timestamp
        let timestampDelta = timestamp &- baseTimestamp
        let bodySize = Record.bodySize(
            offsetDelta: offsetDelta, timestampDelta: timestampDelta, key: key, value: value, headers: headers)
        guard bodySize <= Int(Int32.max) - RecordBatch.headerSize - self.buffer.readableBytes else {
            throw .invalidArgument("Record of \(bodySize) bytes does not fit in a batch")
        }

        Record.write(
            bodySize: bodySize, offsetDelta: offsetDelta, timestampDelta: timestampDelta, key: key, value: value,
            headers: headers, to: &self.buffer)
        self.baseTimestamp = baseTimestamp
        self.lastOffsetDelta = offsetDelta
        self.recordsCount += 1
        if timestamp > self.maxTimestamp { self.maxTimestamp = timestamp }
    }

    // MARK: Building

    /// Closes the builder and returns the batch, or nil when no record was appended (Kafka's
    /// `MemoryRecords.EMPTY`).
    package mutating func build() throws(RecordBatchBuilderError) -> RecordBatch? {
        let level = self.compressionLevel
        return try self.build { (codec, input, output) throws(CompressionError) in
            try codec.compress(input, level: level, into: &output)
        }
    }

    /// `build()` with the codec passed in (tests substitute their own).
    mutating func build(
        compress: (CompressionType, ByteBuffer, inout ByteBuffer) throws(CompressionError) -> Void
    ) throws(RecordBatchBuilderError) -> RecordBatch? {
        guard !self.isClosed else { throw .closed }
        try self.validateProducerState()
        self.isClosed = true
        guard let lastOffsetDelta = self.lastOffsetDelta, let baseTimestamp = self.baseTimestamp else {
            self.buffer = ByteBuffer()
            return nil
        }
        guard baseTimestamp >= 0 || baseTimestamp == RecordBatch.noTimestamp else {
            throw .invalidArgument("Invalid message timestamp \(baseTimestamp)")
        }

        // Move the bytes out so the header is written in place, not into a copy.
        var batch = self.buffer
        self.buffer = ByteBuffer()
        if self.compression != .none {
            let records = batch.getSlice(at: RecordBatch.headerSize, length: batch.readableBytes - RecordBatch.headerSize)
                ?? ByteBuffer()
            var compressed = ByteBufferAllocator().buffer(capacity: records.readableBytes / 2 + RecordBatch.headerSize + 64)
            compressed.writeRepeatingByte(0, count: RecordBatch.headerSize)
            do {
                try compress(self.compression, records, &compressed)
            } catch {
                throw .compression(error)
            }
            batch = compressed
        }
        guard batch.readableBytes - RecordBatch.logOverhead <= Int(Int32.max) else {
            throw .invalidArgument("Batch of \(batch.readableBytes) bytes is too large")
        }

        let attributes = RecordBatchAttributes(
            compression: self.compression, timestampType: self.timestampType, isTransactional: self.isTransactional,
            isControl: self.isControlBatch, hasDeleteHorizonMs: self.deleteHorizonMs != nil)
        let maxTimestamp = self.timestampType == .logAppendTime ? self.logAppendTime : self.maxTimestamp
        typealias Field = RecordBatch.Field
        batch.setInteger(self.baseOffset, at: Field.baseOffset)
        batch.setInteger(Int32(batch.readableBytes - RecordBatch.logOverhead), at: Field.batchLength)
        batch.setInteger(self.partitionLeaderEpoch, at: Field.partitionLeaderEpoch)
        batch.setInteger(RecordBatch.currentMagic, at: Field.magic)
        batch.setInteger(attributes.rawValue, at: Field.attributes)
        batch.setInteger(lastOffsetDelta, at: Field.lastOffsetDelta)
        batch.setInteger(baseTimestamp, at: Field.baseTimestamp)
        batch.setInteger(maxTimestamp, at: Field.maxTimestamp)
        batch.setInteger(self.producerId, at: Field.producerId)
        batch.setInteger(self.producerEpoch, at: Field.producerEpoch)
        batch.setInteger(self.baseSequence, at: Field.baseSequence)
        batch.setInteger(self.recordsCount, at: Field.recordsCount)
        batch.setInteger(RecordBatch.crc32c(of: batch, from: Field.attributes), at: Field.crc)
        return RecordBatch(uncheckedFraming: batch)
    }

    /// Kafka's `validateProducerState`.
    private func validateProducerState() throws(RecordBatchBuilderError) {
        if self.isTransactional && self.producerId == RecordBatch.noProducerId {
            throw .invalidArgument("Cannot write transactional messages without a valid producer ID")
        }
        if self.producerId != RecordBatch.noProducerId {
            if self.producerEpoch == RecordBatch.noProducerEpoch {
                throw .invalidArgument("Invalid negative producer epoch")
            }
            if self.baseSequence < 0 && !self.isControlBatch {
                throw .invalidArgument("Invalid negative sequence number used")
            }
        }
    }
}

extension RecordBatchBuilder {
    /// A control batch holding one end-transaction marker, as Kafka's
    /// `MemoryRecords.withEndTransactionMarker`: transactional, CreateTime, no sequence.
    package static func endTransactionMarkerBatch(
        baseOffset: Int64,
        timestamp: Int64,
        partitionLeaderEpoch: Int32,
        producerId: Int64,
        producerEpoch: Int16,
        marker: EndTransactionMarker
    ) throws(RecordBatchBuilderError) -> RecordBatch {
        var builder = RecordBatchBuilder(
            baseOffset: baseOffset, timestampType: .createTime, logAppendTime: timestamp, producerId: producerId,
            producerEpoch: producerEpoch, baseSequence: RecordBatch.noSequence, isTransactional: true,
            isControlBatch: true, partitionLeaderEpoch: partitionLeaderEpoch,
            initialCapacity: RecordBatch.headerSize + 32)
        try builder.appendEndTransactionMarker(timestamp: timestamp, marker)
        guard let batch = try builder.build() else { throw .invalidArgument("Empty end transaction marker batch") }
        return batch
    }
}

/// Why a batch could not be built: a bad argument (Kafka's `IllegalArgumentException`), use after
/// `build()`, or the codec failing.
package enum RecordBatchBuilderError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidArgument(String)
    case closed
    case compression(CompressionError)

    package var description: String {
        switch self {
        case .invalidArgument(let what): what
        case .closed: "The record batch builder is closed"
        case .compression(let error): "Failed to compress record batch: \(error)"
        }
    }
}
