/// The transactions the cleaner is inside of as it walks a log in offset order (Kafka's
/// `CleanedTransactionMetadata`): which producers' open transactions were aborted (from the
/// `.txnindex` entries fed in with `addAbortedTransactions`) and which were committed. It decides
/// that a batch of an aborted transaction may go, and when a transaction marker may go: an abort
/// marker once none of its transaction's batches is left, a commit marker once none of its
/// transaction's batches was seen. Abort markers that stay are written to `cleanedIndex`, so the
/// cleaned segment's `.txnindex` lists exactly the aborted transactions that still have data.
struct CleanedTransactionMetadata {
    private struct OngoingAbort {
        var txn: AbortedTxn
        /// The last offset of the last batch of this transaction seen, nil when none was.
        var lastObservedBatchOffset: Int64?
    }

    private var ongoingCommittedTxns: Set<Int64> = []
    private var ongoingAbortedTxns: [Int64: OngoingAbort] = [:]
    /// Aborted transactions not yet reached, by first offset (Kafka keeps a min-heap).
    private var pendingAborted: [AbortedTxn] = []
    /// Where the `.txnindex` entries of retained abort markers go.
    var cleanedIndex: TransactionIndex?

    init(cleanedIndex: TransactionIndex? = nil) {
        self.cleanedIndex = cleanedIndex
    }

    /// Adds aborted transactions found in the `.txnindex` of the segments about to be read.
    mutating func addAbortedTransactions(_ txns: [AbortedTxn]) {
        guard !txns.isEmpty else { return }
        pendingAborted.append(contentsOf: txns)
        // Sorted by descending first offset so the next one to reach is popped from the end.
        pendingAborted.sort { $0.firstOffset > $1.firstOffset }
    }

    /// A control batch was read. Returns true when it may be discarded: an abort marker none of
    /// whose transaction's batches were kept, a commit marker none of whose transaction's batches
    /// were seen, or a batch already emptied by an earlier cleaning.
    /// - Throws: `corruptRecord` when the control record cannot be read.
    mutating func onControlBatchRead(_ batch: RecordBatch) throws(LogError) -> Bool {
        consumeAbortedTxns(upTo: batch.lastOffset)
        let records: [Record]
        do {
            records = try batch.records(maxDecompressedBytes: LogSegment.maxDecompressedBatchBytes)
        } catch {
            throw .corruptRecord("Control batch at offset \(batch.baseOffset) does not decode: \(error)")
        }
        guard let record = records.first else { return true }
        let type: ControlRecordType
        do {
            type = try ControlRecordKey(parsing: record.key).type
        } catch {
            throw .corruptRecord("Control record at offset \(record.offset) has an invalid key: \(error)")
        }
        let producerId = batch.producerId
        switch type {
        case .abort:
            guard let aborted = ongoingAbortedTxns.removeValue(forKey: producerId),
                aborted.lastObservedBatchOffset != nil
            else { return true }
            // The transaction still has batches in the log: keep its marker and its index entry.
            if let cleanedIndex {
                do {
                    try cleanedIndex.append(aborted.txn)
                } catch {
                    throw .storage(error)
                }
            }
            return false
        case .commit:
            return ongoingCommittedTxns.remove(producerId) == nil
        default:
            return false
        }
    }

    /// A data batch was read. Returns true when it belongs to an aborted transaction (and may go).
    mutating func onBatchRead(_ batch: RecordBatch) -> Bool {
        consumeAbortedTxns(upTo: batch.lastOffset)
        guard batch.isTransactional else { return false }
        if ongoingAbortedTxns[batch.producerId] != nil {
            ongoingAbortedTxns[batch.producerId]?.lastObservedBatchOffset = batch.lastOffset
            return true
        }
        ongoingCommittedTxns.insert(batch.producerId)
        return false
    }

    private mutating func consumeAbortedTxns(upTo offset: Int64) {
        while let next = pendingAborted.last, next.firstOffset <= offset {
            pendingAborted.removeLast()
            if ongoingAbortedTxns[next.producerId] == nil {
                ongoingAbortedTxns[next.producerId] = OngoingAbort(txn: next)
            }
        }
    }
}
