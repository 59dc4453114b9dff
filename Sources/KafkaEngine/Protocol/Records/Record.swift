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
    static func read(from buffer: inout ByteBuffer, context: RecordContext) throws(RecordBatchError) -> Record {
        let startIndex = buffer.readerIndex
        let bodyLength: Int32
        do {
            bodyLength = try buffer.readVarint()
        } catch .truncated {
            throw .prematureEndOfRecords
        } catch {
            throw .invalidRecord("Found invalid record structure: record length: \(error)")
        }
        guard bodyLength >= 0 else {
            throw .invalidRecord("Invalid record size: negative length \(bodyLength)")
        }
        guard Int(bodyLength) <= buffer.readableBytes, var body = buffer.readSlice(length: Int(bodyLength)) else {
            throw .invalidRecord(
                "Invalid record size: expected \(bodyLength) bytes in record payload, but instead the buffer has only \(buffer.readableBytes) remaining bytes."
            )
        }
        let sizeInBytes = buffer.readerIndex - startIndex

        let attributes: Int8 = try Self.field("attributes") { () throws(KafkaProtocolError) in try body.readKafkaInteger() }
        let timestampDelta = try Self.field("timestamp delta") { () throws(KafkaProtocolError) in try body.readVarlong() }
        let offsetDelta = try Self.field("offset delta") { () throws(KafkaProtocolError) in try body.readVarint() }
        let key = try Self.readNullableBytes(from: &body, field: "key")
        let value = try Self.readNullableBytes(from: &body, field: "value")

        let headerCount = try Self.field("header count") { () throws(KafkaProtocolError) in try body.readVarint() }
        guard headerCount >= 0 else {
            throw .invalidRecord("Found invalid number of record headers \(headerCount)")
        }
        // Each header takes at least two bytes, so this also bounds the allocation below.
        guard Int(headerCount) <= body.readableBytes else {
            throw .invalidRecord(
                "Found invalid number of record headers. \(headerCount) is larger than the remaining size of the buffer"
            )
        }
        var headers: [RecordHeader] = []
        if headerCount > 0 {
            headers.reserveCapacity(Int(headerCount))
            for _ in 0..<headerCount {
                let keyLength = try Self.field("header key size") { () throws(KafkaProtocolError) in try body.readVarint() }
                guard keyLength >= 0 else { throw .invalidRecord("Invalid negative header key size \(keyLength)") }
                guard Int(keyLength) <= body.readableBytes, let headerKey = body.readString(length: Int(keyLength)) else {
                    throw .invalidRecord("Found invalid record structure: header key of \(keyLength) bytes with \(body.readableBytes) left")
                }
                let headerValue = try Self.readNullableBytes(from: &body, field: "header value")
                headers.append(RecordHeader(key: headerKey, value: headerValue))
            }
        }
        guard body.readableBytes == 0 else {
            throw .invalidRecord(
                "Invalid record size: expected to read \(bodyLength) bytes in record payload, but instead read \(Int(bodyLength) - body.readableBytes)"
            )
        }

        let sequence =
            context.baseSequence >= 0
            ? RecordBatch.incrementSequence(context.baseSequence, by: offsetDelta) : RecordBatch.noSequence
        return Record(
            sizeInBytes: sizeInBytes,
            attributes: attributes,
            timestampDelta: timestampDelta,
            offsetDelta: offsetDelta,
            offset: context.baseOffset &+ Int64(offsetDelta),
            timestamp: context.logAppendTime ?? (context.baseTimestamp &+ timestampDelta),
            sequence: sequence,
            key: key,
            value: value,
            headers: headers
        )
    }

    /// Runs one primitive read inside a record body, naming the field if it fails. A record body is
    /// a slice of exactly its declared length, so running out of bytes here means the fields do not
    /// fit that length.
    @inline(__always)
    private static func field<T>(
        _ name: String, _ read: () throws(KafkaProtocolError) -> T
    ) throws(RecordBatchError) -> T {
        do {
            return try read()
        } catch {
            throw .invalidRecord("Found invalid record structure: \(name): \(error)")
        }
    }

    private static func readNullableBytes(from body: inout ByteBuffer, field name: String) throws(RecordBatchError) -> ByteBuffer? {
        let length = try Self.field("\(name) size") { () throws(KafkaProtocolError) in try body.readVarint() }
        if length == -1 { return nil }
        guard length >= 0 else { throw .invalidRecord("Invalid negative \(name) size \(length)") }
        guard Int(length) <= body.readableBytes, let bytes = body.readSlice(length: Int(length)) else {
            throw .invalidRecord("Found invalid record structure: \(name) of \(length) bytes with \(body.readableBytes) left")
        }
        return bytes
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
        let start = buffer.writerIndex
        buffer.writeVarint(Int32(truncatingIfNeeded: bodySize))
        buffer.writeInteger(Int8(0))
        buffer.writeVarlong(timestampDelta)
        buffer.writeVarint(offsetDelta)
        Self.writeNullableBytes(key, to: &buffer)
        Self.writeNullableBytes(value, to: &buffer)
        buffer.writeVarint(Int32(truncatingIfNeeded: headers.count))
        for header in headers {
            buffer.writeVarint(Int32(truncatingIfNeeded: header.key.utf8.count))
            buffer.writeString(header.key)
            Self.writeNullableBytes(header.value, to: &buffer)
        }
        return buffer.writerIndex - start
    }

    private static func writeNullableBytes(_ bytes: ByteBuffer?, to buffer: inout ByteBuffer) {
        guard let bytes else {
            buffer.writeVarint(-1)
            return
        }
        buffer.writeVarint(Int32(truncatingIfNeeded: bytes.readableBytes))
        buffer.writeImmutableBuffer(bytes)
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
