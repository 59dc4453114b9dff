/// Why bytes are not a valid v2 record batch, or a record in one is malformed. Each case's
/// `description` is the message Kafka uses for the same fault, and `code` says which error the
/// broker answers with: Kafka's `CorruptRecordException` (CORRUPT_MESSAGE) or
/// `InvalidRecordException` (INVALID_RECORD).
package enum RecordBatchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Fewer bytes than the 61-byte v2 header, or a batchLength saying so.
    case batchTooSmall(sizeInBytes: Int)
    /// batchLength says the batch is `declaredSize` bytes but `availableBytes` are there.
    case batchLengthMismatch(declaredSize: Int, availableBytes: Int)
    /// The magic byte is not 2 (0 and 1 are the legacy formats the broker no longer accepts).
    case unsupportedMagic(Int8)
    /// The stored CRC-32C does not match the bytes.
    case checksumMismatch(stored: UInt32, computed: UInt32)
    /// The attributes name a codec id that Kafka does not define (5-7).
    case unknownCompressionCodec(Int8)
    /// recordsCount is zero or negative where records are required.
    case invalidRecordCount(Int32)
    /// lastOffsetDelta + 1 is not a positive record count.
    case invalidOffsetRange(baseOffset: Int64, lastOffset: Int64)
    /// lastOffsetDelta + 1 disagrees with recordsCount (Kafka's LogValidator rule).
    case inconsistentOffsetRange(baseOffset: Int64, lastOffset: Int64, recordsCount: Int32)
    /// The records section ended before recordsCount records were read.
    case prematureEndOfRecords
    /// Bytes remain after recordsCount records were read.
    case recordsRemaining(bytes: Int)
    /// A record's own structure is malformed: its length, a varint, a key, value or header.
    case invalidRecord(String)
    /// The records section could not be decompressed (or would exceed the caller's limit).
    case decompression(CompressionError)

    /// The two Kafka exceptions a broker maps batch faults to.
    package enum Code: Sendable, Equatable {
        /// `CorruptRecordException`, answered with CORRUPT_MESSAGE (2).
        case corruptMessage
        /// `InvalidRecordException`, answered with INVALID_RECORD (87).
        case invalidRecord
    }

    /// Kafka throws `CorruptRecordException` for framing and checksum faults
    /// (`ByteBufferLogInputStream.nextBatchSize`, `DefaultRecordBatch.ensureValid`) and
    /// `InvalidRecordException` for content a client should not have sent (`LogValidator`,
    /// `ProduceRequest.validateRecords`, `DefaultRecord.readFrom`).
    package var code: Code {
        switch self {
        case .batchTooSmall, .checksumMismatch, .decompression:
            return .corruptMessage
        case .unsupportedMagic(let magic):
            // 0 and 1 are real formats a produce request may not carry; anything else is garbage.
            return magic == 0 || magic == 1 ? .invalidRecord : .corruptMessage
        case .batchLengthMismatch(let declared, let available):
            // A batch longer than the bytes is no batch at all to Kafka's produce path ("must have
            // at least one record batch"); a shorter one leaves trailing garbage that fails framing.
            return declared > available ? .invalidRecord : .corruptMessage
        case .unknownCompressionCodec, .invalidRecordCount, .invalidOffsetRange, .inconsistentOffsetRange,
            .prematureEndOfRecords, .recordsRemaining, .invalidRecord:
            return .invalidRecord
        }
    }

    package var description: String {
        switch self {
        case .batchTooSmall(let size):
            return "Record batch is corrupt (the size \(size) is smaller than the minimum allowed overhead \(RecordBatch.headerSize))"
        case .batchLengthMismatch(let declared, let available):
            return "Record batch size \(declared) does not match the \(available) bytes present"
        case .unsupportedMagic(let magic):
            return "Produce requests are only allowed to contain record batches with magic version 2 (found magic \(magic))"
        case .checksumMismatch(let stored, let computed):
            return "Record is corrupt (stored crc = \(stored), computed crc = \(computed))"
        case .unknownCompressionCodec(let id):
            return "Unknown compression type id: \(id)"
        case .invalidRecordCount(let count):
            return "Invalid reported count for record batch: \(count)"
        case .invalidOffsetRange(let base, let last):
            return "Batch has an invalid offset range: [\(base), \(last)]"
        case .inconsistentOffsetRange(let base, let last, let count):
            return "Inconsistent batch offset range [\(base), \(last)] and count of records \(count)"
        case .prematureEndOfRecords:
            return "Incorrect declared batch size, premature EOF reached"
        case .recordsRemaining(let bytes):
            return "Incorrect declared batch size, records still remaining in file (\(bytes) bytes)"
        case .invalidRecord(let what):
            return what
        case .decompression(let error):
            return "Failed to decompress record stream: \(error)"
        }
    }
}
