import NIOCore

/// Kafka's `LogValidator` for the v2 batch a leader appends, done without rewriting or copying the
/// batch: the batch-level rules (`validateBatch`), the record-level key and timestamp rules
/// (`validateRecord`), and the header a leader writes — base offset, partition leader epoch, and
/// the max timestamp (the records' largest, or the broker's clock under LogAppendTime) with its
/// CRC.
///
/// Records are looked at only as far as needed: an uncompressed batch's record headers are walked
/// in place (lengths, timestamps, key lengths; never keys or values); a compressed batch is
/// decompressed only when a record rule is configured (`message.timestamp.before/after.max.ms`,
/// or a compacted topic's keys), and otherwise keeps the max timestamp its producer wrote (Kafka
/// recomputes it; the CRC vouches for the producer's value).
struct LeaderBatchValidator {
    let config: LogConfig
    let topicPartition: TopicPartition
    let origin: AppendOrigin
    /// The broker's clock for timestamp checks and LogAppendTime.
    let now: Int64
    /// `cleanup.policy` contains `compact`, read once: the per-record key rule asks for it, and the
    /// policy is a set of strings.
    let compact: Bool

    init(config: LogConfig, topicPartition: TopicPartition, origin: AppendOrigin, now: Int64) {
        self.config = config
        self.topicPartition = topicPartition
        self.origin = origin
        self.now = now
        self.compact = config.compact
    }

    /// What the leader writes into the batch's header.
    struct Outcome {
        /// The batch's max timestamp as written.
        var maxTimestamp: Int64
        var timestampType: TimestampType
    }

    /// The most a compressed batch may inflate to while its records are checked.
    var maxDecompressedBytes: Int { max(Int(config.maxMessageBytes), 1 << 20) * 16 }

    /// Kafka's `validateBatch` for one v2 batch from `origin`, then what reading its records would
    /// find wrong without decoding them: an unknown codec, and for an uncompressed batch, records
    /// that do not tile the records section (`RecordBatch.validate` less the CRC, already checked).
    func validateBatch(_ batch: RecordBatch) throws(LogError) {
        try validateHeader(batch)
        let codec = batch.attributes.compressionCodecId
        guard CompressionType(rawValue: codec) != nil else {
            throw LogError(RecordBatchError.unknownCompressionCodec(codec))
        }
        if !batch.isCompressed,
            let error = RecordBatch.checkRecordLengths(
                in: batch.buffer, from: RecordBatch.Field.records, count: batch.recordsCount)
        {
            throw LogError(error)
        }
    }

    private func validateHeader(_ batch: RecordBatch) throws(LogError) {
        if origin == .client {
            let countFromOffsets = Int64(batch.lastOffsetDelta) + 1
            guard countFromOffsets > 0 else {
                throw .invalidRecord(
                    "Batch has an invalid offset range: [\(batch.baseOffset), \(batch.lastOffset)] in topic partition"
                        + " \(topicPartition)")
            }
            let count = batch.recordsCount
            guard count > 0 else {
                throw .invalidRecord(
                    "Invalid reported count for record batch: \(count) in topic partition \(topicPartition)")
            }
            guard countFromOffsets == Int64(count) else {
                throw .invalidRecord(
                    "Inconsistent batch offset range [\(batch.baseOffset), \(batch.lastOffset)] and count of records"
                        + " \(count) in topic partition \(topicPartition)")
            }
            guard !batch.isControlBatch else {
                throw .invalidRecord(
                    "Clients are not allowed to write control records in topic partition \(topicPartition)")
            }
            if batch.hasProducerId && batch.baseSequence < 0 {
                throw .invalidRecord(
                    "Invalid sequence number \(batch.baseSequence) in record batch with producerId \(batch.producerId)"
                        + " in topic partition \(topicPartition)")
            }
        }
    }

    /// Checks the records and works out the header's timestamp (Kafka's `assignOffsetsNonCompressed`
    /// and the in-place branch of `validateMessagesAndAssignOffsetsCompressed`).
    func validateRecords(_ batch: RecordBatch) throws(LogError) -> Outcome {
        let topicType: TimestampType = config.messageTimestampType == .logAppendTime ? .logAppendTime : .createTime
        let boundsSet =
            config.messageTimestampBeforeMaxMs != Int64.max || config.messageTimestampAfterMaxMs != Int64.max
        let recordRules =
            compact || batch.timestampType == .logAppendTime || (topicType == .createTime && boundsSet)

        var maxTimestamp = batch.maxTimestamp
        if !batch.isCompressed || recordRules {
            var errors: [RecordError] = []
            var anyTimestampError = false
            var largest = RecordBatch.noTimestamp
            try forEachRecord(of: batch) { (index, offset, timestamp, hasKey) in
                if timestamp > largest { largest = timestamp }
                if let error = recordError(
                    batch, index: index, offset: offset, timestamp: timestamp, hasKey: hasKey, topicType: topicType)
                {
                    errors.append(error.error)
                    anyTimestampError = anyTimestampError || error.isTimestamp
                }
            }
            if !errors.isEmpty {
                if anyTimestampError {
                    throw .recordErrors(
                        .invalidTimestamp, "One or more records have been rejected due to invalid timestamp", errors)
                }
                throw .recordErrors(
                    .invalidRecord,
                    "One or more records have been rejected due to \(errors.count) record errors in total, and only"
                        + " showing the first three errors at most: [\(errors.prefix(3).map(\.description).joined(separator: ", "))]",
                    errors)
            }
            maxTimestamp = largest
        }
        if topicType == .logAppendTime { return Outcome(maxTimestamp: now, timestampType: .logAppendTime) }
        return Outcome(maxTimestamp: maxTimestamp, timestampType: .createTime)
    }

