import NIOCore

/// One record of a v2 batch, Kafka's `DefaultRecord`:
///
///     length varint | attributes int8 | timestampDelta varlong | offsetDelta varint |
///     keyLength varint | key | valueLength varint | value | headerCount varint | headers
///
/// each header being `keyLength varint | key (UTF-8, not nullable) | valueLength varint | value`,
/// and a length of -1 meaning null. `key`, `value` and header values are slices of the bytes the
/// record was read from (the batch, or its decompressed records section): no copy is made.
/// `offset`, `timestamp` and `sequence` are resolved against the batch header when read.
package struct Record: Equatable, Sendable {
    /// The bytes of the record including its length varint.
    package var sizeInBytes: Int
    /// Unused by Kafka so far; kept as read.
    package var attributes: Int8
    package var timestampDelta: Int64
    package var offsetDelta: Int32
    /// baseOffset + offsetDelta.
    package var offset: Int64
    /// The batch's max timestamp under LogAppendTime, else baseTimestamp + timestampDelta.
    package var timestamp: Int64
    /// baseSequence + offsetDelta (wrapping), or `RecordBatch.noSequence`.
    package var sequence: Int32
    package var key: ByteBuffer?
    package var value: ByteBuffer?
    package var headers: [RecordHeader]

    /// attributes, timestampDelta, offsetDelta, key length, value length and header count take
    /// at least one byte each.
    package static let minimumBodySize: Int32 = 6
    /// Kafka's `MAX_RECORD_OVERHEAD`: a record's bytes besides key, value and headers, at most.
    package static let maxRecordOverhead = 21
}

/// A record header: a non-null UTF-8 key and a nullable value (Kafka's `RecordHeader`).
package struct RecordHeader: Equatable, Sendable {
    package var key: String
    package var value: ByteBuffer?

    package init(key: String, value: ByteBuffer?) {
        self.key = key
        self.value = value
    }
}

/// What a record needs from its batch's header to resolve offsets, timestamps and sequences.
struct RecordContext: Sendable {
    var baseOffset: Int64
    var baseTimestamp: Int64
    var baseSequence: Int32
    /// Set when the batch uses LogAppendTime: every record reads back with it.
    var logAppendTime: Int64?

    init(_ batch: RecordBatch) {
        self.baseOffset = batch.baseOffset
        self.baseTimestamp = batch.baseTimestamp
        self.baseSequence = batch.baseSequence
        self.logAppendTime = batch.timestampType == .logAppendTime ? batch.maxTimestamp : nil
    }
}

// MARK: Decoding

extension Record {
    /// Reads one record at `buffer`'s reader index and moves it past the record. Throws on any
    /// malformed input: a length beyond the bytes present, a negative length other than -1 for a
    /// nullable field, a header count larger than the bytes left, an over-long varint, or a body
    /// whose fields do not add up to its length.
    ///
    /// The fields are parsed in one pass over the raw bytes (NIO's per-integer reads pay a dynamic
    /// exclusivity check each); key, value and header values then become slices of `buffer`.
    static func read(from buffer: inout ByteBuffer, context: RecordContext) throws(RecordBatchError) -> Record {
        let source = buffer
        let parsed = source.withUnsafeReadableBytes { bytes in
            Result { () throws(RecordBatchError) -> RawRecord in try RawRecord(parsing: bytes, source: source) }
        }
        let raw = try parsed.get()
        buffer.moveReaderIndex(forwardBy: raw.sizeInBytes)
        let sequence =
            context.baseSequence >= 0
            ? RecordBatch.incrementSequence(context.baseSequence, by: raw.offsetDelta) : RecordBatch.noSequence
        return Record(
            sizeInBytes: raw.sizeInBytes,
            attributes: raw.attributes,
            timestampDelta: raw.timestampDelta,
            offsetDelta: raw.offsetDelta,
            offset: context.baseOffset &+ Int64(raw.offsetDelta),
            timestamp: context.logAppendTime ?? (context.baseTimestamp &+ raw.timestampDelta),
            sequence: sequence,
            key: raw.key,
            value: raw.value,
            headers: raw.headers
        )
    }
}

/// The fields of one record parsed from raw bytes, with key and values sliced from `source`.
private struct RawRecord {
    var sizeInBytes = 0
    var attributes: Int8 = 0
    var timestampDelta: Int64 = 0
    var offsetDelta: Int32 = 0
    var key: ByteBuffer?
    var value: ByteBuffer?
    var headers: [RecordHeader] = []

