/// The producer-state side of one append by one producer (Kafka's `ProducerAppendInfo`): starts
/// from the producer's entry as of the last successful append, checks each of its batches in the
/// append in turn (epoch fencing, sequence continuity, transaction state, coordinator fencing) and
/// accumulates the entry the producer will have once the append is written, plus the transactions
/// the append starts and ends.
///
/// It changes nothing in `ProducerStateManager`: the log validates the whole append first, writes
/// it, and only then hands this to `ProducerStateManager.update(_:)`. An append that throws is
/// discarded with it.
///
/// How much is checked depends on `origin` (see `AppendOrigin`): `.replication` accepts every
/// batch, `.coordinator`/`.raftLeader` check epochs but not sequences, `.client` checks all.
package struct ProducerAppendInfo: Sendable, CustomStringConvertible {
    /// The largest decompressed size read while decoding a control batch's marker record.
    private static let maxControlRecordBytes = 1 << 20

    package let topicPartition: TopicPartition
    package let producerId: Int64
    /// The producer's state before this append.
    package let currentEntry: ProducerStateEntry
    package let origin: AppendOrigin
    /// The producer's state after this append: `currentEntry`'s epoch, coordinator epoch, timestamp
    /// and open transaction, with only this append's batches (Kafka's `toEntry()`).
    package private(set) var updatedEntry: ProducerStateEntry
    /// Transactions begun by this append, in offset order.
    package private(set) var startedTransactions: [TxnMetadata] = []

    package init(
        topicPartition: TopicPartition, producerId: Int64, currentEntry: ProducerStateEntry, origin: AppendOrigin
    ) {
        self.topicPartition = topicPartition
        self.producerId = producerId
        self.currentEntry = currentEntry
        self.origin = origin
        self.updatedEntry = currentEntry.withoutBatches()
    }

    /// Checks and records one batch of this producer. A data batch returns nil; a control batch
    /// returns the transaction its marker ends, or nil when no data of that transaction is on this
    /// partition (an empty transaction needs no `.txnindex` entry and does not hold back the LSO).
    /// A control batch with no record (everything cleaned away by compaction) changes nothing.
    ///
    /// - Parameter firstOffsetMetadata: where the batch is being written, for a transactional batch
    ///   (it may begin a transaction); nil means the batch's base offset without a position.
    @discardableResult
    package mutating func append(
        _ batch: RecordBatch, firstOffsetMetadata: LogOffsetMetadata? = nil
    ) throws(ProducerStateError) -> CompletedTxn? {
        if batch.isControlBatch {
            let record: Record
            do {
                var records = try batch.makeRecordIterator(maxDecompressedBytes: Self.maxControlRecordBytes)
                guard let first = try records.next() else { return nil }
                record = first
            } catch {
                throw .invalidControlRecord(error)
            }
            let marker: EndTransactionMarker
            do {
                marker = try EndTransactionMarker(record: record)
            } catch {
                throw .invalidControlRecord(error)
            }
            return try appendEndTxnMarker(
                marker, producerEpoch: batch.producerEpoch, offset: batch.baseOffset, timestamp: record.timestamp)
        }
        try appendDataBatch(
            epoch: batch.producerEpoch, firstSeq: batch.baseSequence, lastSeq: batch.lastSequence,
            lastTimestamp: batch.maxTimestamp,
            firstOffsetMetadata: firstOffsetMetadata ?? LogOffsetMetadata(messageOffset: batch.baseOffset),
            lastOffset: batch.lastOffset, isTransactional: batch.isTransactional)
        return nil
    }

    /// Checks and records a data batch given by its fields.
    package mutating func appendDataBatch(
        epoch: Int16, firstSeq: Int32, lastSeq: Int32, lastTimestamp: Int64, firstOffsetMetadata: LogOffsetMetadata,
        lastOffset: Int64, isTransactional: Bool
    ) throws(ProducerStateError) {
        let firstOffset = firstOffsetMetadata.messageOffset
        try checkProducerEpoch(epoch, offset: firstOffset)
        if origin == .client {
            try checkSequence(producerEpoch: epoch, appendFirstSeq: firstSeq, offset: firstOffset)
        }
        // Kafka's `(int) (lastOffset - firstOffset)`.
        updatedEntry.addBatch(
            producerEpoch: epoch, lastSeq: lastSeq, lastOffset: lastOffset,
            offsetDelta: Int32(truncatingIfNeeded: lastOffset &- firstOffset), timestamp: lastTimestamp)

        switch (updatedEntry.currentTxnFirstOffset, isTransactional) {
        case (.some, false):
            throw .invalidTxnState(
                "Expected transactional write from producer \(producerId) at offset \(firstOffsetMetadata)"
                    + " in partition \(topicPartition)")
        case (nil, true):
            updatedEntry.setCurrentTxnFirstOffset(firstOffset)
            startedTransactions.append(TxnMetadata(producerId: producerId, firstOffset: firstOffsetMetadata))
        default:
            break
        }
    }

    /// Checks and records a COMMIT or ABORT marker written at `offset`.
    package mutating func appendEndTxnMarker(
        _ marker: EndTransactionMarker, producerEpoch: Int16, offset: Int64, timestamp: Int64
    ) throws(ProducerStateError) -> CompletedTxn? {
        try checkProducerEpoch(producerEpoch, offset: offset)
        try checkCoordinatorEpoch(marker, offset: offset)
        let completed = updatedEntry.currentTxnFirstOffset.map {
            CompletedTxn(
                producerId: producerId, firstOffset: $0, lastOffset: offset, isAborted: marker.result == .abort)
        }
        updatedEntry.update(
            producerEpoch: producerEpoch, coordinatorEpoch: marker.coordinatorEpoch, lastTimestamp: timestamp)
        return completed
    }

    // MARK: Checks

    private func checkProducerEpoch(_ producerEpoch: Int16, offset: Int64) throws(ProducerStateError) {
        // A follower keeps what the leader wrote, even from a fenced epoch (Kafka only logs it).
        guard producerEpoch < updatedEntry.producerEpoch, origin != .replication else { return }
        throw .invalidProducerEpoch(
            "Epoch of producer \(producerId) at offset \(offset) in \(topicPartition) is \(producerEpoch),"
                + " which is smaller than the last seen epoch \(updatedEntry.producerEpoch)")
    }

    /// Kafka's `checkSequence` (2.5 and later, KIP-360): a producer this partition has no state for
    /// may start at any sequence, because the partition cannot tell a new producer from one whose
    /// state was removed by retention, DeleteRecords or `producer.id.expiration.ms`; so
    /// UNKNOWN_PRODUCER_ID is never the answer. A known producer moving to a new epoch must restart
    /// at sequence 0. Within an epoch each batch must start right after the last one (wrapping from
    /// `Int32.max` to 0); when the only state left is a transaction marker, that means 0.
    private func checkSequence(producerEpoch: Int16, appendFirstSeq: Int32, offset: Int64) throws(ProducerStateError) {
        if producerEpoch != updatedEntry.producerEpoch {
            if appendFirstSeq != 0 && updatedEntry.producerEpoch != RecordBatch.noProducerEpoch {
                throw .outOfOrderSequence(
                    "Invalid sequence number for new epoch of producer \(producerId) at offset \(offset) in partition"
                        + " \(topicPartition): \(producerEpoch) (request epoch), \(appendFirstSeq) (seq. number),"
                        + " \(updatedEntry.producerEpoch) (current producer epoch)")
            }
            return
        }
        let currentLastSeq: Int32
        if !updatedEntry.isEmpty {
            currentLastSeq = updatedEntry.lastSeq
        } else if producerEpoch == currentEntry.producerEpoch {
            currentLastSeq = currentEntry.lastSeq
        } else {
            currentLastSeq = RecordBatch.noSequence
        }
        // With no epoch at all (a batch without one, or no state) any sequence is accepted.
        guard currentEntry.producerEpoch != RecordBatch.noProducerEpoch else { return }
        guard !Self.inSequence(lastSeq: currentLastSeq, nextSeq: appendFirstSeq) else { return }
        throw .outOfOrderSequence(
            "Out of order sequence number for producer \(producerId) at offset \(offset) in partition"
                + " \(topicPartition): \(appendFirstSeq) (incoming seq. number), \(currentLastSeq) (current end"
                + " sequence number)")
    }

    /// Whether `nextSeq` directly follows `lastSeq`, wrapping from `Int32.max` to 0 (and 0 follows
    /// `noSequence`).
    package static func inSequence(lastSeq: Int32, nextSeq: Int32) -> Bool {
        Int64(nextSeq) == Int64(lastSeq) + 1 || (nextSeq == 0 && lastSeq == Int32.max)
    }

    private func checkCoordinatorEpoch(_ marker: EndTransactionMarker, offset: Int64) throws(ProducerStateError) {
        guard updatedEntry.coordinatorEpoch > marker.coordinatorEpoch, origin != .replication else { return }
        throw .transactionCoordinatorFenced(
            "Invalid coordinator epoch for producerId \(producerId) at offset \(offset) in partition"
                + " \(topicPartition): \(marker.coordinatorEpoch) (zombie), \(updatedEntry.coordinatorEpoch) (current)")
    }

    package var description: String {
        "ProducerAppendInfo(producerId=\(producerId), producerEpoch=\(updatedEntry.producerEpoch),"
            + " firstSequence=\(updatedEntry.firstSeq), lastSequence=\(updatedEntry.lastSeq),"
            + " currentTxnFirstOffset=\(updatedEntry.currentTxnFirstOffset.map(String.init) ?? "none"),"
            + " coordinatorEpoch=\(updatedEntry.coordinatorEpoch), lastTimestamp=\(updatedEntry.lastTimestamp),"
            + " startedTransactions=\(startedTransactions))"
    }
}
