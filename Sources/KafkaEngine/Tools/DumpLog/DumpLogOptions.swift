/// What `dump-log` prints and checks: the options of Kafka's `DumpLogSegments`, with its defaults,
/// plus swkafka's output format. The command line fills this in; `DumpLog` runs it.
package struct DumpLogOptions: Sendable {
    /// The files to dump, in order (`--files`, comma-separated, repeatable).
    package var files: [String]
    /// `--print-data-log`: print each record's key and payload. Kafka also sets it when any
    /// decoder option is given; the command line does the same.
    package var printDataLog = false
    /// `--deep-iteration`: print a line per record (implied by `printDataLog`).
    package var deepIteration = false
    /// `--verify-index-only`: check index entries against the log without printing them.
    package var verifyIndexOnly = false
    /// `--index-sanity-check`: run the broker's start-up index check only.
    package var indexSanityCheck = false
    /// `--max-message-size`: Kafka's slice size when verifying index entries. Accepted for
    /// compatibility; swkafka reads only the batch header at an indexed position.
    package var maxMessageSize = 5 * 1024 * 1024
    /// `--max-bytes`: stop reading a `.log` after this many bytes. While it is Kafka's default
    /// (`Integer.MAX_VALUE`), trailing bytes are reported.
    package var maxBytes = DumpLogOptions.defaultMaxBytes
    /// `--skip-record-metadata`: omit offset, timestamps, sizes and headers from record lines.
    package var skipRecordMetadata = false
    /// How keys and payloads are turned into text.
    package var parser = DumpLogRecordParser.decoders(key: .string, value: .string)
    /// Lines printed on stdout before each `.log` or `.checkpoint` file is dumped: Kafka's notices
    /// for deprecated decoder class names, which it prints each time it builds the parser.
    package var decoderNotices: [String] = []
    /// Kafka's text (the default) or one JSON object per line.
    package var format = DumpLogFormat.text
    /// The most bytes one batch's records may decompress to.
    package var maxDecompressedBytes = Int(Int32.max)
    /// The directory relative paths are resolved against when a report names a file's absolute
    /// path (Java's `File.getAbsolutePath`); the process's working directory by default.
    package var workingDirectory: String?
    /// Begins each error line on stderr.
    package var commandName = "swkafka dump-log"

    /// Kafka's default for `--max-bytes`.
    package static let defaultMaxBytes = Int(Int32.max)

    package init(files: [String]) {
        self.files = files
    }

    /// Kafka's `isDeepIteration`: deep iteration is implied by printing data.
    package var isDeepIteration: Bool { self.deepIteration || self.printDataLog }
}

/// The output of `dump-log`.
package enum DumpLogFormat: String, Sendable, CaseIterable {
    /// Kafka's lines, byte for byte.
    case text
    /// One JSON object per line: a file header, each batch, record and index entry, and the
    /// problems found.
    case json
}

/// How record keys and values become text (Kafka's `MessageParser`s).
package enum DumpLogRecordParser: Sendable, Equatable {
    /// `--key-decoder-class` / `--value-decoder-class` (StringDecoder by default).
    case decoders(key: DumpLogDecoder, value: DumpLogDecoder)
    /// `--offsets-decoder`: `__consumer_offsets` records as JSON.
    case offsets
    /// `--transaction-log-decoder`: `__transaction_state` records.
    case transactionLog
    /// `--cluster-metadata-decoder`: `__cluster_metadata` records as JSON.
    case clusterMetadata
}

/// The decoders of `org.apache.kafka.tools.api` that `--key-decoder-class` and
/// `--value-decoder-class` may name.
package enum DumpLogDecoder: String, Sendable, CaseIterable {
    /// UTF-8 text, malformed bytes replaced (`StringDecoder`).
    case string
    /// The first 4 bytes as a big-endian int (`IntegerDecoder`).
    case integer
    /// The first 8 bytes as a big-endian long (`LongDecoder`).
    case long
    /// The raw bytes (`DefaultDecoder`); printed as base64, where Kafka prints a Java array id.
    case bytes

    /// Kafka's class name for the decoder.
    package var className: String {
        switch self {
        case .string: "org.apache.kafka.tools.api.StringDecoder"
        case .integer: "org.apache.kafka.tools.api.IntegerDecoder"
        case .long: "org.apache.kafka.tools.api.LongDecoder"
        case .bytes: "org.apache.kafka.tools.api.DefaultDecoder"
        }
    }

    /// The pre-3.8 class of the same decoder (`kafka.serializer.*`), which Kafka still accepts
    /// with a deprecation line on stdout.
    package var deprecatedClassName: String {
        switch self {
        case .string: "kafka.serializer.StringDecoder"
        case .integer: "kafka.serializer.IntegerDecoder"
        case .long: "kafka.serializer.LongDecoder"
        case .bytes: "kafka.serializer.DefaultDecoder"
        }
    }

    /// The decoder a class name stands for: Kafka's full names, the deprecated ones, or the
    /// simple class name (`StringDecoder`). Nil for anything else (Kafka would load the class).
    package init?(className: String) {
        guard
            let match = Self.allCases.first(where: {
                className == $0.className || className == $0.deprecatedClassName
                    || className == $0.className.split(separator: ".").last.map(String.init)
            })
        else { return nil }
        self = match
    }

    /// Kafka's line for a deprecated class name, printed to stdout before the dump; nil otherwise.
    package static func deprecationNotice(for className: String) -> String? {
        guard let decoder = Self.allCases.first(where: { $0.deprecatedClassName == className }) else { return nil }
        return "\(decoder.deprecatedClassName) is deprecated. Please use \(decoder.className) instead"
    }
}
