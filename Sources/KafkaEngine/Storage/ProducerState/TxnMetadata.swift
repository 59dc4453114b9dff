/// A transaction seen on this partition (Kafka's `TxnMetadata`): the producer, the offset (and file
/// position) of its first batch, and once its marker is written, the marker's offset.
package struct TxnMetadata: Equatable, Sendable, CustomStringConvertible {
    package var producerId: Int64
    package var firstOffset: LogOffsetMetadata
    /// The COMMIT/ABORT marker's offset; nil while the transaction is undecided.
    package var lastOffset: Int64?

    package init(producerId: Int64, firstOffset: LogOffsetMetadata, lastOffset: Int64? = nil) {
        self.producerId = producerId
        self.firstOffset = firstOffset
        self.lastOffset = lastOffset
    }

    package init(producerId: Int64, firstOffset: Int64) {
        self.init(producerId: producerId, firstOffset: LogOffsetMetadata(messageOffset: firstOffset))
    }

    package var description: String {
        "TxnMetadata(producerId=\(producerId), firstOffset=\(firstOffset),"
            + " lastOffset=\(lastOffset.map(String.init) ?? "none"))"
    }
}

/// A transaction that a COMMIT or ABORT marker has just ended on this partition (Kafka's
/// `CompletedTxn`), from its first data batch to the marker. An aborted one becomes an entry of the
/// active segment's `.txnindex`, stamped with the last stable offset at the time.
package struct CompletedTxn: Equatable, Hashable, Sendable, CustomStringConvertible {
    package var producerId: Int64
    package var firstOffset: Int64
    /// The marker's offset.
    package var lastOffset: Int64
    package var isAborted: Bool

    package init(producerId: Int64, firstOffset: Int64, lastOffset: Int64, isAborted: Bool) {
        self.producerId = producerId
        self.firstOffset = firstOffset
        self.lastOffset = lastOffset
        self.isAborted = isAborted
    }

    /// The `.txnindex` entry for an aborted transaction (Kafka's `new AbortedTxn(completedTxn,
    /// lastStableOffset)`); nil for a committed one, which the index does not record.
    package func abortedTxn(lastStableOffset: Int64) -> AbortedTxn? {
        guard isAborted else { return nil }
        return AbortedTxn(
            producerId: producerId, firstOffset: firstOffset, lastOffset: lastOffset,
            lastStableOffset: lastStableOffset)
    }

    package var description: String {
        "CompletedTxn(producerId=\(producerId), firstOffset=\(firstOffset), lastOffset=\(lastOffset),"
            + " isAborted=\(isAborted))"
    }
}

/// The last thing a producer wrote that the log still holds (Kafka's `LastRecord`), for the log
/// cleaner, which must keep each active producer's last batch: the offset of its last data batch
/// (nil when only a transaction marker is left) and its epoch.
package struct LastRecord: Equatable, Hashable, Sendable {
    package var lastDataOffset: Int64?
    package var producerEpoch: Int16

    package init(lastDataOffset: Int64?, producerEpoch: Int16) {
        self.lastDataOffset = lastDataOffset
        self.producerEpoch = producerEpoch
    }
}
