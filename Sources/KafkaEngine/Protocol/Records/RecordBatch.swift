import CCRC32C
import NIOCore

/// One record batch of message format v2 (magic 2), Kafka's `DefaultRecordBatch`: a zero-copy view
/// over a `ByteBuffer` that holds exactly that batch, read and patched at Kafka's fixed offsets.
///
/// Layout (big-endian), with the offsets in `RecordBatch.Field`:
///
///     baseOffset int64 | batchLength int32 | partitionLeaderEpoch int32 | magic int8 | crc uint32 |
///     attributes int16 | lastOffsetDelta int32 | baseTimestamp int64 | maxTimestamp int64 |
///     producerId int64 | producerEpoch int16 | baseSequence int32 | recordsCount int32 | records
///
/// The CRC-32C covers `attributes` to the end of the batch, so the broker can assign `baseOffset`
/// and `partitionLeaderEpoch` without recomputing it.
///
/// Invariants, established by `init(_:)` (framing) and kept by every setter: `buffer` starts at the
/// batch's first byte (reader index 0), holds at least `headerSize` bytes, its readable bytes are
/// exactly `logOverhead + batchLength`, and the magic byte is 2. Nothing else is checked until
/// `validate()` (CRC, counts, record framing): a framed batch may still be corrupt.
package struct RecordBatch: Sendable, Equatable {
    /// The batch's bytes, reader index 0, exactly `sizeInBytes` readable.
    package private(set) var buffer: ByteBuffer

    /// Kafka's `Records.LOG_OVERHEAD`: baseOffset + batchLength, the bytes not counted in batchLength.
    package static let logOverhead = 12
    /// Kafka's `RECORD_BATCH_OVERHEAD`: everything before the first record.
    package static let headerSize = 61
    /// The bytes needed to read a batch's magic byte (Kafka's `HEADER_SIZE_UP_TO_MAGIC`).
    package static let headerSizeUpToMagic = 17
    package static let currentMagic: Int8 = 2

    package static let noProducerId: Int64 = -1
    package static let noProducerEpoch: Int16 = -1
    package static let noSequence: Int32 = -1
    package static let noTimestamp: Int64 = -1
    package static let noPartitionLeaderEpoch: Int32 = -1

    /// Byte offsets of the header fields (Kafka's `DefaultRecordBatch.*_OFFSET`).
    package enum Field {
        package static let baseOffset = 0
        package static let batchLength = 8
        package static let partitionLeaderEpoch = 12
        package static let magic = 16
        package static let crc = 17
        package static let attributes = 21
        package static let lastOffsetDelta = 23
        package static let baseTimestamp = 27
        package static let maxTimestamp = 35
        package static let producerId = 43
        package static let producerEpoch = 51
        package static let baseSequence = 53
        package static let recordsCount = 57
        package static let records = 61
    }

    /// Wraps bytes already known to satisfy the framing invariants (the builder's own output, or a
    /// buffer `init(_:)` has checked). `bytes` must start at the batch's first byte.
    init(uncheckedFraming bytes: ByteBuffer) {
        self.buffer = bytes
    }

    /// A view of a batch's header alone (`headerSize` bytes), for code that reads only header fields:
    /// the producer state of an idempotent data batch, handed the header as written (offsets
    /// assigned) without copying the records. Its records cannot be read (iteration finds the
    /// batch truncated and throws); `sizeInBytes` still reports the whole batch.
    package static func headerView(_ header: [UInt8]) -> RecordBatch? {
        guard header.count == headerSize, Int8(bitPattern: header[Field.magic]) == currentMagic else { return nil }
        return RecordBatch(uncheckedFraming: ByteBuffer(bytes: header))
    }

    // MARK: Header fields

    /// Reads a header field. The framing invariant (at least `headerSize` bytes) makes the read
    /// always in bounds; the fallback only keeps this free of a trap.
    @inline(__always)
    private func field<T: FixedWidthInteger>(_ offset: Int, as: T.Type = T.self) -> T {
        self.buffer.getInteger(at: offset, as: T.self) ?? 0
    }

    package var baseOffset: Int64 { self.field(Field.baseOffset) }
    /// The bytes after the batchLength field: `sizeInBytes - logOverhead`.
    package var batchLength: Int32 { self.field(Field.batchLength) }
    package var partitionLeaderEpoch: Int32 { self.field(Field.partitionLeaderEpoch) }
    package var magic: Int8 { self.field(Field.magic) }
    /// The stored CRC-32C of bytes `attributes...` (Kafka's `checksum()`).
    package var crc: UInt32 { self.field(Field.crc) }
    package var attributes: RecordBatchAttributes { RecordBatchAttributes(rawValue: self.field(Field.attributes)) }
    package var lastOffsetDelta: Int32 { self.field(Field.lastOffsetDelta) }
    /// The first record's timestamp, or the delete horizon when `hasDeleteHorizonMs`. Record
    /// timestamps are deltas from it in either case.
    package var baseTimestamp: Int64 { self.field(Field.baseTimestamp) }
    package var maxTimestamp: Int64 { self.field(Field.maxTimestamp) }
    package var producerId: Int64 { self.field(Field.producerId) }
    package var producerEpoch: Int16 { self.field(Field.producerEpoch) }
    package var baseSequence: Int32 { self.field(Field.baseSequence) }
    package var recordsCount: Int32 { self.field(Field.recordsCount) }

    // MARK: Derived

    /// Nil for codec ids 5-7, which no Kafka version defines (`validate()` rejects them).
    package var compressionType: CompressionType? { self.attributes.compressionType }
    package var isCompressed: Bool { self.attributes.compressionCodecId != 0 }
    package var timestampType: TimestampType { self.attributes.timestampType }
    package var isTransactional: Bool { self.attributes.isTransactional }
    package var isControlBatch: Bool { self.attributes.isControl }
    package var hasDeleteHorizonMs: Bool { self.attributes.hasDeleteHorizonMs }
    /// Kafka's `deleteHorizonMs()`: the base timestamp when the delete-horizon flag is set.
    package var deleteHorizonMs: Int64? { self.hasDeleteHorizonMs ? self.baseTimestamp : nil }
    package var hasProducerId: Bool { self.producerId > Self.noProducerId }

    /// Wraps like Kafka's `long` arithmetic so a corrupt header cannot trap.
    package var lastOffset: Int64 { self.baseOffset &+ Int64(self.lastOffsetDelta) }
    package var nextOffset: Int64 { self.lastOffset &+ 1 }
    /// The whole batch's size from its header (equal to `buffer.readableBytes` except for a
    /// `headerView`, which holds only the header).
    package var sizeInBytes: Int { Self.logOverhead + Int(self.batchLength) }

    /// The sequence number of the last record, wrapping past `Int32.max` to 0 as Kafka's
    /// `DefaultRecordBatch.incrementSequence` does; `noSequence` stays `noSequence`.
    package var lastSequence: Int32 {
        let base = self.baseSequence
        if base == Self.noSequence { return Self.noSequence }
        return Self.incrementSequence(base, by: self.lastOffsetDelta)
    }

    /// Kafka's `DefaultRecordBatch.incrementSequence`: sequences wrap from `Int32.max` to 0.
    package static func incrementSequence(_ sequence: Int32, by increment: Int32) -> Int32 {
        if sequence > Int32.max &- increment {
            return increment &- (Int32.max &- sequence) &- 1
        }
        return sequence &+ increment
    }

    /// Kafka's `DefaultRecordBatch.decrementSequence`.
    package static func decrementSequence(_ sequence: Int32, by decrement: Int32) -> Int32 {
        if sequence < decrement {
            return Int32.max &- (decrement &- sequence) &+ 1
        }
        return sequence &- decrement
    }

    /// The records section (compressed when `isCompressed`), a slice of `buffer`.
    package var recordsSection: ByteBuffer {
        self.buffer.getSlice(at: Field.records, length: self.buffer.readableBytes - Field.records) ?? ByteBuffer()
    }

    // MARK: Checksum

    /// The CRC-32C of `attributes` through the last byte, as Kafka's `computeChecksum()`.
    package func computeChecksum() -> UInt32 {
        Self.crc32c(of: self.buffer, from: Field.attributes)
    }

    /// Kafka's `isValid()`: the stored CRC matches the bytes.
    package var isChecksumValid: Bool { self.crc == self.computeChecksum() }

    /// CRC-32C of `buffer`'s readable bytes from `start` on, straight from the C implementation
    /// (no copy, no allocation).
    static func crc32c(of buffer: ByteBuffer, from start: Int) -> UInt32 {
        buffer.withUnsafeReadableBytes { bytes in
            guard start < bytes.count, let base = bytes.baseAddress else { return 0 }
            return swkafka_crc32c(0, base + start, bytes.count - start)
        }
    }

    // MARK: In-place updates (the broker on append)

    /// Assigns the batch's first offset, keeping `lastOffsetDelta`. Not covered by the CRC.
    package mutating func setBaseOffset(_ offset: Int64) {
        self.buffer.setInteger(offset, at: Field.baseOffset)
    }

    /// Kafka's `setLastOffset`: assigns offsets so that the last record gets `offset`.
    package mutating func setLastOffset(_ offset: Int64) {
        self.setBaseOffset(offset &- Int64(self.lastOffsetDelta))
    }

    /// Not covered by the CRC.
    package mutating func setPartitionLeaderEpoch(_ epoch: Int32) {
        self.buffer.setInteger(epoch, at: Field.partitionLeaderEpoch)
    }

    /// Kafka's `setMaxTimestamp`: sets the timestamp type and max timestamp (the broker's
    /// LogAppendTime), then recomputes the CRC, both being covered by it. Does nothing when neither
    /// changes. The attributes are rebuilt from their defined bits, as Kafka's `computeAttributes`.
    package mutating func setMaxTimestamp(_ maxTimestamp: Int64, timestampType: TimestampType) {
        let current = self.attributes
        if current.timestampType == timestampType && self.maxTimestamp == maxTimestamp { return }
        let updated = RecordBatchAttributes(
            compressionCodecId: current.compressionCodecId,
            timestampType: timestampType,
            isTransactional: current.isTransactional,
            isControl: current.isControl,
            hasDeleteHorizonMs: current.hasDeleteHorizonMs
        )
        self.buffer.setInteger(updated.rawValue, at: Field.attributes)
        self.buffer.setInteger(maxTimestamp, at: Field.maxTimestamp)
        self.buffer.setInteger(self.computeChecksum(), at: Field.crc)
    }
}