    /// `bytes` are `source`'s readable bytes; the record starts at the first of them.
    init(parsing bytes: UnsafeRawBufferPointer, source: ByteBuffer) throws(RecordBatchError) {
        var cursor = RawCursor(bytes: bytes, position: 0, end: bytes.count)
        let bodyLength: Int32
        do {
            bodyLength = try cursor.varint()
        } catch .truncated {
            throw .prematureEndOfRecords
        } catch {
            throw .invalidRecord("Found invalid record structure: record length: invalid varint")
        }
        guard bodyLength >= 0 else {
            throw .invalidRecord("Invalid record size: negative length \(bodyLength)")
        }
        let available = bytes.count - cursor.position
        guard Int(bodyLength) <= available else {
            throw .invalidRecord(
                "Invalid record size: expected \(bodyLength) bytes in record payload, but instead the buffer has only \(available) remaining bytes."
            )
        }
        // From here on the cursor is confined to the body: a field running past it is malformed.
        let bodyStart = cursor.position
        cursor.end = bodyStart + Int(bodyLength)
        self.sizeInBytes = cursor.end

        guard cursor.position < cursor.end else {
            throw .invalidRecord("Found invalid record structure: empty record body")
        }
        self.attributes = Int8(bitPattern: bytes[cursor.position])
        cursor.position += 1
        self.timestampDelta = try cursor.field("timestamp delta") { (c) throws(RawCursor.Failure) in try c.varlong() }
        self.offsetDelta = try cursor.field("offset delta") { (c) throws(RawCursor.Failure) in try c.varint() }
        self.key = try cursor.nullableBytes("key", source: source)
        self.value = try cursor.nullableBytes("value", source: source)

        let headerCount = try cursor.field("header count") { (c) throws(RawCursor.Failure) in try c.varint() }
        guard headerCount >= 0 else {
            throw .invalidRecord("Found invalid number of record headers \(headerCount)")
        }
        // Each header takes at least two bytes, so this also bounds the allocation below.
        guard Int(headerCount) <= cursor.end - cursor.position else {
            throw .invalidRecord(
                "Found invalid number of record headers. \(headerCount) is larger than the remaining size of the buffer"
            )
        }
        if headerCount > 0 {
            self.headers.reserveCapacity(Int(headerCount))
            for _ in 0..<headerCount {
                let keyLength = try cursor.field("header key size") { (c) throws(RawCursor.Failure) in try c.varint() }
                guard keyLength >= 0 else { throw .invalidRecord("Invalid negative header key size \(keyLength)") }
                let left = cursor.end - cursor.position
                guard Int(keyLength) <= left else {
                    throw .invalidRecord("Found invalid record structure: header key of \(keyLength) bytes with \(left) left")
                }
                let keyBytes = UnsafeRawBufferPointer(rebasing: bytes[cursor.position..<cursor.position + Int(keyLength)])
                // Kafka decodes header keys as UTF-8 with replacement; so does this.
                let headerKey = String(decoding: keyBytes, as: UTF8.self)
                cursor.position += Int(keyLength)
                let headerValue = try cursor.nullableBytes("header value", source: source)
                self.headers.append(RecordHeader(key: headerKey, value: headerValue))
            }
        }
        guard cursor.position == cursor.end else {
            throw .invalidRecord(
                "Invalid record size: expected to read \(bodyLength) bytes in record payload, but instead read \(cursor.position - bodyStart)"
            )
        }
    }
}

/// Reads Kafka's zig-zag varints from raw bytes between `position` and `end`.
private struct RawCursor {
    enum Failure: Error {
        case truncated
        case overlong
    }

    let bytes: UnsafeRawBufferPointer
    var position: Int
    var end: Int

