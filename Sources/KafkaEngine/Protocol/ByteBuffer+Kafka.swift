import NIOCore

// Kafka's wire primitives on NIO's ByteBuffer: fixed-width big-endian integers, unsigned varints
// (the compact lengths of flexible versions), zig-zag varints and varlongs (record fields),
// strings, bytes, arrays and tagged fields, each in its classic (int16/int32 length) and compact
// (unsigned varint length + 1) form.
//
// `readKafka*` moves the reader index and throws `KafkaProtocolError` instead of trapping.
// Lengths and counts are checked against the bytes actually present before anything is
// allocated, so a frame that lies about a length costs nothing (Kafka's generated Java code
// applies the same rule to collection sizes).

extension ByteBuffer {
    // MARK: Fixed width

    package mutating func readKafkaInteger<T: FixedWidthInteger>(as: T.Type = T.self) throws(KafkaProtocolError) -> T {
        guard let value = self.readInteger(endianness: .big, as: T.self) else {
            throw .truncated(needed: MemoryLayout<T>.size, available: self.readableBytes)
        }
        return value
    }

    package mutating func readKafkaBool() throws(KafkaProtocolError) -> Bool {
        try self.readKafkaInteger(as: UInt8.self) != 0
    }

    package mutating func readKafkaFloat64() throws(KafkaProtocolError) -> Double {
        Double(bitPattern: try self.readKafkaInteger(as: UInt64.self))
    }

    package mutating func writeKafkaBool(_ value: Bool) {
        self.writeInteger(value ? 1 : 0, as: UInt8.self)
    }

    package mutating func writeKafkaFloat64(_ value: Double) {
        self.writeInteger(value.bitPattern, endianness: .big)
    }

    // MARK: Varints

    /// An unsigned LEB128 varint of at most 5 bytes (Kafka's `ByteUtils.readUnsignedVarint`).
    package mutating func readUnsignedVarint() throws(KafkaProtocolError) -> UInt32 {
        let value = try self.readUnsignedVarlong(maxBytes: 5)
        guard value <= UInt64(UInt32.max) else { throw .invalidVarint }
        return UInt32(value)
    }

    /// An unsigned LEB128 varint of at most 10 bytes.
    package mutating func readUnsignedVarlong() throws(KafkaProtocolError) -> UInt64 {
        try self.readUnsignedVarlong(maxBytes: 10)
    }

