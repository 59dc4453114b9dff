import NIOCore

/// How `console-consumer` prints each record: Kafka's formatter (the default, driven by
/// `--property print.*`), a kcat/rpk-style template (`--format '%t %p %o %k %v\n'`), or one JSON
/// object per line (`--format json`).
package enum RecordOutputFormat: Sendable, Equatable {
    case kafka(DefaultMessageFormatter)
    case template(OutputTemplate)
    case json
    /// Kafka's `NoOpMessageFormatter`: nothing is printed.
    case discard

    /// `--format`: `json`, or a template. Templates without a trailing newline get one (kcat
    /// prints exactly what is written; a record per line is what a template user means).
    package static func parse(_ text: String) throws(ToolError) -> RecordOutputFormat {
        if text == "json" { return .json }
        return .template(try OutputTemplate(text))
    }

    /// Appends the record's text to `out`.
    @inline(__always)
    package func write(_ record: ConsumedRecord, to out: inout [UInt8]) {
        switch self {
        case .kafka(let formatter): formatter.write(record, to: &out)
        case .template(let template): template.write(record, to: &out)
        case .json: RecordJSON.write(record, to: &out)
        case .discard: break
        }
    }
}

/// A kcat/rpk output template: `%t` topic, `%p` partition, `%o` offset, `%k` key, `%K` key length
/// (`-1` for null), `%v` or `%s` value, `%V` or `%S` value length, `%T` timestamp (ms), `%d`
/// timestamp type, `%e` leader epoch (`-1` when unknown), `%h` headers (`name=value` joined by
/// `,`, kcat's form), `%%`; escapes `\n \r \t \0 \\ \xHH`. Null keys and values print as nothing.
package struct OutputTemplate: Sendable, Equatable {
    package enum Piece: Sendable, Equatable {
        case literal([UInt8])
        case topic, partition, offset, key, keyLength, value, valueLength, timestamp, timestampType, leaderEpoch
        case headers
    }

    package private(set) var pieces: [Piece]

    package init(_ text: String) throws(ToolError) {
        var pieces: [Piece] = []
        var literal: [UInt8] = []
        let raw = Array(text.utf8)
        func flush() throws(ToolError) {
            guard !literal.isEmpty else { return }
            pieces.append(.literal(try unescapeBytes(String(decoding: literal, as: UTF8.self))))
            literal = []
        }
        var i = 0
        while i < raw.count {
            guard raw[i] == UInt8(ascii: "%"), i + 1 < raw.count else {
                literal.append(raw[i])
                i += 1
                continue
            }
            let piece: Piece
            switch raw[i + 1] {
            case UInt8(ascii: "t"): piece = .topic
            case UInt8(ascii: "p"): piece = .partition
            case UInt8(ascii: "o"): piece = .offset
            case UInt8(ascii: "k"): piece = .key
            case UInt8(ascii: "K"): piece = .keyLength
            case UInt8(ascii: "v"), UInt8(ascii: "s"): piece = .value
            case UInt8(ascii: "V"), UInt8(ascii: "S"): piece = .valueLength
            case UInt8(ascii: "T"): piece = .timestamp
            case UInt8(ascii: "d"): piece = .timestampType
            case UInt8(ascii: "e"): piece = .leaderEpoch
            case UInt8(ascii: "h"): piece = .headers
            case UInt8(ascii: "%"):
                literal.append(UInt8(ascii: "%"))
                i += 2
                continue
            default:
                throw .usage("Unsupported token '%\(Character(Unicode.Scalar(raw[i + 1])))' in --format '\(text)'")
            }
            try flush()
            pieces.append(piece)
            i += 2
        }
        try flush()
        if case .literal(let last)? = pieces.last, last.last == 0x0A {
        } else {
            pieces.append(.literal([0x0A]))
        }
        // Adjacent literals (around a %%) merge.
        var merged: [Piece] = []
        for piece in pieces {
            if case .literal(let b) = piece, case .literal(let a)? = merged.last {
                merged[merged.count - 1] = .literal(a + b)
            } else {
                merged.append(piece)
            }
        }
        self.pieces = merged
    }

    package func write(_ record: ConsumedRecord, to out: inout [UInt8]) {
        for piece in pieces {
            switch piece {
            case .literal(let bytes): out.append(contentsOf: bytes)
            case .topic: out.append(contentsOf: record.topic.utf8)
            case .partition: out.appendDecimal(record.partition)
            case .offset: out.appendDecimal(record.offset)
            case .key: if let key = record.key { out.append(key) }
            case .keyLength: out.appendDecimal(record.key.map { $0.readableBytes } ?? -1)
            case .value: if let value = record.value { out.append(value) }
            case .valueLength: out.appendDecimal(record.value.map { $0.readableBytes } ?? -1)
            case .timestamp: out.appendDecimal(record.timestamp)
            case .timestampType: out.append(contentsOf: RecordJSON.typeName(record.timestampType).utf8)
            case .leaderEpoch: out.appendDecimal(record.leaderEpoch ?? -1)
            case .headers:
                for (i, header) in record.headers.enumerated() {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    out.append(contentsOf: header.key.utf8)
                    out.append(UInt8(ascii: "="))
                    if let value = header.value { out.append(value) }
                }
            }
        }
    }
}

