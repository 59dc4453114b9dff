import NIOCore

/// Reads the batches of a segment's file from a position to its end a block at a time (the
/// cleaner's read buffer): each call returns the whole batches of the next block. A batch larger
/// than the block is read whole with a larger block, as long as the file holds it.
///
/// Invariant: `position` is the start of a batch (or the end): the bytes before it were returned.
struct SegmentBatchReader {
    let segment: LogSegment
    private(set) var position: Int
    let end: Int
    let blockSize: Int

    init(segment: LogSegment, from position: Int = 0, blockSize: Int) {
        self.segment = segment
        self.position = position
        self.end = segment.size
        self.blockSize = max(blockSize, RecordBatch.headerSize)
    }

    /// The batches of the next block, nil at the end of the file.
    /// - Throws: `corruptRecord` when the bytes at `position` do not frame as a batch that fits in
    ///   the file; `storage` when the read fails.
    mutating func nextBlock() throws(LogError) -> [RecordBatch]? {
        guard position < end else { return nil }
        var readSize = blockSize
        while true {
            let count = min(readSize, end - position)
            let bytes = try segment.storage { () throws(StorageError) in
                try segment.log.readBytes(at: position, count: count)
            }
            var iterator = RecordBatchIterator(bytes)
            var batches: [RecordBatch] = []
            while let batch = iterator.next() { batches.append(batch) }
            switch iterator.stop {
            case .end?:
                break
            case .partialBatch(_, let needed)? where !batches.isEmpty || (needed > count && position + needed <= end):
                if batches.isEmpty {
                    readSize = needed
                    continue
                }
            case let stop?:
                throw .corruptRecord(
                    stop.corruptionMessage(file: segment.log.path, position: position + iterator.consumedBytes))
            case nil:
                break
            }
            position += iterator.consumedBytes
            return batches
        }
    }
}
