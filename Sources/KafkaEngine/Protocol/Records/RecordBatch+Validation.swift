import NIOCore

// Framing and cheap validation for the produce and recovery paths. Nothing here decompresses or
// allocates: the CRC runs over the bytes in place and uncompressed records are checked by walking
// their length varints only.

extension RecordBatch {
    /// Frames `bytes` (from its reader index to its writer index) as exactly one v2 batch: at least
    /// the 61-byte header, a batchLength that accounts for every byte, and magic 2. The CRC and the
    /// records are not looked at; see `validate()`. The view shares `bytes`' storage.
    package init(_ bytes: ByteBuffer) throws(RecordBatchError) {
        let available = bytes.readableBytes
        guard available >= Self.headerSizeUpToMagic else { throw .batchTooSmall(sizeInBytes: available) }
        let start = bytes.readerIndex
        let magic = bytes.getInteger(at: start + Field.magic, as: Int8.self) ?? 0
        guard magic == Self.currentMagic else { throw .unsupportedMagic(magic) }
        let batchLength = bytes.getInteger(at: start + Field.batchLength, as: Int32.self) ?? 0
        let declared = Self.logOverhead + Int(batchLength)
        guard declared == available else { throw .batchLengthMismatch(declaredSize: declared, availableBytes: available) }
        guard available >= Self.headerSize else { throw .batchTooSmall(sizeInBytes: available) }
        self.init(uncheckedFraming: bytes.slice())
    }

    /// Frames and validates `bytes` as one batch: `init(_:)` then `validate()`.
    @discardableResult
    package static func validated(_ bytes: ByteBuffer) throws(RecordBatchError) -> RecordBatch {
        let batch = try RecordBatch(bytes)
        try batch.validate()
        return batch
    }

    /// The broker's checks on a batch before it is appended, without decompressing:
    /// - the stored CRC-32C matches (CORRUPT_MESSAGE otherwise);
    /// - lastOffsetDelta + 1 and recordsCount agree and are positive (Kafka's `LogValidator`);
    /// - the codec id is one Kafka defines;
    /// - for an uncompressed batch, walking the records' length varints finds exactly
    ///   recordsCount records ending exactly at the end of the batch.
    /// Record contents (keys, headers, deltas) are not decoded.
    package func validate() throws(RecordBatchError) {
        let stored = self.crc
        let computed = self.computeChecksum()
        guard stored == computed else { throw .checksumMismatch(stored: stored, computed: computed) }

        let count = self.recordsCount
        let countFromOffsets = Int64(self.lastOffsetDelta) + 1
        guard countFromOffsets > 0 else {
            throw .invalidOffsetRange(baseOffset: self.baseOffset, lastOffset: self.lastOffset)
        }
        guard count > 0 else { throw .invalidRecordCount(count) }
        guard countFromOffsets == Int64(count) else {
            throw .inconsistentOffsetRange(baseOffset: self.baseOffset, lastOffset: self.lastOffset, recordsCount: count)
        }
        let codec = self.attributes.compressionCodecId
        guard CompressionType(rawValue: codec) != nil else { throw .unknownCompressionCodec(codec) }

        if codec == CompressionType.none.rawValue {
            if let error = Self.checkRecordLengths(in: self.buffer, from: Field.records, count: count) {
                throw error
            }
        }
    }

    /// Walks `count` length-prefixed records from `start` to the end of `buffer`'s readable bytes.
    /// Returns what is wrong, or nil when the records tile the section exactly. (Returned rather
    /// than thrown so the closure over the raw bytes keeps the error type.)
    static func checkRecordLengths(in buffer: ByteBuffer, from start: Int, count: Int32) -> RecordBatchError? {
        buffer.withUnsafeReadableBytes { bytes -> RecordBatchError? in
            let end = bytes.count
            var position = start
            var remaining = count
            while remaining > 0 {
                remaining -= 1
                // Zig-zag varint of at most 5 bytes, as Kafka's ByteUtils.readVarint.
                var raw: UInt32 = 0
                var shift: UInt32 = 0
                while true {
                    guard position < end else { return .prematureEndOfRecords }
                    let byte = bytes[position]
                    position += 1
                    if shift == 28 && byte > 0x0F { return .invalidRecord("Varint is too long in a record length") }
                    raw |= UInt32(byte & 0x7F) << shift
                    if byte < 0x80 { break }
                    shift += 7
                }
                let length = Int32(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
                // attributes, timestamp delta, offset delta, key, value and header count take a
                // byte each at least.
                guard length >= Record.minimumBodySize else {
                    return .invalidRecord("Invalid record size: \(length) is smaller than the minimum record body of \(Record.minimumBodySize) bytes")
                }
                guard Int(length) <= end - position else {
                    return .invalidRecord(
                        "Invalid record size: expected \(length) bytes in record payload, but instead the buffer has only \(end - position) remaining bytes."
                    )
                }
                position += Int(length)
            }
            return position == end ? nil : .recordsRemaining(bytes: end - position)
        }
    }
}
