/// The 61-byte header of one v2 batch in a segment file, and where the batch starts: everything
/// the read, search and roll paths need without reading a batch's records.
struct FileBatchHeader: Sendable {
    var position: Int
    var baseOffset: Int64
    var batchLength: Int32
    var partitionLeaderEpoch: Int32
    var magic: Int8
    var attributes: RecordBatchAttributes
    var lastOffsetDelta: Int32
    var maxTimestamp: Int64

    var sizeInBytes: Int { RecordBatch.logOverhead + Int(batchLength) }
    var lastOffset: Int64 { baseOffset &+ Int64(lastOffsetDelta) }
    var nextOffset: Int64 { lastOffset &+ 1 }
    /// Kafka's `maybeLeaderEpoch`: the epoch when the batch has one.
    var leaderEpoch: Int32? { partitionLeaderEpoch >= 0 ? partitionLeaderEpoch : nil }
}

/// Walks the batch headers of a segment file from a position, as Kafka's `FileLogInputStream`:
/// positional reads of a few KiB at a time, each covering the headers of all the small batches in
/// it, so a scan over an index interval of small batches costs one `pread`, and a large batch costs
/// one read of its header. Records are never read.
///
/// Stops at `end` (the file size the caller saw), at a batch that does not fit before `end`, or at
/// bytes that do not frame as a v2 batch; `stop` then says which, as `RecordBatchIterator` does.
struct BatchHeaderScanner {
    static let chunkSize = 4096

    private let file: SegmentFile
    private(set) var position: Int
    private let end: Int
    private var chunk: [UInt8]
    /// File position of `chunk[0]` and the bytes of `chunk` holding file data.
    private var chunkStart = 0
    private var chunkCount = 0
    private(set) var stop: RecordBatchIterator.Stop?

    init(file: SegmentFile, from position: Int, to end: Int) {
        self.file = file
        self.position = max(0, position)
        self.end = end
        self.chunk = []
    }

    /// The next header, or nil at the end or at bytes that do not frame (see `stop`).
    mutating func next() throws(StorageError) -> FileBatchHeader? {
        guard stop == nil else { return nil }
        let left = end - position
        if left <= 0 { return finish(.end) }
        guard left >= RecordBatch.logOverhead else {
            return finish(.partialBatch(bytesLeft: left, neededBytes: RecordBatch.logOverhead))
        }
        try load(min(RecordBatch.headerSize, left))
        let batchLength: Int32 = int(at: RecordBatch.Field.batchLength)
        guard batchLength >= RecordBatchIterator.minimumBatchLength else {
            return finish(.invalidBatchLength(batchLength, bytesLeft: left))
        }
        guard left >= RecordBatch.headerSizeUpToMagic else {
            return finish(.partialBatch(bytesLeft: left, neededBytes: RecordBatch.headerSizeUpToMagic))
        }
        let magic: Int8 = int(at: RecordBatch.Field.magic)
        guard magic == RecordBatch.currentMagic else { return finish(.unsupportedMagic(magic, bytesLeft: left)) }
        guard Int(batchLength) >= RecordBatch.headerSize - RecordBatch.logOverhead else {
            return finish(.invalidBatchLength(batchLength, bytesLeft: left))
        }
        let size = RecordBatch.logOverhead + Int(batchLength)
        guard left >= size else { return finish(.partialBatch(bytesLeft: left, neededBytes: size)) }
        let header = FileBatchHeader(
            position: position,
            baseOffset: int(at: RecordBatch.Field.baseOffset),
            batchLength: batchLength,
            partitionLeaderEpoch: int(at: RecordBatch.Field.partitionLeaderEpoch),
            magic: magic,
            attributes: RecordBatchAttributes(rawValue: int(at: RecordBatch.Field.attributes)),
            lastOffsetDelta: int(at: RecordBatch.Field.lastOffsetDelta),
            maxTimestamp: int(at: RecordBatch.Field.maxTimestamp))
        position += size
        return header
    }

    /// Makes `chunk` hold the `count` bytes at `position` (the caller keeps them before `end`).
    private mutating func load(_ count: Int) throws(StorageError) {
        if position >= chunkStart && position + count <= chunkStart + chunkCount { return }
        let length = min(Self.chunkSize, end - position)
        if chunk.count < length { chunk = [UInt8](repeating: 0, count: Self.chunkSize) }
        let filePosition = position
        let file = self.file
        let read = try chunk.withUnsafeMutableBytes { raw in
            Result { () throws(StorageError) -> Int in
                try file.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[0..<length]), at: filePosition)
            }
        }.get()
        chunkStart = filePosition
        chunkCount = read
        guard read >= count else {
            throw .illegalState(
                "Size of FileRecords \(file.path) has been truncated during read: expected \(count) bytes at"
                    + " position \(filePosition), read \(read)")
        }
    }

    /// A big-endian integer at `offset` from the current batch's start, which `load` made present.
    private func int<T: FixedWidthInteger>(at offset: Int) -> T {
        let start = position - chunkStart + offset
        return chunk.withUnsafeBytes { T(bigEndian: $0.loadUnaligned(fromByteOffset: start, as: T.self)) }
    }

    private mutating func finish(_ reason: RecordBatchIterator.Stop) -> FileBatchHeader? {
        stop = reason
        return nil
    }
}

extension RecordBatchIterator.Stop {
    /// True when iteration ended without finding bytes that cannot be a batch: the end, or a batch
    /// cut short by the end of the bytes scanned.
    var isClean: Bool {
        switch self {
        case .end, .partialBatch: true
        case .invalidBatchLength, .unsupportedMagic: false
        }
    }

    /// Kafka's message for bytes that do not frame.
    func corruptionMessage(file: String, position: Int) -> String {
        switch self {
        case .end, .partialBatch(_, _):
            return "Found a partial record batch at position \(position) in file \(file)"
        case .invalidBatchLength(let length, _):
            return "Found record size \(length) smaller than minimum record overhead"
                + " (\(RecordBatchIterator.minimumBatchLength)) in file \(file)."
        case .unsupportedMagic(let magic, _):
            return "Invalid magic found in record: \(magic) at position \(position) in file \(file)"
        }
    }
}
