/// `console-producer --format`: the fields of each input record by template, kcat/rpk style:
/// `%k` key, `%v` (or `%s`) value, `%h` headers (`name:value` pairs joined by the reader's
/// `headers.separator`), `%p` partition, `%T` timestamp (ms), `%%` a percent sign; other text
/// (with `\t \n \r \0 \\ \xHH` escapes) must appear as written. A field ends where the text after
/// it begins; the last one runs to the end of the record. A trailing newline in the template is
/// the record delimiter and is dropped.
package struct InputTemplate: Sendable, Equatable {
    package enum Field: Sendable, Equatable {
        case key, value, headers, partition, timestamp
    }

    package enum Piece: Sendable, Equatable {
        case literal([UInt8])
        case field(Field)
    }

    package private(set) var pieces: [Piece]

    package init(_ text: String) throws(ToolError) {
        var pieces: [Piece] = []
        var literal: [UInt8] = []
        let raw = Array(text.utf8)
        var i = 0
        var seen: Set<String> = []
        while i < raw.count {
            let c = raw[i]
            if c == UInt8(ascii: "%"), i + 1 < raw.count {
                let field: Field?
                switch raw[i + 1] {
                case UInt8(ascii: "k"): field = .key
                case UInt8(ascii: "v"), UInt8(ascii: "s"): field = .value
                case UInt8(ascii: "h"): field = .headers
                case UInt8(ascii: "p"): field = .partition
                case UInt8(ascii: "T"): field = .timestamp
                case UInt8(ascii: "%"): field = nil
                default:
                    throw .usage("Unsupported token '%\(Character(Unicode.Scalar(raw[i + 1])))' in --format '\(text)'")
                }
                i += 2
                guard let field else {
                    literal.append(UInt8(ascii: "%"))
                    continue
                }
                if !literal.isEmpty {
                    pieces.append(.literal(try unescapeBytes(String(decoding: literal, as: UTF8.self))))
                    literal = []
                }
                if case .field? = pieces.last {
                    throw .usage("Two fields without text between them in --format '\(text)'")
                }
                if !seen.insert("\(field)").inserted { throw .usage("A field appears twice in --format '\(text)'") }
                pieces.append(.field(field))
            } else {
                literal.append(c)
                i += 1
            }
        }
        if !literal.isEmpty {
            var bytes = try unescapeBytes(String(decoding: literal, as: UTF8.self))
            if bytes.last == 0x0A { bytes.removeLast() }
            if bytes.last == 0x0D { bytes.removeLast() }
            if !bytes.isEmpty { pieces.append(.literal(bytes)) }
        }
        guard pieces.contains(.field(.value)) || pieces.contains(.field(.key)) else {
            throw .usage("--format '\(text)' has neither %k nor %v")
        }
        self.pieces = pieces
    }
}
