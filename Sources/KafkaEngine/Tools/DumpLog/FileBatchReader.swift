import NIOCore

/// Reads the record batches of a segment file between two byte positions, framing them exactly as
/// Kafka's `FileLogInputStream.nextBatch` does, so that `dump-log` stops where Kafka's stops:
///
/// 1. 17 bytes or fewer left (not even up to the magic byte): the end, the rest is trailing bytes;
/// 2. a batchLength below 14 (Kafka throws `CorruptRecordException`): corrupt;
/// 3. a batch that runs past `end`: the end, the rest is trailing bytes;
/// 4. a magic byte other than 2, or a v2 batch shorter than its 61-byte header: corrupt (Kafka
///    would read a legacy batch or garbage from here; swkafka reads only message format v2).
///
/// The file is read in large windows with `pread`; each returned batch is a slice of a window,
/// valid for as long as the caller keeps it. Never traps on file contents.
struct FileBatchReader {
    /// What the next bytes are.
    enum Step {
        /// A framed batch (not yet CRC-checked) at `position`.
        case batch(RecordBatch, position: Int64)
        /// Nothing left between the position and `end`.
        case end
        /// The bytes from `position` to `end` cannot hold the next batch: `neededBytes` is the
        /// batch's declared size when it could be read, nil when fewer than 18 bytes were left.
        case partial(position: Int64, neededBytes: Int64?)
        /// The bytes at `position` are not a v2 batch.
        case corrupt(position: Int64, reason: Corruption)
    }

    /// Why the bytes at a position are not a batch.
    enum Corruption: Equatable {
        /// batchLength below Kafka's minimum record overhead (14).
        case batchLengthTooSmall(Int32)
        /// A magic byte other than 2 (0 and 1 are the legacy formats).
        case unsupportedMagic(Int8)
        /// A v2 batch whose batchLength leaves no room for its 61-byte header.
        case batchTooSmall(Int32)

        var description: String {
            switch self {
            case .batchLengthTooSmall(let length):
                return "batch length \(length) is smaller than the minimum record overhead (14 bytes)"
            case .unsupportedMagic(let magic) where magic == 0 || magic == 1:
                return "legacy message format (magic \(magic)), which this tool does not read"
            case .unsupportedMagic(let magic):
                return "bad magic byte \(magic) (expected 2)"
            case .batchTooSmall(let length):
                return "batch length \(length) is too small for a record batch v2 header (61 bytes)"
            }
        }
    }

    private let file: StorageFile
    /// Where reading stops (exclusive).
    let end: Int64
    /// Where the next batch starts.
    private(set) var position: Int64
    private let windowSize: Int
    /// File bytes from `windowStart`.
    private var window = ByteBuffer()
    private var windowStart: Int64 = 0

    /// Kafka's `HEADER_SIZE_UP_TO_MAGIC`.
    static let headerSizeUpToMagic = Int64(RecordBatch.headerSizeUpToMagic)

    init(file: StorageFile, start: Int64 = 0, end: Int64, windowSize: Int = 8 << 20) {
        self.file = file
        self.position = start
        self.end = max(start, end)
        self.windowSize = windowSize
    }

    /// Where the next batch is, framed as `next()` frames it, without reading more than its first
    /// 17 bytes; the position moves past it.
    enum Frame {
        case batch(position: Int64, size: Int)
        case end
        case partial(position: Int64, neededBytes: Int64?)
        case corrupt(position: Int64, reason: Corruption)
    }

    mutating func nextFrame() throws(StorageError) -> Frame {
        let remaining = self.end - self.position
        if remaining <= 0 { return .end }
        if remaining <= Self.headerSizeUpToMagic { return .partial(position: self.position, neededBytes: nil) }
        let header = try self.bytes(at: self.position, count: Int(Self.headerSizeUpToMagic))
        let batchLength = header.getInteger(at: header.readerIndex + RecordBatch.Field.batchLength, as: Int32.self) ?? 0
        let magic = header.getInteger(at: header.readerIndex + RecordBatch.Field.magic, as: Int8.self) ?? 0
        if batchLength < 14 {
            return .corrupt(position: self.position, reason: .batchLengthTooSmall(batchLength))
        }
        let size = Int64(RecordBatch.logOverhead) + Int64(batchLength)
        if size > remaining { return .partial(position: self.position, neededBytes: size) }
        if magic != RecordBatch.currentMagic {
            return .corrupt(position: self.position, reason: .unsupportedMagic(magic))
        }
        if size < Int64(RecordBatch.headerSize) {
            return .corrupt(position: self.position, reason: .batchTooSmall(batchLength))
        }
        let position = self.position
        self.position += size
        return .batch(position: position, size: Int(size))
    }

    mutating func next() throws(StorageError) -> Step {
        switch try self.nextFrame() {
        case .batch(let position, let size):
            return .batch(RecordBatch(uncheckedFraming: try self.bytes(at: position, count: size)), position: position)
        case .end:
            return .end
        case .partial(let position, let neededBytes):
            return .partial(position: position, neededBytes: neededBytes)
        case .corrupt(let position, let reason):
            return .corrupt(position: position, reason: reason)
        }
    }

    /// The last offset of the batch a frame found (its header's baseOffset + lastOffsetDelta),
    /// reading its first 27 bytes only.
    mutating func lastOffset(ofBatchAt position: Int64) throws(StorageError) -> Int64 {
        let header = try self.bytes(at: position, count: RecordBatch.Field.baseTimestamp)
        let baseOffset = header.getInteger(at: header.readerIndex + RecordBatch.Field.baseOffset, as: Int64.self) ?? 0
        let delta = header.getInteger(at: header.readerIndex + RecordBatch.Field.lastOffsetDelta, as: Int32.self) ?? 0
        return baseOffset &+ Int64(delta)
    }

    /// The whole batch a frame found.
    mutating func batch(at position: Int64, size: Int) throws(StorageError) -> RecordBatch {
        RecordBatch(uncheckedFraming: try self.bytes(at: position, count: size))
    }

    /// `count` bytes at `offset`, all within `end` (the caller checked), from the current window or
    /// a new one.
    /// - Throws: `StorageError.illegalState` when the file turns out shorter than `end` (it shrank
    ///   while being read).
    private mutating func bytes(at offset: Int64, count: Int) throws(StorageError) -> ByteBuffer {
        let inWindow = offset - self.windowStart
        if inWindow >= 0, inWindow + Int64(count) <= Int64(self.window.readableBytes),
            let slice = self.window.getSlice(at: self.window.readerIndex + Int(inWindow), length: count)
        {
            return slice
        }
        let length = Int(min(max(Int64(count), Int64(self.windowSize)), self.end - offset))
        // Reuse the window's memory: it is free again once the batches sliced from it are gone
        // (if one is still held, clearing copies, as it must).
        var buffer = self.window
        self.window = ByteBuffer()
        buffer.clear(minimumCapacity: length)
        let file = self.file
        var result: Result<Int, StorageError> = .success(0)
        buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: length) { raw in
            result = Result { () throws(StorageError) in
                try file.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[0..<length]), at: offset)
            }
            return (try? result.get()) ?? 0
        }
        let read = try result.get()
        guard read >= count, let slice = buffer.getSlice(at: buffer.readerIndex, length: count) else {
            throw .illegalState("\(file.path) ended at byte \(offset + Int64(read)) while being read")
        }
        self.window = buffer
        self.windowStart = offset
        return slice
    }
}
