import NIOCore

#if canImport(Glibc)
    import Glibc
#endif

/// One record read from `console-producer`'s input: the producer's record, so a chunk's records
/// go to the producer as they are. Key, value and header values are slices of the input buffer
/// (no copy); `partition` and `timestamp` come from `%p` and `%T` in a `--format` template.
package typealias ProducerInputRecord = ProducerRecord

/// Cuts `console-producer`'s input into records: Kafka's `LineMessageReader` working on bytes.
///
/// Feed it chunks as they are read (`append`), take records while `next()` returns them, and
/// call `finish()` at end of input for a last record without a delimiter. Records are found with
/// `memchr` and returned as slices of the chunk; only a record split across two chunks is copied.
/// Bytes are passed through as they are (Kafka decodes and re-encodes UTF-8, replacing malformed
/// sequences); error messages show the line as UTF-8.
package struct ConsoleRecordReader {
    package let config: LineReaderConfig
    /// Bytes not yet cut into records.
    private var buffer: ByteBuffer
    /// The previous record ended with `\r` at the end of a chunk: a `\n` starting the next
    /// chunk belongs to it (Java's `skipLF`).
    private var skipLineFeed = false
    private let headerSplitter: HeaderSplitter
    private let fixedKey: ByteBuffer?
    private let extraHeaders: [RecordHeader]
    /// The number of the last record returned, from 1 (Kafka's "line number").
    package private(set) var lineNumber = 0

    package init(config: LineReaderConfig) {
        self.config = config
        self.buffer = ByteBuffer()
        self.headerSplitter = HeaderSplitter(config.headersSeparator) ?? HeaderSplitter(",")!
        self.fixedKey = config.fixedKey.map { ByteBuffer(bytes: $0) }
        self.extraHeaders = config.extraHeaders.map {
            RecordHeader(key: $0.key, value: $0.value.map { ByteBuffer(bytes: $0) })
        }
    }

    /// Adds input bytes.
    package mutating func append(_ chunk: ByteBuffer) {
        var chunk = chunk
        if skipLineFeed, chunk.readableBytes > 0 {
            skipLineFeed = false
            if chunk.getInteger(at: chunk.readerIndex, as: UInt8.self) == 0x0A { chunk.moveReaderIndex(forwardBy: 1) }
        }
        if buffer.readableBytes == 0 {
            buffer = chunk
        } else {
            // Records handed out share the old storage; start a new one rather than write into it.
            var joined = ByteBuffer()
            joined.reserveCapacity(buffer.readableBytes + chunk.readableBytes)
            joined.writeImmutableBuffer(buffer)
            joined.writeImmutableBuffer(chunk)
            buffer = joined
        }
    }

    package mutating func append(_ bytes: [UInt8]) { append(ByteBuffer(bytes: bytes)) }

    /// The next complete record, or `nil` until more input arrives.
    package mutating func next() throws(ToolError) -> ProducerInputRecord? {
        guard let line = cutRecord(atEnd: false) else { return nil }
        return try parse(line)
    }

    /// At end of input: the last record when the input did not end with a delimiter.
    package mutating func finish() throws(ToolError) -> ProducerInputRecord? {
        if let line = cutRecord(atEnd: false) { return try parse(line) }
        guard let line = cutRecord(atEnd: true) else { return nil }
        return try parse(line)
    }

    /// Every record of a whole input (tests, files read at once).
    package static func records(in input: [UInt8], config: LineReaderConfig) throws(ToolError) -> [ProducerInputRecord]
    {
        var reader = ConsoleRecordReader(config: config)
        reader.append(input)
        var records: [ProducerInputRecord] = []
        while let record = try reader.next() { records.append(record) }
        while let record = try reader.finish() { records.append(record) }
        return records
    }

    // MARK: Cutting records

    private mutating func cutRecord(atEnd: Bool) -> ByteBuffer? {
        let readable = buffer.readableBytes
        if readable == 0 { return nil }
        let found: (end: Int, skip: Int, pendingCR: Bool)? = buffer.withUnsafeReadableBytes { raw in
            switch config.recordDelimiter {
            case .bytes(let delimiter):
                return ByteSearch.firstIndex(of: delimiter, in: raw).map { ($0, delimiter.count, false) }
            case .lines:
                guard let base = raw.baseAddress else { return nil }
                let lf = ByteSearch.firstIndex(of: [0x0A], in: raw)
                let crLimit = lf ?? raw.count
                if let cr = memchrIndex(base, 0x0D, crLimit) {
                    if cr + 1 < raw.count { return (cr, raw[cr + 1] == 0x0A ? 2 : 1, false) }
                    return (cr, 1, true)
                }
                return lf.map { ($0, 1, false) }
            }
        }
        if let found {
            let line = buffer.getSlice(at: buffer.readerIndex, length: found.end) ?? ByteBuffer()
            buffer.moveReaderIndex(forwardBy: found.end + found.skip)
            if found.pendingCR { skipLineFeed = true }
            return line
        }
        guard atEnd else { return nil }
        let line = buffer.getSlice(at: buffer.readerIndex, length: readable) ?? ByteBuffer()
        buffer.moveReaderIndex(forwardBy: readable)
        return line
    }

    // MARK: Parsing a record

    private enum Cut {
        case fields(headers: Range<Int>?, key: Range<Int>?, value: Range<Int>, partition: Int32?, timestamp: Int64?)
        case missing(String)
        case failed(String)
    }

    private mutating func parse(_ line: ByteBuffer) throws(ToolError) -> ProducerInputRecord {
        lineNumber += 1
        let cut: Cut = line.withUnsafeReadableBytes { raw in
            if let template = config.template { return cutTemplate(raw, template) }
            var position = 0
            var headers: Range<Int>?
            if config.parseHeaders {
                if let at = ByteSearch.firstIndex(of: config.headersDelimiter, in: raw) {
                    headers = 0..<at
                    position = at + config.headersDelimiter.count
                } else if !config.ignoreError {
                    return .missing("headers delimiter")
                }
            }
            var key: Range<Int>?
            if config.parseKey {
                if let at = ByteSearch.firstIndex(of: config.keySeparator, in: raw, from: position) {
                    key = position..<at
                    position = at + config.keySeparator.count
                } else if !config.ignoreError {
                    return .missing("key separator")
                }
            }
            return .fields(headers: headers, key: key, value: position..<raw.count, partition: nil, timestamp: nil)
        }
        switch cut {
        case .missing(let what):
            throw .failure("No \(what) found on line number \(lineNumber): '\(Self.text(line))'")
        case .failed(let message):
            throw .failure(message)
        case .fields(let headersRange, let keyRange, let valueRange, let partition, let timestamp):
            var record = ProducerInputRecord(key: nil, value: nil, partition: partition, timestamp: timestamp)
            record.key = keyRange.flatMap { nullable(line, $0) }
            if keyRange == nil, !config.parseKey, !(config.template?.pieces.contains(.field(.key)) ?? false) {
                record.key = fixedKey
            }
            record.value = nullable(line, valueRange)
            if let headersRange, !isNullMarker(line, headersRange) {
                record.headers = try parseHeaders(line, headersRange)
            }
            if !extraHeaders.isEmpty { record.headers += extraHeaders }
            if config.emptyAsNull {
                if record.key?.readableBytes == 0 { record.key = nil }
                if record.value?.readableBytes == 0 { record.value = nil }
            }
            return record
        }
    }

    private func cutTemplate(_ raw: UnsafeRawBufferPointer, _ template: InputTemplate) -> Cut {
        var position = 0
        var ranges: [InputTemplate.Field: Range<Int>] = [:]
        let pieces = template.pieces
        for (index, piece) in pieces.enumerated() {
            switch piece {
            case .literal(let bytes):
                guard position + bytes.count <= raw.count,
                    ByteSearch.equals(raw, position..<(position + bytes.count), bytes)
                else {
                    return .failed(
                        "Line number \(lineNumber) does not match the format: expected '\(Self.escaped(bytes))' at byte \(position): '\(String(decoding: raw, as: UTF8.self))'"
                    )
                }
                position += bytes.count
            case .field(let field):
                var end = raw.count
                if index + 1 < pieces.count, case .literal(let next) = pieces[index + 1] {
                    guard let at = ByteSearch.firstIndex(of: next, in: raw, from: position) else {
                        return .failed(
                            "Line number \(lineNumber) does not match the format: no '\(Self.escaped(next))' after byte \(position): '\(String(decoding: raw, as: UTF8.self))'"
                        )
                    }
                    end = at
                }
                ranges[field] = position..<end
                position = end
            }
        }
        var partition: Int32?
        var timestamp: Int64?
        if let range = ranges[.partition] {
            guard let p = Int32(String(decoding: UnsafeRawBufferPointer(rebasing: raw[range]), as: UTF8.self)), p >= 0
            else {
                return .failed(
                    "Line number \(lineNumber): invalid partition '\(String(decoding: UnsafeRawBufferPointer(rebasing: raw[range]), as: UTF8.self))'"
                )
            }
            partition = p
        }
        if let range = ranges[.timestamp] {
            guard let t = Int64(String(decoding: UnsafeRawBufferPointer(rebasing: raw[range]), as: UTF8.self)) else {
                return .failed(
                    "Line number \(lineNumber): invalid timestamp '\(String(decoding: UnsafeRawBufferPointer(rebasing: raw[range]), as: UTF8.self))'"
                )
            }
            timestamp = t
        }
        return .fields(
            headers: ranges[.headers], key: ranges[.key], value: ranges[.value] ?? raw.count..<raw.count,
            partition: partition, timestamp: timestamp)
    }

    private func parseHeaders(_ line: ByteBuffer, _ range: Range<Int>) throws(ToolError) -> [RecordHeader] {
        guard let field = line.getSlice(at: line.readerIndex + range.lowerBound, length: range.count) else { return [] }
        let pieces = field.withUnsafeReadableBytes { headerSplitter.split($0) }
        var headers: [RecordHeader] = []
        headers.reserveCapacity(pieces.count)
        for piece in pieces {
            let pair = field.getSlice(at: field.readerIndex + piece.lowerBound, length: piece.count) ?? ByteBuffer()
            let separatorAt = pair.withUnsafeReadableBytes {
                ByteSearch.firstIndex(of: config.headersKeySeparator, in: $0)
            }
            guard let separatorAt else {
                if config.ignoreError {
                    headers.append(RecordHeader(key: Self.text(pair), value: nil))
                    continue
                }
                throw .failure(
                    "No header key separator found in pair '\(Self.text(pair))' on line number \(lineNumber)")
            }
            let keyBytes = pair.getSlice(at: pair.readerIndex, length: separatorAt) ?? ByteBuffer()
            if let marker = config.nullMarker, keyBytes.readableBytesView.elementsEqual(marker) {
                throw .failure(
                    "Header keys should not be equal to the null marker '\(String(decoding: marker, as: UTF8.self))' as they can't be null"
                )
            }
            let valueStart = separatorAt + config.headersKeySeparator.count
            headers.append(
                RecordHeader(key: Self.text(keyBytes), value: nullable(pair, valueStart..<pair.readableBytes)))
        }
        return headers
    }

    /// The bytes at `range` of `line`, or nil when they equal the null marker.
    private func nullable(_ line: ByteBuffer, _ range: Range<Int>) -> ByteBuffer? {
        if isNullMarker(line, range) { return nil }
        return line.getSlice(at: line.readerIndex + range.lowerBound, length: range.count)
    }

    private func isNullMarker(_ line: ByteBuffer, _ range: Range<Int>) -> Bool {
        guard let marker = config.nullMarker else { return false }
        return line.withUnsafeReadableBytes { ByteSearch.equals($0, range, marker) }
    }

    private static func text(_ buffer: ByteBuffer) -> String {
        String(decoding: buffer.readableBytesView, as: UTF8.self)
    }

    private static func escaped(_ bytes: [UInt8]) -> String {
        var out = ""
        for b in bytes {
            switch b {
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x00: out += "\\0"
            case 0x20..<0x7F: out.unicodeScalars.append(Unicode.Scalar(b))
            default: out += "\\x" + (b < 16 ? "0" : "") + String(b, radix: 16)
            }
        }
        return out
    }
}

private func memchrIndex(_ base: UnsafeRawPointer, _ byte: UInt8, _ count: Int) -> Int? {
    guard count > 0, let hit = memchr(base, Int32(byte), count) else { return nil }
    return base.distance(to: UnsafeRawPointer(hit))
}
