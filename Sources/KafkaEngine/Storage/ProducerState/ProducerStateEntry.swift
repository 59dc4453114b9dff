/// What one partition knows about one producer (Kafka's `ProducerStateEntry`): its epoch, the
/// metadata of its last appended batches (at most `numBatchesToRetain`, oldest first), the epoch of
/// the coordinator that last ended one of its transactions, the first offset of its open
/// transaction, and when it last wrote.
///
/// Invariants: all retained batches belong to `producerEpoch` (a new epoch clears them), their
/// sequences follow each other, and there are never more than `numBatchesToRetain`. Five matches
/// `max.in.flight.requests.per.connection` ≤ 5, so a retry of any request a client may still have in
/// flight is recognised as a duplicate.
package struct ProducerStateEntry: Equatable, Sendable, CustomStringConvertible {
    /// Kafka's `NUM_BATCHES_TO_RETAIN`.
    package static let numBatchesToRetain = 5

    package let producerId: Int64
    package private(set) var producerEpoch: Int16
    /// -1 until a transaction marker is written.
    package private(set) var coordinatorEpoch: Int32
    /// The timestamp of the last batch or marker; drives `producer.id.expiration.ms`.
    package private(set) var lastTimestamp: Int64
    /// The offset of the open transaction's first batch; nil when none is open.
    package private(set) var currentTxnFirstOffset: Int64?
    /// Oldest first.
    package private(set) var batchMetadata: [BatchMetadata]

    package init(
        producerId: Int64, producerEpoch: Int16, coordinatorEpoch: Int32, lastTimestamp: Int64,
        currentTxnFirstOffset: Int64?, batchMetadata: BatchMetadata? = nil
    ) {
        self.producerId = producerId
        self.producerEpoch = producerEpoch
        self.coordinatorEpoch = coordinatorEpoch
        self.lastTimestamp = lastTimestamp
        self.currentTxnFirstOffset = currentTxnFirstOffset
        self.batchMetadata = batchMetadata.map { [$0] } ?? []
    }

    /// A producer the partition has never seen (or has forgotten).
    package static func empty(producerId: Int64) -> ProducerStateEntry {
        ProducerStateEntry(
            producerId: producerId, producerEpoch: RecordBatch.noProducerEpoch, coordinatorEpoch: -1,
            lastTimestamp: RecordBatch.noTimestamp, currentTxnFirstOffset: nil)
    }

    package var isEmpty: Bool { batchMetadata.isEmpty }
    package var firstSeq: Int32 { batchMetadata.first?.firstSeq ?? RecordBatch.noSequence }
    package var lastSeq: Int32 { batchMetadata.last?.lastSeq ?? RecordBatch.noSequence }
    package var firstDataOffset: Int64 { batchMetadata.first?.firstOffset ?? -1 }
    package var lastDataOffset: Int64 { batchMetadata.last?.lastOffset ?? -1 }
    package var lastOffsetDelta: Int32 { batchMetadata.last?.offsetDelta ?? 0 }

    /// This entry's epoch, coordinator epoch, timestamp and open transaction with no batches: the
    /// starting point of a `ProducerAppendInfo` (Kafka's `withProducerIdAndBatchMetadata(id, empty)`).
    func withoutBatches() -> ProducerStateEntry {
        ProducerStateEntry(
            producerId: producerId, producerEpoch: producerEpoch, coordinatorEpoch: coordinatorEpoch,
            lastTimestamp: lastTimestamp, currentTxnFirstOffset: currentTxnFirstOffset)
    }

    /// Records an appended data batch; a new epoch first drops the batches of the old one.
    package mutating func addBatch(
        producerEpoch: Int16, lastSeq: Int32, lastOffset: Int64, offsetDelta: Int32, timestamp: Int64
    ) {
        maybeUpdateProducerEpoch(producerEpoch)
        addBatchMetadata(
            BatchMetadata(lastSeq: lastSeq, lastOffset: lastOffset, offsetDelta: offsetDelta, timestamp: timestamp))
        lastTimestamp = timestamp
    }

    /// Moves to `producerEpoch`, forgetting the batches of the previous epoch. Returns whether the
    /// epoch changed.
    @discardableResult
    package mutating func maybeUpdateProducerEpoch(_ producerEpoch: Int16) -> Bool {
        guard self.producerEpoch != producerEpoch else { return false }
        batchMetadata.removeAll()
        self.producerEpoch = producerEpoch
        return true
    }

    private mutating func addBatchMetadata(_ batch: BatchMetadata) {
        if batchMetadata.count == Self.numBatchesToRetain { batchMetadata.removeFirst() }
        batchMetadata.append(batch)
    }

    /// Folds in what an append produced (`next` holds only the batches of that append): its epoch,
    /// its batches after the retained ones, and its coordinator epoch, open transaction and timestamp.
    package mutating func update(with next: ProducerStateEntry) {
        maybeUpdateProducerEpoch(next.producerEpoch)
        for batch in next.batchMetadata { addBatchMetadata(batch) }
        coordinatorEpoch = next.coordinatorEpoch
        currentTxnFirstOffset = next.currentTxnFirstOffset
        lastTimestamp = next.lastTimestamp
    }

    /// A transaction marker: it may bump the epoch, and it closes the open transaction.
    package mutating func update(producerEpoch: Int16, coordinatorEpoch: Int32, lastTimestamp: Int64) {
        maybeUpdateProducerEpoch(producerEpoch)
        self.coordinatorEpoch = coordinatorEpoch
        self.currentTxnFirstOffset = nil
        self.lastTimestamp = lastTimestamp
    }

    package mutating func setCurrentTxnFirstOffset(_ firstOffset: Int64) {
        currentTxnFirstOffset = firstOffset
    }

    /// The retained batch that `batch` repeats: same epoch and the same first and last sequence.
    /// The log answers such a retry with that batch's offsets instead of appending it again.
    package func findDuplicateBatch(_ batch: RecordBatch) -> BatchMetadata? {
        guard batch.producerEpoch == producerEpoch else { return nil }
        return batchWithSequenceRange(firstSeq: batch.baseSequence, lastSeq: batch.lastSequence)
    }

    /// The retained batch with exactly this sequence range, if any.
    package func batchWithSequenceRange(firstSeq: Int32, lastSeq: Int32) -> BatchMetadata? {
        batchMetadata.first { $0.firstSeq == firstSeq && $0.lastSeq == lastSeq }
    }

    package var description: String {
        "ProducerStateEntry(producerId=\(producerId), producerEpoch=\(producerEpoch),"
            + " currentTxnFirstOffset=\(currentTxnFirstOffset.map(String.init) ?? "none"),"
            + " coordinatorEpoch=\(coordinatorEpoch), lastTimestamp=\(lastTimestamp),"
            + " batchMetadata=\(batchMetadata))"
    }
}
