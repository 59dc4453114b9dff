/// Why a log operation failed, with the Kafka exception each case stands for and the error code a
/// response carries for it (`code`). Messages follow Kafka's wording.
package enum LogError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `CorruptRecordException`: bytes that are not a valid batch (bad framing or CRC) — from a
    /// client, or found in a segment being read.
    case corruptRecord(String)
    /// `InvalidRecordException`: a well-formed batch the broker must not accept (control batch from
    /// a client, non-zero base offset, inconsistent counts, legacy magic, key missing on a
    /// compacted topic, more than one batch).
    case invalidRecord(String)
    /// `RecordTooLargeException`: a batch above `max.message.bytes`.
    case recordTooLarge(String)
    /// `RecordBatchTooLargeException`: an append larger than a whole segment.
    case recordBatchTooLarge(String)
    /// `RecordValidationException`: records the leader refused, each with its index in the batch
    /// (`recordErrors` go into the produce response). `code` is INVALID_TIMESTAMP when any record's
    /// timestamp is outside `message.timestamp.before/after.max.ms` (or claims LogAppendTime), else
    /// INVALID_RECORD (a record without a key on a compacted topic).
    case recordErrors(ErrorCode, String, [RecordError])
    /// `OffsetOutOfRangeException`: a read or a log start offset outside what the log allows.
    case offsetOutOfRange(String)
    /// `UnexpectedAppendOffsetException`: a follower append whose first offset (or the last offset
    /// of its first batch) is below the log end offset. The replica fetcher may recover by
    /// restarting the log at `firstOffset`.
    case unexpectedAppendOffset(String, firstOffset: Int64, lastOffset: Int64)
    /// `OffsetsOutOfOrderException`: a follower append whose offsets do not increase.
    case offsetsOutOfOrder(String)
    /// An error the producer state check answered with (OUT_OF_ORDER_SEQUENCE_NUMBER,
    /// INVALID_PRODUCER_EPOCH, INVALID_TXN_STATE, …).
    case producerState(ErrorCode, String)
    /// A caller passed a value the operation does not accept (`IllegalArgumentException`).
    case illegalArgument(String)
    /// The log cannot do this now: closed, or a segment in an impossible state
    /// (`IllegalStateException` / `KafkaException`).
    case illegalState(String)
    /// A file operation failed (`KafkaStorageException`): the log dir may have failed.
    case storage(StorageError)

    /// The error code a response carries.
    package var code: ErrorCode {
        switch self {
        case .corruptRecord: .corruptMessage
        case .invalidRecord: .invalidRecord
        case .recordTooLarge: .messageTooLarge
        case .recordBatchTooLarge: .recordListTooLarge
        case .recordErrors(let code, _, _): code
        case .offsetOutOfRange: .offsetOutOfRange
        case .producerState(let code, _): code
        case .storage: .kafkaStorageError
        case .unexpectedAppendOffset, .offsetsOutOfOrder, .illegalArgument, .illegalState: .unknownServerError
        }
    }

    package var description: String {
        switch self {
        case .corruptRecord(let message), .invalidRecord(let message), .recordTooLarge(let message),
            .recordBatchTooLarge(let message), .recordErrors(_, let message, _), .offsetOutOfRange(let message),
            .unexpectedAppendOffset(let message, _, _), .offsetsOutOfOrder(let message),
            .producerState(_, let message), .illegalArgument(let message), .illegalState(let message):
            return message
        case .storage(let error):
            return error.description
        }
    }

    /// A batch fault found by `RecordBatch`'s framing or validation, as Kafka reports it.
    init(_ error: RecordBatchError) {
        switch error.code {
        case .corruptMessage: self = .corruptRecord(error.description)
        case .invalidRecord: self = .invalidRecord(error.description)
        }
    }
}

/// One record a leader refused (Kafka's `ProduceResponse.RecordError`): its index in the batch and
/// why.
package struct RecordError: Sendable, Equatable, CustomStringConvertible {
    package var batchIndex: Int
    package var message: String

    package init(batchIndex: Int, message: String) {
        self.batchIndex = batchIndex
        self.message = message
    }

    package var description: String { "RecordError(batchIndex=\(batchIndex), message='\(message)')" }
}