    /// Decodes over the raw bytes in one pass (one bounds check for the whole varint rather
    /// than one per byte), then moves the reader index.
    private mutating func readUnsignedVarlong(maxBytes: Int) throws(KafkaProtocolError) -> UInt64 {
        // 0: ok, 1: truncated, 2: too long.
        let (value, length, status) = self.withUnsafeReadableBytes { bytes -> (UInt64, Int, Int) in
            var value: UInt64 = 0
            var shift: UInt64 = 0
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                i += 1
                if i == maxBytes && byte & 0x80 != 0 { return (0, 0, 2) }
                if shift == 63 && byte > 1 { return (0, 0, 2) }
                value |= UInt64(byte & 0x7F) << shift
                if byte & 0x80 == 0 { return (value, i, 0) }
                shift += 7
            }
            return (0, 0, 1)
        }
        switch status {
        case 0:
            self.moveReaderIndex(forwardBy: length)
            return value
        case 1:
            throw .truncated(needed: 1, available: 0)
        default:
            throw .invalidVarint
        }
    }

    /// A zig-zag encoded signed varint (record fields).
    package mutating func readVarint() throws(KafkaProtocolError) -> Int32 {
        let raw = try self.readUnsignedVarint()
        return Int32(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    /// A zig-zag encoded signed varlong (record fields).
    package mutating func readVarlong() throws(KafkaProtocolError) -> Int64 {
        let raw = try self.readUnsignedVarlong()
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    @discardableResult
    package mutating func writeUnsignedVarint(_ value: UInt32) -> Int {
        self.writeUnsignedVarlong(UInt64(value))
    }

    @discardableResult
    package mutating func writeUnsignedVarlong(_ value: UInt64) -> Int {
        var v = value
        var written = 0
        while v >= 0x80 {
            self.writeInteger(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
            written += 1
        }
        self.writeInteger(UInt8(v))
        return written + 1
    }

    @discardableResult
    package mutating func writeVarint(_ value: Int32) -> Int {
        self.writeUnsignedVarint(UInt32(bitPattern: (value << 1) ^ (value >> 31)))
    }

    @discardableResult
    package mutating func writeVarlong(_ value: Int64) -> Int {
        self.writeUnsignedVarlong(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    /// The number of bytes `writeUnsignedVarlong` would use.
    package static func unsignedVarintSize(_ value: UInt64) -> Int {
        value == 0 ? 1 : (64 - value.leadingZeroBitCount + 6) / 7
    }

    package static func varintSize(_ value: Int32) -> Int {
        unsignedVarintSize(UInt64(UInt32(bitPattern: (value << 1) ^ (value >> 31))))
    }

    package static func varlongSize(_ value: Int64) -> Int {
        unsignedVarintSize(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    // MARK: Lengths

    /// A length prefix: int16 (classic strings), int32 (classic bytes) or a compact unsigned
    /// varint holding length + 1. Returns nil for the null marker; otherwise a length that is
    /// known to fit in the readable bytes (times `minimumElementSize` for arrays).
    package mutating func readKafkaLength(
        compact: Bool, wide: Bool, minimumElementSize: Int = 1
    ) throws(KafkaProtocolError) -> Int? {
        let length: Int
        if compact {
            let raw = try self.readUnsignedVarint()
            if raw == 0 { return nil }
            length = Int(raw) - 1
        } else if wide {
            let raw = try self.readKafkaInteger(as: Int32.self)
            if raw == -1 { return nil }
            length = Int(raw)
        } else {
            let raw = try self.readKafkaInteger(as: Int16.self)
            if raw == -1 { return nil }
            length = Int(raw)
        }
        guard length >= 0, length.multipliedReportingOverflow(by: minimumElementSize).partialValue <= self.readableBytes
        else {
            throw .invalidLength(length, remaining: self.readableBytes)
        }
        return length
    }

    /// Writes a length prefix; a length the prefix cannot hold (a string over 32767 bytes in
    /// a classic version, say) is an error, as in Kafka.
    package mutating func writeKafkaLength(_ length: Int?, compact: Bool, wide: Bool) throws(KafkaProtocolError) {
        guard let length else {
            if compact {
                self.writeUnsignedVarint(0)
            } else if wide {
                self.writeInteger(Int32(-1))
            } else {
                self.writeInteger(Int16(-1))
            }
            return
        }
        let limit = compact || wide ? Int(Int32.max) - 1 : Int(Int16.max)
        guard length >= 0 && length <= limit else {
            throw .malformed("length \(length) does not fit its \(wide || compact ? "int32" : "int16") prefix")
        }
        if compact {
            self.writeUnsignedVarint(UInt32(length) + 1)
        } else if wide {
            self.writeInteger(Int32(length))
        } else {
            self.writeInteger(Int16(length))
        }
    }

    // MARK: Strings

    package mutating func readKafkaNullableString(compact: Bool) throws(KafkaProtocolError) -> String? {
        guard let length = try self.readKafkaLength(compact: compact, wide: false) else { return nil }
        return self.readString(length: length)!
    }

    package mutating func readKafkaString(compact: Bool, field: String = "string") throws(KafkaProtocolError) -> String {
        guard let value = try self.readKafkaNullableString(compact: compact) else {
            throw .unexpectedNull(field: field)
        }
        return value
    }

    package mutating func writeKafkaString(_ value: String?, compact: Bool) throws(KafkaProtocolError) {
        guard let value else {
            try self.writeKafkaLength(nil, compact: compact, wide: false)
            return
        }
        try self.writeKafkaLength(value.utf8.count, compact: compact, wide: false)
        self.writeString(value)
    }

    // MARK: Bytes

    /// Bytes (and `records`) come back as a slice of this buffer: no copy is made.
    package mutating func readKafkaNullableBytes(compact: Bool) throws(KafkaProtocolError) -> ByteBuffer? {
        guard let length = try self.readKafkaLength(compact: compact, wide: true) else { return nil }
        return self.readSlice(length: length)!
    }

    package mutating func readKafkaBytes(compact: Bool, field: String = "bytes") throws(KafkaProtocolError) -> ByteBuffer {
        guard let value = try self.readKafkaNullableBytes(compact: compact) else {
            throw .unexpectedNull(field: field)
        }
        return value
    }

    package mutating func writeKafkaBytes(_ value: ByteBuffer?, compact: Bool) throws(KafkaProtocolError) {
        guard let value else {
            try self.writeKafkaLength(nil, compact: compact, wide: true)
            return
        }
        try self.writeKafkaLength(value.readableBytes, compact: compact, wide: true)
        self.writeImmutableBuffer(value)
    }

    // MARK: UUID

    package mutating func readKafkaUUID() throws(KafkaProtocolError) -> KafkaUUID {
        let high = try self.readKafkaInteger(as: UInt64.self)
        let low = try self.readKafkaInteger(as: UInt64.self)
        return KafkaUUID(high: high, low: low)
    }

    package mutating func writeKafkaUUID(_ value: KafkaUUID) {
        self.writeInteger(value.high, endianness: .big)
        self.writeInteger(value.low, endianness: .big)
    }

    // MARK: Arrays

    /// An array count, checked against the readable bytes. Nil is the null array.
    package mutating func readKafkaArrayCount(compact: Bool) throws(KafkaProtocolError) -> Int? {
        // Every element takes at least one byte except structs whose fields are all absent at
        // this version; Kafka's own decoders use the same bound.
        try self.readKafkaLength(compact: compact, wide: true, minimumElementSize: 1)
    }

    package mutating func writeKafkaArrayCount(_ count: Int?, compact: Bool) throws(KafkaProtocolError) {
        try self.writeKafkaLength(count, compact: compact, wide: true)
    }

    // MARK: Tagged fields

    /// Reads a tagged-field section, handing each field's bytes (a slice) to `handle`. Tags must
    /// be strictly increasing, as Kafka writes them.
    package mutating func readTaggedFields(
        _ handle: (UInt32, inout ByteBuffer) throws(KafkaProtocolError) -> Void
    ) throws(KafkaProtocolError) {
        let count = try self.readUnsignedVarint()
        guard Int(count) <= self.readableBytes else { throw .invalidLength(Int(count), remaining: self.readableBytes) }
        var previous: Int64 = -1
        for _ in 0..<count {
            let tag = try self.readUnsignedVarint()
            guard Int64(tag) > previous else { throw .malformed("tagged fields out of order: \(tag) after \(previous)") }
            previous = Int64(tag)
            let size = try self.readUnsignedVarint()
            guard Int(size) <= self.readableBytes else { throw .invalidLength(Int(size), remaining: self.readableBytes) }
            var slice = self.readSlice(length: Int(size))!
            try handle(tag, &slice)
        }
    }

    /// Writes one tagged field whose body is produced by `body` (size computed after the fact).
    package mutating func writeTaggedField(tag: UInt32, _ body: (inout ByteBuffer) throws(KafkaProtocolError) -> Void)
        throws(KafkaProtocolError)
    {
        var scratch = ByteBufferAllocator().buffer(capacity: 16)
        try body(&scratch)
        self.writeUnsignedVarint(tag)
        self.writeUnsignedVarint(UInt32(scratch.readableBytes))
        self.writeBuffer(&scratch)
    }
}

/// A tagged field this code does not know (a newer peer's), kept so re-encoding is faithful.
package struct RawTaggedField: Equatable, Sendable {
    package var tag: UInt32
    package var data: ByteBuffer

    package init(tag: UInt32, data: ByteBuffer) {
        self.tag = tag
        self.data = data
    }
}

extension ByteBuffer {
    /// Writes a tagged-field section: the known fields (already encoded, in tag order) merged with
    /// unknown ones in tag order, as Kafka's `RawTaggedFieldWriter` does.
    package mutating func writeTaggedFields(known: [RawTaggedField], unknown: [RawTaggedField]) {
        self.writeUnsignedVarint(UInt32(known.count + unknown.count))
        var k = 0
        var u = 0
        while k < known.count || u < unknown.count {
            let takeKnown = u >= unknown.count || (k < known.count && known[k].tag < unknown[u].tag)
            let field = takeKnown ? known[k] : unknown[u]
            if takeKnown { k += 1 } else { u += 1 }
            self.writeUnsignedVarint(field.tag)
            self.writeUnsignedVarint(UInt32(field.data.readableBytes))
            self.writeImmutableBuffer(field.data)
        }
    }
}