    /// Kafka's `validateKey` then `validateTimestamp` for one record.
    private func recordError(
        _ batch: RecordBatch, index: Int, offset: Int64, timestamp: Int64, hasKey: Bool, topicType: TimestampType
    ) -> (error: RecordError, isTimestamp: Bool)? {
        if compact && !hasKey {
            return (
                RecordError(
                    batchIndex: index,
                    message: "Compacted topic cannot accept message without key in topic partition \(topicPartition)"),
                false
            )
        }
        if topicType == .createTime && timestamp != RecordBatch.noTimestamp {
            let before = config.messageTimestampBeforeMaxMs
            let after = config.messageTimestampAfterMaxMs
            let (diff, overflow) = now.subtractingReportingOverflow(timestamp)
            if overflow || diff > before || (diff < 0 && diff.magnitude > after.magnitude) {
                return (
                    RecordError(
                        batchIndex: index,
                        message:
                            "Timestamp \(timestamp) of message with offset \(offset) is out of range. The timestamp"
                            + " should be within [\(now &- before), \(now &+ after)]"),
                    true
                )
            }
        } else if batch.timestampType == .logAppendTime {
            return (
                RecordError(
                    batchIndex: index,
                    message:
                        "Invalid timestamp type in message with offset \(offset). Producer should not set timestamp"
                        + " type to LogAppendTime."),
                true
            )
        }
        return nil
    }

    /// Calls `body` with each record's index, offset, timestamp and whether it has a key. An
    /// uncompressed batch is walked in place; a compressed one is decompressed (bounded).
    private func forEachRecord(
        of batch: RecordBatch, _ body: (Int, Int64, Int64, Bool) -> Void
    ) throws(LogError) {
        let logAppendTime: Int64? = batch.timestampType == .logAppendTime ? batch.maxTimestamp : nil
        if batch.isCompressed {
            do throws(RecordBatchError) {
                var records = try batch.makeRecordIterator(maxDecompressedBytes: maxDecompressedBytes)
                var index = 0
                while let record = try records.next() {
                    body(index, record.offset, record.timestamp, record.key != nil)
                    index += 1
                }
            } catch {
                throw LogError(error)
            }
            return
        }
        let baseOffset = batch.baseOffset
        let baseTimestamp = batch.baseTimestamp
        let count = Int(batch.recordsCount)
        let failure: RecordBatchError? = batch.buffer.withUnsafeReadableBytes { bytes in
            var walker = VarintWalker(bytes: bytes, position: RecordBatch.Field.records)
            for index in 0..<count {
                guard let length = walker.varint(), length >= 0 else { return .invalidRecord("Invalid record length") }
                let recordEnd = walker.position + Int(length)
                guard recordEnd <= bytes.count, walker.skip(1),  // attributes
                    let timestampDelta = walker.varlong(), let offsetDelta = walker.varint(),
                    let keyLength = walker.varint(),
                    walker.position <= recordEnd
                else { return .invalidRecord("Found invalid record structure in record \(index)") }
                let timestamp = logAppendTime ?? (baseTimestamp &+ timestampDelta)
                body(index, baseOffset &+ Int64(offsetDelta), timestamp, keyLength >= 0)
                walker.position = recordEnd
            }
            return nil
        }
        if let failure { throw LogError(failure) }
    }
}

/// Reads zig-zag varints (Kafka's `ByteUtils.readVarint`/`readVarlong`) from raw bytes without
/// trapping: nil when a varint runs past the end or is too long.
struct VarintWalker {
    let bytes: UnsafeRawBufferPointer
    var position: Int

    mutating func skip(_ count: Int) -> Bool {
        guard count <= bytes.count - position else { return false }
        position += count
        return true
    }

    mutating func varint() -> Int32? {
        guard let raw = unsignedVarint(maxBytes: 5) else { return nil }
        let value = UInt32(truncatingIfNeeded: raw)
        return Int32(bitPattern: (value >> 1) ^ (0 &- (value & 1)))
    }

    mutating func varlong() -> Int64? {
        guard let raw = unsignedVarint(maxBytes: 10) else { return nil }
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    private mutating func unsignedVarint(maxBytes: Int) -> UInt64? {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        for _ in 0..<maxBytes {
            guard position < bytes.count else { return nil }
            let byte = bytes[position]
            position += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
        return nil
    }
}