    /// At most 5 bytes, as Kafka's `ByteUtils.readVarint`.
    @inline(__always)
    mutating func varint() throws(Failure) -> Int32 {
        var raw: UInt32 = 0
        var shift: UInt32 = 0
        while true {
            guard self.position < self.end else { throw .truncated }
            let byte = self.bytes[self.position]
            self.position += 1
            if shift == 28 && byte > 0x0F { throw .overlong }
            raw |= UInt32(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int32(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    /// At most 10 bytes, as Kafka's `ByteUtils.readVarlong`.
    @inline(__always)
    mutating func varlong() throws(Failure) -> Int64 {
        var raw: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard self.position < self.end else { throw .truncated }
            let byte = self.bytes[self.position]
            self.position += 1
            if shift == 63 && byte > 0x01 { throw .overlong }
            raw |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    /// Runs one read, naming the field if it fails. Names are static so that they cost nothing
    /// unless the record is malformed.
    @inline(__always)
    mutating func field<T>(
        _ name: StaticString, _ read: (inout RawCursor) throws(Failure) -> T
    ) throws(RecordBatchError) -> T {
        do {
            return try read(&self)
        } catch .truncated {
            throw .invalidRecord("Found invalid record structure: \(name): truncated")
        } catch {
            throw .invalidRecord("Found invalid record structure: \(name): invalid varint")
        }
    }

    /// A varint length then that many bytes, sliced from `source` (-1 is null).
    mutating func nullableBytes(_ name: StaticString, source: ByteBuffer) throws(RecordBatchError) -> ByteBuffer? {
        let length = try self.field(name) { (c) throws(Failure) in try c.varint() }
        if length == -1 { return nil }
        guard length >= 0 else { throw .invalidRecord("Invalid negative \(name) size \(length)") }
        let left = self.end - self.position
        guard Int(length) <= left,
            let slice = source.getSlice(at: source.readerIndex + self.position, length: Int(length))
        else {
            throw .invalidRecord("Found invalid record structure: \(name) of \(length) bytes with \(left) left")
        }
        self.position += Int(length)
        return slice
    }
}

// MARK: Encoding

extension Record {
    /// Kafka's `DefaultRecord.sizeOfBodyInBytes`: the record's bytes after its length varint.
    package static func bodySize(
        offsetDelta: Int32, timestampDelta: Int64, key: ByteBuffer?, value: ByteBuffer?, headers: [RecordHeader]
    ) -> Int {
        var size = 1 + ByteBuffer.varlongSize(timestampDelta) + ByteBuffer.varintSize(offsetDelta)
        size += Self.nullableBytesSize(key?.readableBytes)
        size += Self.nullableBytesSize(value?.readableBytes)
        size += Self.lengthSize(headers.count)
        for header in headers {
            let keyLength = header.key.utf8.count
            size += Self.lengthSize(keyLength) + keyLength
            size += Self.nullableBytesSize(header.value?.readableBytes)
        }
        return size
    }

    /// Kafka's `DefaultRecord.sizeInBytes`: the whole record, length varint included.
    package static func sizeInBytes(
        offsetDelta: Int32, timestampDelta: Int64, key: ByteBuffer?, value: ByteBuffer?, headers: [RecordHeader]
    ) -> Int {
        let body = Self.bodySize(
            offsetDelta: offsetDelta, timestampDelta: timestampDelta, key: key, value: value, headers: headers)
        return Self.lengthSize(body) + body
    }

    /// Kafka's `DefaultRecord.writeTo`: appends one record (attributes 0). `bodySize` must be
    /// `Record.bodySize` of the same fields and fit an int32. Returns the bytes written.
    @discardableResult
    static func write(
        bodySize: Int, offsetDelta: Int32, timestampDelta: Int64, key: ByteBuffer?, value: ByteBuffer?,
        headers: [RecordHeader], to buffer: inout ByteBuffer
    ) -> Int {
        let total = Self.lengthSize(bodySize) + bodySize
        // One reservation and one raw write per record: NIO's per-integer writes each pay a
        // capacity and exclusivity check.
        return buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: total) { out in
            var writer = RawWriter(bytes: out)
            writer.varint(Int32(truncatingIfNeeded: bodySize))
            writer.byte(0)
            writer.varlong(timestampDelta)
            writer.varint(offsetDelta)
            writer.nullableBytes(key)
            writer.nullableBytes(value)
            writer.varint(Int32(truncatingIfNeeded: headers.count))
            for header in headers {
                writer.string(header.key)
                writer.nullableBytes(header.value)
            }
            precondition(writer.position == total, "record size miscomputed")
            return total
        }
    }

    /// The size of a zig-zag varint holding a non-negative length (computed as a varlong so that
    /// an oversized length is measured, not truncated).
    private static func lengthSize(_ length: Int) -> Int {
        ByteBuffer.varlongSize(Int64(length))
    }

    private static func nullableBytesSize(_ length: Int?) -> Int {
        guard let length else { return 1 }
        return Self.lengthSize(length) + length
    }
}

// MARK: Iterating a batch

/// Reads the records of one batch in order, as Kafka's `DefaultRecordBatch.RecordIterator`:
/// exactly `recordsCount` records, then no bytes may remain. After a throw it returns nil.
package struct RecordIterator {
    private var bytes: ByteBuffer
    private var remaining: Int32
    private let context: RecordContext

    init(bytes: ByteBuffer, count: Int32, context: RecordContext) {
        self.bytes = bytes
        self.remaining = count
        self.context = context
    }

    /// Records not yet returned.
    package var remainingCount: Int { Int(self.remaining) }

    package mutating func next() throws(RecordBatchError) -> Record? {
        guard self.remaining > 0 else { return nil }
        self.remaining -= 1
        do throws(RecordBatchError) {
            let record = try Record.read(from: &self.bytes, context: self.context)
            if self.remaining == 0 && self.bytes.readableBytes > 0 {
                throw RecordBatchError.recordsRemaining(bytes: self.bytes.readableBytes)
            }
            return record
        } catch {
            self.remaining = 0
            throw error
        }
    }
}

extension RecordBatch {
    /// The batch's records. Uncompressed records are read in place; a compressed records section
    /// is decompressed once, refusing to produce more than `maxDecompressedBytes`, and the records
    /// are slices of that buffer.
    package func makeRecordIterator(maxDecompressedBytes: Int) throws(RecordBatchError) -> RecordIterator {
        try self.makeRecordIterator(maxDecompressedBytes: maxDecompressedBytes) {
            (codec, input, limit) throws(CompressionError) -> ByteBuffer in
            try codec.decompress(input, maxOutputBytes: limit)
        }
    }

    /// All of the batch's records (see `makeRecordIterator`).
    package func records(maxDecompressedBytes: Int) throws(RecordBatchError) -> [Record] {
        var iterator = try self.makeRecordIterator(maxDecompressedBytes: maxDecompressedBytes)
        var records: [Record] = []
        // Every record takes at least 7 bytes, which bounds the reservation by the bytes present.
        records.reserveCapacity(min(iterator.remainingCount, self.sizeInBytes / 7))
        while let record = try iterator.next() {
            records.append(record)
        }
        return records
    }

    /// `makeRecordIterator` with the codec passed in (tests substitute their own).
    func makeRecordIterator(
        maxDecompressedBytes: Int,
        decompress: (CompressionType, ByteBuffer, Int) throws(CompressionError) -> ByteBuffer
    ) throws(RecordBatchError) -> RecordIterator {
        let count = self.recordsCount
        guard count >= 0 else {
            throw .invalidRecord("Found invalid record count \(count) in magic v\(self.magic) batch")
        }
        let codecId = self.attributes.compressionCodecId
        guard let codec = CompressionType(rawValue: codecId) else { throw .unknownCompressionCodec(codecId) }
        let section = self.recordsSection
        if count == 0 {
            // Compaction can leave a batch with no records; there must then be nothing to read.
            guard section.readableBytes == 0 || codec != .none else {
                throw .recordsRemaining(bytes: section.readableBytes)
            }
            return RecordIterator(bytes: ByteBuffer(), count: 0, context: RecordContext(self))
        }
        let records: ByteBuffer
        if codec == .none {
            records = section
        } else {
            do {
                records = try decompress(codec, section, maxDecompressedBytes)
            } catch {
                throw .decompression(error)
            }
        }
        return RecordIterator(bytes: records, count: count, context: RecordContext(self))
    }
}

/// Writes Kafka's zig-zag varints and length-prefixed fields into raw bytes reserved for them.
private struct RawWriter {
    let bytes: UnsafeMutableRawBufferPointer
    var position = 0

    @inline(__always)
    mutating func byte(_ value: UInt8) {
        self.bytes[self.position] = value
        self.position += 1
    }

    @inline(__always)
    mutating func varint(_ value: Int32) {
        self.unsigned(UInt64(UInt32(bitPattern: (value << 1) ^ (value >> 31))))
    }

    @inline(__always)
    mutating func varlong(_ value: Int64) {
        self.unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    @inline(__always)
    private mutating func unsigned(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            self.byte(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        self.byte(UInt8(v))
    }

    mutating func nullableBytes(_ value: ByteBuffer?) {
        guard let value else {
            self.varint(-1)
            return
        }
        self.varint(Int32(truncatingIfNeeded: value.readableBytes))
        value.withUnsafeReadableBytes { source in
            guard let base = source.baseAddress, source.count > 0 else { return }
            UnsafeMutableRawBufferPointer(rebasing: self.bytes[self.position..<self.position + source.count])
                .copyMemory(from: UnsafeRawBufferPointer(start: base, count: source.count))
            self.position += source.count
        }
    }

    /// A non-null string: varint UTF-8 length, then the UTF-8 bytes.
    mutating func string(_ value: String) {
        let utf8 = value.utf8
        self.varint(Int32(truncatingIfNeeded: utf8.count))
        let copied = utf8.withContiguousStorageIfAvailable { source -> Bool in
            guard let base = source.baseAddress, source.count > 0 else { return true }
            UnsafeMutableRawBufferPointer(rebasing: self.bytes[self.position..<self.position + source.count])
                .copyMemory(from: UnsafeRawBufferPointer(start: base, count: source.count))
            self.position += source.count
            return true
        }
        if copied == nil {
            for unit in utf8 { self.byte(unit) }
        }
    }
}
