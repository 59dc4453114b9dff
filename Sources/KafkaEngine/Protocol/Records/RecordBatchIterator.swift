import NIOCore

/// Splits concatenated batches (a produce request's `records`, a fetch response's, or a segment
/// read) into `RecordBatch` views, as Kafka's `ByteBufferLogInputStream`. Batches are framed only
/// (size, batchLength, magic); call `validate()` on each one that needs it.
///
/// `next()` returns nil at the end of the bytes or at the first bytes it cannot frame, and never
/// traps; `stop` then says which, and `consumedBytes` where. A fetch cut at `max.bytes` or a torn
/// segment tail ends in `.partialBatch`; a legacy (magic 0/1) batch ends in `.unsupportedMagic`.
package struct RecordBatchIterator: IteratorProtocol {
    /// Why iteration ended.
    package enum Stop: Equatable, Sendable {
        /// Every byte belonged to a batch that was returned.
        case end
        /// The last `bytesLeft` bytes are the start of a batch that needs `neededBytes` bytes to be
        /// framed: 12 for the batchLength, 17 for the magic byte, or the batch's declared size.
        case partialBatch(bytesLeft: Int, neededBytes: Int)
        /// The next batch's batchLength is below the minimum for its format (14 bytes for any
        /// magic, as Kafka's framing checks, or the 49 bytes after batchLength of a v2 header).
        case invalidBatchLength(Int32, bytesLeft: Int)
        /// The next batch has magic `magic` (0 and 1 are the legacy formats; others are garbage).
        case unsupportedMagic(Int8, bytesLeft: Int)
    }

    /// Kafka's `LegacyRecord.RECORD_OVERHEAD_V0`, the smallest batchLength of any format.
    static let minimumBatchLength: Int32 = 14

    private var bytes: ByteBuffer
    /// Bytes of the input taken by the batches returned so far.
    package private(set) var consumedBytes = 0
    /// Nil until `next()` has returned nil.
    package private(set) var stop: Stop?

    package init(_ bytes: ByteBuffer) {
        self.bytes = bytes
    }

    package mutating func next() -> RecordBatch? {
        guard self.stop == nil else { return nil }
        let left = self.bytes.readableBytes
        if left == 0 { return self.finish(.end) }
        guard left >= RecordBatch.logOverhead else {
            return self.finish(.partialBatch(bytesLeft: left, neededBytes: RecordBatch.logOverhead))
        }
        let start = self.bytes.readerIndex
        let batchLength = self.bytes.getInteger(at: start + RecordBatch.Field.batchLength, as: Int32.self) ?? 0
        guard batchLength >= Self.minimumBatchLength else {
            return self.finish(.invalidBatchLength(batchLength, bytesLeft: left))
        }
        guard left >= RecordBatch.headerSizeUpToMagic else {
            return self.finish(.partialBatch(bytesLeft: left, neededBytes: RecordBatch.headerSizeUpToMagic))
        }
        let magic = self.bytes.getInteger(at: start + RecordBatch.Field.magic, as: Int8.self) ?? 0
        guard magic == RecordBatch.currentMagic else {
            return self.finish(.unsupportedMagic(magic, bytesLeft: left))
        }
        guard Int(batchLength) >= RecordBatch.headerSize - RecordBatch.logOverhead else {
            return self.finish(.invalidBatchLength(batchLength, bytesLeft: left))
        }
        let size = RecordBatch.logOverhead + Int(batchLength)
        guard left >= size, let slice = self.bytes.readSlice(length: size) else {
            return self.finish(.partialBatch(bytesLeft: left, neededBytes: size))
        }
        self.consumedBytes += size
        return RecordBatch(uncheckedFraming: slice)
    }

    private mutating func finish(_ reason: Stop) -> RecordBatch? {
        self.stop = reason
        return nil
    }
}
