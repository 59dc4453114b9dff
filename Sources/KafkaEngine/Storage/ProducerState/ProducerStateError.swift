/// Why producer state refuses a batch: the exceptions `ProducerAppendInfo` throws in Kafka, each
/// with the error code the broker answers the produce request (or WriteTxnMarkers entry) with.
///
/// None of them is UNKNOWN_SERVER_ERROR: an idempotent producer that gets an unexpected error may
/// reset its sequences and resend, duplicating data (KAFKA-14034), so every refusal here names a
/// specific, documented cause. The messages are Kafka's.
package enum ProducerStateError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A gap or a repeat in the sequence, or a new epoch not starting at 0 (Kafka's
    /// `OutOfOrderSequenceException`, OUT_OF_ORDER_SEQUENCE_NUMBER).
    case outOfOrderSequence(String)
    /// The batch's epoch is older than the producer's (Kafka's `InvalidProducerEpochException`,
    /// INVALID_PRODUCER_EPOCH). Kafka answers produce requests with this code rather than
    /// PRODUCER_FENCED since 2.7 (KIP-588, KAFKA-10687): clients abort and retry on it, while
    /// PRODUCER_FENCED is fatal and belongs to the transaction coordinator's APIs.
    case invalidProducerEpoch(String)
    /// A non-transactional batch while the producer has a transaction open (Kafka's
    /// `InvalidTxnStateException`, INVALID_TXN_STATE).
    case invalidTxnState(String)
    /// A transaction marker from an older coordinator than the last one seen (Kafka's
    /// `TransactionCoordinatorFencedException`, TRANSACTION_COORDINATOR_FENCED).
    case transactionCoordinatorFenced(String)
    /// A control batch whose record is not a readable end-transaction marker (Kafka's
    /// `InvalidRecordException` from `EndTransactionMarker.deserialize`).
    case invalidControlRecord(RecordBatchError)

    /// The code for the produce (or WriteTxnMarkers) response.
    package var errorCode: ErrorCode {
        switch self {
        case .outOfOrderSequence: .outOfOrderSequenceNumber
        case .invalidProducerEpoch: .invalidProducerEpoch
        case .invalidTxnState: .invalidTxnState
        case .transactionCoordinatorFenced: .transactionCoordinatorFenced
        // org.apache.kafka.common.InvalidRecordException extends CorruptRecordException, so
        // Errors.forException answers CORRUPT_MESSAGE.
        case .invalidControlRecord: .corruptMessage
        }
    }

    package var description: String {
        switch self {
        case .outOfOrderSequence(let message), .invalidProducerEpoch(let message), .invalidTxnState(let message),
            .transactionCoordinatorFenced(let message):
            message
        case .invalidControlRecord(let error):
            error.description
        }
    }
}
