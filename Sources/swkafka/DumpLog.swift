import ArgumentParser
import KafkaEngine

/// `swkafka dump-log`: Kafka's `kafka-dump-log.sh` (DumpLogSegments), with Kafka's options.
/// Exit status: 0, or 3 when corruption was found, 1 when a file could not be dumped, 2 on a
/// usage error.
struct DumpLogCommand: ParsableCommand, KafkaStyleArguments {
    static let configuration = CommandConfiguration(
        commandName: "dump-log",
        abstract:
            "This tool helps to parse a log file and dump its contents to the console, useful for debugging a seemingly corrupt log segment.",
        discussion: """
            Files are dumped by their suffix: .log segments and .checkpoint KRaft snapshots (record batches), \
            .index, .timeindex and .txnindex indexes, .snapshot producer state, and leader-epoch-checkpoint.

            Exit status: 0 when nothing is wrong; 3 when corruption is found (a CRC mismatch, a truncated or \
            garbage batch, offsets that do not increase, an index entry that does not match the log); 1 when a \
            file cannot be dumped; 2 on a usage error.
            """
    )

    @Option(
        name: .customLong("files"), parsing: .singleValue,
        help: ArgumentHelp(
            "REQUIRED: The comma separated list of data and index log files to be dumped.",
            valueName: "file1, file2, ..."))
    var files: [String] = []

    @Flag(
        name: .customLong("print-data-log"),
        help:
            "If set, printing the messages content when dumping data logs. Automatically set if any decoder option is specified."
    )
    var printDataLog = false

    @Flag(
        name: .customLong("deep-iteration"),
        help: "If set, uses deep instead of shallow iteration. Automatically set if print-data-log is enabled.")
    var deepIteration = false

    @Flag(
        name: .customLong("verify-index-only"), help: "If set, just verify the index log without printing its content.")
    var verifyIndexOnly = false

    @Flag(
        name: .customLong("index-sanity-check"),
        help:
            "If set, just checks the index sanity without printing its content. This is the same check that is executed on broker startup to determine if an index needs rebuilding or not."
    )
    var indexSanityCheck = false

    @Option(
        name: .customLong("max-message-size"),
        help: ArgumentHelp("Size of largest message.", valueName: "size"))
    var maxMessageSize: Int32 = 5 * 1024 * 1024

    @Option(
        name: .customLong("max-bytes"),
        help: ArgumentHelp(
            "Limit the amount of total batches read in bytes avoiding reading the whole .log file(s).",
            valueName: "size"))
    var maxBytes: Int32 = Int32.max

    @Option(
        name: .customLong("value-decoder-class"),
        help: ArgumentHelp(
            "If set, used to deserialize the messages: org.apache.kafka.tools.api.StringDecoder (the default), IntegerDecoder, LongDecoder or DefaultDecoder.",
            valueName: "class"))
    var valueDecoderClass: String?

    @Option(
        name: .customLong("key-decoder-class"),
        help: ArgumentHelp(
            "If set, used to deserialize the keys: org.apache.kafka.tools.api.StringDecoder (the default), IntegerDecoder, LongDecoder or DefaultDecoder.",
            valueName: "class"))
    var keyDecoderClass: String?

    @Flag(
        name: .customLong("offsets-decoder"),
        help: "If set, log data will be parsed as offset data from the __consumer_offsets topic.")
    var offsetsDecoder = false

    @Flag(
        name: .customLong("transaction-log-decoder"),
        help: "If set, log data will be parsed as transaction metadata from the __transaction_state topic.")
    var transactionLogDecoder = false

    @Flag(
        name: .customLong("cluster-metadata-decoder"),
        help: "If set, log data will be parsed as cluster metadata records.")
    var clusterMetadataDecoder = false

    @Flag(name: .customLong("skip-record-metadata"), help: "Whether to skip printing metadata for each record.")
    var skipRecordMetadata = false

    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "Output format: text (Kafka's lines) or json (one object per line for each batch, record and index entry).",
            valueName: "text|json"))
    var format = "text"

    /// Kafka's decoder options take an optional value (`--key-decoder-class` alone means the
    /// default decoder); give them their default explicitly.
    static func normalize(_ arguments: [String]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            out.append(argument)
            if argument == "--key-decoder-class" || argument == "--value-decoder-class" {
                let next = i + 1 < arguments.count ? arguments[i + 1] : nil
                if next.map({ $0.hasPrefix("--") }) ?? true {
                    out.append(DumpLogDecoder.string.className)
                }
            }
            i += 1
        }
        return out
    }

    /// Called from `run()` rather than as `validate()`, which ArgumentParser runs before it reports
    /// an unknown option: a mistyped option should be named as such.
    func check() throws {
        if self.files.isEmpty { throw ValidationError("Missing required argument \"[files]\"") }
        if self.maxBytes < 0 { throw ValidationError("--max-bytes must not be negative") }
        if self.maxMessageSize <= 0 { throw ValidationError("--max-message-size must be positive") }
        if DumpLogFormat(rawValue: self.format) == nil {
            throw ValidationError("--format must be text or json, not '\(self.format)'")
        }
        for className in [self.keyDecoderClass, self.valueDecoderClass].compactMap({ $0 })
        where DumpLogDecoder(className: className) == nil {
            throw ValidationError(
                "unsupported decoder class \(className) (supported: "
                    + DumpLogDecoder.allCases.map(\.className).joined(separator: ", ") + ")")
        }
    }

    func run() throws {
        try self.check()
        var options = DumpLogOptions(files: self.files.flatMap { $0.split(separator: ",").map(String.init) })
        options.deepIteration = self.deepIteration
        options.verifyIndexOnly = self.verifyIndexOnly
        options.indexSanityCheck = self.indexSanityCheck
        options.maxMessageSize = Int(self.maxMessageSize)
        options.maxBytes = Int(self.maxBytes)
        options.skipRecordMetadata = self.skipRecordMetadata
        options.format = DumpLogFormat(rawValue: self.format) ?? .text
        // Kafka's priority when several decoders are given.
        if self.offsetsDecoder {
            options.parser = .offsets
        } else if self.transactionLogDecoder {
            options.parser = .transactionLog
        } else if self.clusterMetadataDecoder {
            options.parser = .clusterMetadata
        } else {
            let valueClass = self.valueDecoderClass ?? DumpLogDecoder.string.className
            let keyClass = self.keyDecoderClass ?? DumpLogDecoder.string.className
            options.parser = .decoders(
                key: DumpLogDecoder(className: keyClass) ?? .string,
                value: DumpLogDecoder(className: valueClass) ?? .string)
            options.decoderNotices = [valueClass, keyClass].compactMap(DumpLogDecoder.deprecationNotice(for:))
        }
        options.printDataLog =
            self.printDataLog || self.offsetsDecoder || self.transactionLogDecoder || self.clusterMetadataDecoder
            || self.keyDecoderClass != nil || self.valueDecoderClass != nil

        let summary = DumpLog(
            options: options, stdout: FileDescriptorOutput(descriptor: 1), stderr: FileDescriptorOutput(descriptor: 2)
        ).run()
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }
}