/// `--format json`: one object per record and line,
/// `{"topic":…,"partition":…,"offset":…,"timestamp":…,"timestampType":…,"leaderEpoch":…,"key":…,"value":…,"headers":[{"key":…,"value":…}]}`.
/// Keys, values and header values are JSON strings when they are UTF-8, otherwise base64
/// strings flagged by a sibling `"keyEncoding":"base64"` (`valueEncoding`, and `encoding` inside
/// a header); null stays null. `leaderEpoch` is present only when known.
package enum RecordJSON {
    package static func typeName(_ type: TimestampType?) -> String {
        switch type {
        case .createTime?: "CreateTime"
        case .logAppendTime?: "LogAppendTime"
        case nil: "NoTimestampType"
        }
    }

    package static func write(_ record: ConsumedRecord, to out: inout [UInt8]) {
        out.append(contentsOf: #"{"topic":"#.utf8)
        KafkaJSONWriter.appendQuoted(record.topic, to: &out)
        out.append(contentsOf: #","partition":"#.utf8)
        out.appendDecimal(record.partition)
        out.append(contentsOf: #","offset":"#.utf8)
        out.appendDecimal(record.offset)
        out.append(contentsOf: #","timestamp":"#.utf8)
        out.appendDecimal(record.timestamp)
        out.append(contentsOf: #","timestampType":""#.utf8)
        out.append(contentsOf: typeName(record.timestampType).utf8)
        out.append(UInt8(ascii: "\""))
        if let epoch = record.leaderEpoch {
            out.append(contentsOf: #","leaderEpoch":"#.utf8)
            out.appendDecimal(epoch)
        }
        field("key", record.key, encodingName: "keyEncoding", &out)
        field("value", record.value, encodingName: "valueEncoding", &out)
        out.append(contentsOf: #","headers":["#.utf8)
        for (i, header) in record.headers.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: #"{"key":"#.utf8)
            KafkaJSONWriter.appendQuoted(header.key, to: &out)
            field("value", header.value, encodingName: "encoding", &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(contentsOf: "]}\n".utf8)
    }

    private static func field(_ name: String, _ bytes: ByteBuffer?, encodingName: String, _ out: inout [UInt8]) {
        out.append(contentsOf: ",\"\(name)\":".utf8)
        guard let bytes else {
            out.append(contentsOf: "null".utf8)
            return
        }
        let mark = out.count
        let valid = bytes.withUnsafeReadableBytes { appendEscapedUTF8($0, to: &out) }
        if !valid {
            out.removeSubrange(mark...)
            out.append(UInt8(ascii: "\""))
            bytes.withUnsafeReadableBytes { Base64Encoding.encode($0, into: &out) }
            out.append(contentsOf: "\",\"\(encodingName)\":\"base64\"".utf8)
        }
    }

    private static let hex = Array("0123456789ABCDEF".utf8)

    /// Appends `bytes` as a quoted JSON string (the escapes of `KafkaJSONWriter`), checking that
    /// they are well-formed UTF-8 on the way; returns false (having written part) when not.
    static func appendEscapedUTF8(_ bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) -> Bool {
        out.append(UInt8(ascii: "\""))
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                switch b {
                case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
                case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
                case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
                case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                case 0x00..<0x20:
                    out.append(contentsOf: "\\u00".utf8)
                    out.append(hex[Int(b >> 4)])
                    out.append(hex[Int(b & 0x0F)])
                default: out.append(b)
                }
                i += 1
                continue
            }
            let length = utf8SequenceLength(bytes, at: i)
            guard length > 0 else { return false }
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[i..<(i + length)]))
            i += length
        }
        out.append(UInt8(ascii: "\""))
        return true
    }

    /// The length of the well-formed multi-byte UTF-8 sequence at `i`, or 0 (Unicode Table 3-7).
    private static func utf8SequenceLength(_ bytes: UnsafeRawBufferPointer, at i: Int) -> Int {
        let n = bytes.count
        let b0 = bytes[i]
        func cont(_ j: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool { j < n && range.contains(bytes[j]) }
        switch b0 {
        case 0xC2...0xDF: return cont(i + 1) ? 2 : 0
        case 0xE0: return cont(i + 1, 0xA0...0xBF) && cont(i + 2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return cont(i + 1) && cont(i + 2) ? 3 : 0
        case 0xED: return cont(i + 1, 0x80...0x9F) && cont(i + 2) ? 3 : 0
        case 0xF0: return cont(i + 1, 0x90...0xBF) && cont(i + 2) && cont(i + 3) ? 4 : 0
        case 0xF1...0xF3: return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0
        case 0xF4: return cont(i + 1, 0x80...0x8F) && cont(i + 2) && cont(i + 3) ? 4 : 0
        default: return 0
        }
    }
}