extension RecordBatch: CustomStringConvertible {
    /// Kafka's `DefaultRecordBatch.toString`.
    package var description: String {
        "RecordBatch(magic=\(self.magic), offsets=[\(self.baseOffset), \(self.lastOffset)], "
            + "sequence=[\(self.baseSequence), \(self.lastSequence)], isTransactional=\(self.isTransactional), "
            + "isControlBatch=\(self.isControlBatch), compression=\(self.compressionType.map(\.description) ?? "unknown"), "
            + "timestampType=\(self.timestampType), crc=\(self.crc))"
    }
}

/// Kafka's `TimestampType` for v2 batches (attributes bit 3).
package enum TimestampType: Sendable, Equatable, CustomStringConvertible {
    /// Record timestamps are the producer's.
    case createTime
    /// The broker overwrote the batch's max timestamp with its clock; records read back with it.
    case logAppendTime

    package var description: String {
        switch self {
        case .createTime: "CreateTime"
        case .logAppendTime: "LogAppendTime"
        }
    }
}

/// The int16 attributes of a v2 batch. Bits: 0-2 compression codec, 3 timestamp type
/// (LogAppendTime), 4 transactional, 5 control, 6 delete horizon set; the rest unused.
package struct RecordBatchAttributes: Sendable, Hashable {
    package var rawValue: Int16

    static let compressionMask: Int16 = 0x07
    static let timestampTypeMask: Int16 = 0x08
    static let transactionalMask: Int16 = 0x10
    static let controlMask: Int16 = 0x20
    static let deleteHorizonMask: Int16 = 0x40

    package init(rawValue: Int16) {
        self.rawValue = rawValue
    }

    package init(
        compressionCodecId: Int8 = 0,
        timestampType: TimestampType = .createTime,
        isTransactional: Bool = false,
        isControl: Bool = false,
        hasDeleteHorizonMs: Bool = false
    ) {
        var raw = Int16(compressionCodecId) & Self.compressionMask
        if timestampType == .logAppendTime { raw |= Self.timestampTypeMask }
        if isTransactional { raw |= Self.transactionalMask }
        if isControl { raw |= Self.controlMask }
        if hasDeleteHorizonMs { raw |= Self.deleteHorizonMask }
        self.rawValue = raw
    }

    package init(
        compression: CompressionType,
        timestampType: TimestampType = .createTime,
        isTransactional: Bool = false,
        isControl: Bool = false,
        hasDeleteHorizonMs: Bool = false
    ) {
        self.init(
            compressionCodecId: compression.rawValue, timestampType: timestampType,
            isTransactional: isTransactional, isControl: isControl, hasDeleteHorizonMs: hasDeleteHorizonMs
        )
    }

    package var compressionCodecId: Int8 { Int8(self.rawValue & Self.compressionMask) }
    /// Nil for the undefined codec ids 5-7.
    package var compressionType: CompressionType? { CompressionType(rawValue: self.compressionCodecId) }
    package var timestampType: TimestampType {
        self.rawValue & Self.timestampTypeMask == 0 ? .createTime : .logAppendTime
    }
    package var isTransactional: Bool { self.rawValue & Self.transactionalMask != 0 }
    package var isControl: Bool { self.rawValue & Self.controlMask != 0 }
    package var hasDeleteHorizonMs: Bool { self.rawValue & Self.deleteHorizonMask != 0 }
}
