import NIOCore
import Testing

@testable import KafkaEngine

/// `console-producer`: Kafka's `LineMessageReader` on every property, its refusals and error
/// texts, kcat's delimiters (NUL included), fixed key and headers, input templates, chunked
/// input, and the option model's producer configuration.
@Suite struct ConsoleProducerTests {
    struct R: Equatable, CustomStringConvertible {
        var key: String?
        var value: String?
        var headers: [String] = []
        var partition: Int32? = nil
        var timestamp: Int64? = nil
        var description: String {
            "R(\(key ?? "nil"), \(value ?? "nil"), \(headers), \(partition as Any), \(timestamp as Any))"
        }
    }

    func simplify(_ r: ProducerInputRecord) -> R {
        func s(_ b: ByteBuffer?) -> String? { b.map { String(buffer: $0) } }
        return R(
            key: s(r.key), value: s(r.value), headers: r.headers.map { "\($0.key)=\(s($0.value) ?? "nil")" },
            partition: r.partition, timestamp: r.timestamp)
    }

    func read(
        _ input: String, _ properties: [String: String] = [:], _ edit: (inout LineReaderConfig) -> Void = { _ in }
    )
        throws -> [R]
    {
        var config = try LineReaderConfig(properties: KeyValueArguments(properties))
        edit(&config)
        return try ConsoleRecordReader.records(in: Array(input.utf8), config: config).map(simplify)
    }

    @Test func linesAreValuesByDefault() throws {
        #expect(try read("a\nb\n") == [R(key: nil, value: "a"), R(key: nil, value: "b")])
        #expect(try read("a\nb") == [R(key: nil, value: "a"), R(key: nil, value: "b")])
        // Java's readLine: \r, \n and \r\n all end a line; an empty line is an empty value.
        #expect(try read("a\r\nb\rc\n\nd") == ["a", "b", "c", "", "d"].map { R(key: nil, value: $0) })
        #expect(try read("") == [])
        // The key separator is not special without parse.key.
        #expect(try read("k\tv\n") == [R(key: nil, value: "k\tv")])
    }

    @Test func parseKey() throws {
        #expect(try read("k\tv\tw\n", ["parse.key": "true"]) == [R(key: "k", value: "v\tw")])
        #expect(try read("k::v\n", ["parse.key": " TRUE ", "key.separator": "::"]) == [R(key: "k", value: "v")])
        #expect(try read("\tv\n", ["parse.key": "true"]) == [R(key: "", value: "v")])
        #expect(throws: ToolError.failure("No key separator found on line number 2: 'nokey'")) {
            try read("k\tv\nnokey\n", ["parse.key": "true"])
        }
        #expect(try read("nokey\n", ["parse.key": "true", "ignore.error": "true"]) == [R(key: nil, value: "nokey")])
        #expect(try read("k\tv\n", ["parse.key": "yes"]) == [R(key: nil, value: "k\tv")])
    }

    @Test func parseHeaders() throws {
        let props = ["parse.headers": "true", "parse.key": "true"]
        #expect(
            try read("h1:v1,h2:v2\tkey\tvalue\n", props) == [
                R(key: "key", value: "value", headers: ["h1=v1", "h2=v2"])
            ])
        #expect(
            try read("h1:v1\tvalue\n", ["parse.headers": "true"]) == [R(key: nil, value: "value", headers: ["h1=v1"])])
        #expect(try read("h:a:b\tv\n", ["parse.headers": "true"]) == [R(key: nil, value: "v", headers: ["h=a:b"])])
        #expect(try read("h1:v1,\tv\n", ["parse.headers": "true"]) == [R(key: nil, value: "v", headers: ["h1=v1"])])
        #expect(throws: ToolError.failure("No headers delimiter found on line number 1: 'novalue'")) {
            try read("novalue\n", ["parse.headers": "true"])
        }
        #expect(throws: ToolError.failure("No header key separator found in pair 'h2' on line number 1")) {
            try read("h1:v1,h2\tv\n", ["parse.headers": "true"])
        }
        #expect(throws: ToolError.failure("No header key separator found in pair '' on line number 1")) {
            try read("\tv\n", ["parse.headers": "true"])
        }
        #expect(
            try read("h1:v1,h2\tv\n", ["parse.headers": "true", "ignore.error": "true"])
                == [R(key: nil, value: "v", headers: ["h1=v1", "h2=nil"])])
        // Missing delimiter with ignore.error: no headers, the whole line is the value.
        #expect(
            try read("plain\n", ["parse.headers": "true", "ignore.error": "true"]) == [R(key: nil, value: "plain")])
        // Custom delimiters, and a regex headers separator (Kafka compiles it as one).
        #expect(
            try read(
                "a=1;b=2|k|v\n",
                [
                    "parse.headers": "true", "parse.key": "true", "headers.delimiter": "|", "headers.separator": ";",
                    "headers.key.separator": "=", "key.separator": "|",
                ]) == [R(key: "k", value: "v", headers: ["a=1", "b=2"])])
        #expect(
            try read("a:1;b:2,c:3\tv\n", ["parse.headers": "true", "headers.separator": "[;,]"])
                == [R(key: nil, value: "v", headers: ["a=1", "b=2", "c=3"])])
    }

    @Test func nullMarker() throws {
        let props = ["parse.headers": "true", "parse.key": "true", "null.marker": "<null>"]
        #expect(try read("h:<null>\t<null>\t<null>\n", props) == [R(key: nil, value: nil, headers: ["h=nil"])])
        #expect(try read("<null>\tk\tv\n", props) == [R(key: "k", value: "v", headers: [])])
        #expect(try read("<null>\n", ["null.marker": "<null>"]) == [R(key: nil, value: nil)])
        #expect(try read("x<null>\n", ["null.marker": "<null>"]) == [R(key: nil, value: "x<null>")])
        #expect(
            throws: ToolError.failure(
                "Header keys should not be equal to the null marker '<null>' as they can't be null")
        ) {
            try read("<null>:v\tk\tv\n", props)
        }
    }

    @Test func separatorsThatCollideAreRefused() {
        func refuses(_ props: [String: String], _ message: String) {
            #expect(throws: ToolError.usage(message)) { try LineReaderConfig(properties: KeyValueArguments(props)) }
        }
        refuses(["headers.separator": "\t"], "headers.delimiter and headers.separator may not be equal")
        refuses(["headers.key.separator": "\t"], "headers.delimiter and headers.key.separator may not be equal")
        refuses(["headers.separator": ":"], "headers.separator and headers.key.separator may not be equal")
        refuses(["null.marker": "\t"], "null.marker and key.separator may not be equal")
        refuses(["null.marker": ",", "key.separator": "|"], "null.marker and headers.separator may not be equal")
        refuses(
            ["null.marker": "|", "key.separator": "#", "headers.delimiter": "|"],
            "null.marker and headers.delimiter may not be equal")
        refuses(["null.marker": ":", "key.separator": "#"], "null.marker and headers.key.separator may not be equal")
    }

    @Test func kcatDelimitersFixedKeyAndHeaders() throws {
        #expect(
            try read("a\0b\nc\0", [:]) { $0.recordDelimiter = .bytes([0]) } == [
                R(key: nil, value: "a"), R(key: nil, value: "b\nc"),
            ])
        #expect(
            try read("a||b||", [:]) { $0.recordDelimiter = .bytes(Array("||".utf8)) } == [
                R(key: nil, value: "a"), R(key: nil, value: "b"),
            ])
        #expect(try RecordDelimiter.parse("\\0") == .bytes([0]))
        #expect(try RecordDelimiter.parse("\\x1e") == .bytes([0x1E]))
        #expect(try RecordDelimiter.parse("\\n") == .lines)
        #expect(throws: ToolError.self) { try RecordDelimiter.parse("\\xZZ") }
        #expect(
            try read("a\n\n", [:]) {
                $0.fixedKey = Array("K".utf8)
                $0.extraHeaders = [("src", Array("cli".utf8))]
                $0.emptyAsNull = true
            } == [R(key: "K", value: "a", headers: ["src=cli"]), R(key: "K", value: nil, headers: ["src=cli"])])
    }

    @Test func inputTemplates() throws {
        #expect(
            try read("k1 v1\nk2 v 2\n", [:]) { $0.template = try! InputTemplate("%k %v\\n") }
                == [R(key: "k1", value: "v1"), R(key: "k2", value: "v 2")])
        #expect(
            try read("3;1700000000000;k;a:1,b:2;val\n", [:]) { $0.template = try! InputTemplate("%p;%T;%k;%h;%v") }
                == [R(key: "k", value: "val", headers: ["a=1", "b=2"], partition: 3, timestamp: 1_700_000_000_000)])
        #expect(
            try read("[x] 100%\n", [:]) { $0.template = try! InputTemplate("[%k] %v%%") }
                == [R(key: "x", value: "100")])
        #expect(throws: ToolError.failure("Line number 1 does not match the format: no ' ' after byte 0: 'novalue'")) {
            try read("novalue\n", [:]) { $0.template = try! InputTemplate("%k %v") }
        }
        #expect(throws: ToolError.failure("Line number 1: invalid partition 'x'")) {
            try read("x v\n", [:]) { $0.template = try! InputTemplate("%p %v") }
        }
        #expect(throws: ToolError.usage("Two fields without text between them in --format '%k%v'")) {
            try InputTemplate("%k%v")
        }
        #expect(throws: ToolError.usage("Unsupported token '%q' in --format '%q'")) { try InputTemplate("%q") }
    }

    @Test func chunkedInputGivesTheSameRecords() throws {
        let input = Array("h:1\tk1\tv1\r\nh:2\tk2\tv2\rh:3\tk3\tv3\n\nh:4\tk4\tlast".utf8)
        let config = try LineReaderConfig(
            properties: KeyValueArguments(["parse.key": "true", "parse.headers": "true", "ignore.error": "true"]))
        let whole = try ConsoleRecordReader.records(in: input, config: config).map(simplify)
        #expect(whole.count == 5)
        for size in 1...7 {
            var reader = ConsoleRecordReader(config: config)
            var out: [R] = []
            var i = 0
            while i < input.count {
                reader.append(Array(input[i..<min(i + size, input.count)]))
                while let r = try reader.next() { out.append(simplify(r)) }
                i += size
            }
            while let r = try reader.finish() { out.append(simplify(r)) }
            #expect(out == whole, "chunk size \(size)")
        }
    }

    @Test func aLargeInputIsCutIntoEveryRecord() throws {
        var input: [UInt8] = []
        for i in 0..<100_000 { input += Array("key-\(i)\tvalue-\(i)\n".utf8) }
        let config = try LineReaderConfig(properties: KeyValueArguments(["parse.key": "true"]))
        let records = try ConsoleRecordReader.records(in: input, config: config)
        #expect(records.count == 100_000)
        #expect(records.first.map { String(buffer: $0.key!) } == "key-0")
        #expect(records.last.map { String(buffer: $0.value!) } == "value-99999")
    }

    // MARK: Options

    func producer(_ edit: (inout ConsoleProducerOptions) -> Void = { _ in }) -> ConsoleProducerOptions {
        var o = ConsoleProducerOptions()
        o.bootstrapServer = "localhost:9092"
        o.topic = "t"
        edit(&o)
        return o
    }

    @Test func producerConfigurationAsKafkaBuildsIt() throws {
        let command = try producer().validate()
        #expect(
            command.producerProperties.pairs.map { "\($0.key)=\($0.value)" } == [
                "bootstrap.servers=localhost:9092", "compression.type=none", "client.id=console-producer",
                "linger.ms=1000", "acks=-1", "request.timeout.ms=1500", "retries=3", "retry.backoff.ms=100",
                "send.buffer.bytes=102400", "buffer.memory=33554432", "batch.size=16384", "metadata.max.age.ms=300000",
                "max.block.ms=60000",
            ])
        // An option given wins over a property; a property wins over an option's default.
        let custom = try producer {
            $0.producerProperty = ["acks=1", "linger.ms=5", "client.id=me"]
            $0.requestRequiredAcks = "all"
            $0.compressionCodec = ""
            $0.batchSize = 100
        }.validate().producerProperties
        #expect(custom["acks"] == "all")
        #expect(custom["linger.ms"] == "5")
        #expect(custom["client.id"] == "me")
        #expect(custom["compression.type"] == "gzip")
        #expect(custom["batch.size"] == "100")
        let both = try producer {
            $0.batchSize = 100; $0.maxPartitionMemoryBytes = 200
        }.validate().producerProperties
        #expect(both["batch.size"] == "200")
        let file = try producer { $0.commandProperty = ["retries=9"] }.validate(
            producerConfigFile: KeyValueArguments(["retries": "1", "linger.ms": "7"])
        ).producerProperties
        #expect(file["retries"] == "9")
        #expect(file["linger.ms"] == "7")
    }

    @Test func producerRefusals() {
        func fails(_ o: ConsoleProducerOptions, _ e: ToolError) {
            #expect(throws: e) { try o.validate() }
        }
        fails(producer { $0.topic = nil }, .usage("Missing required argument \"[topic]\""))
        fails(producer { $0.bootstrapServer = nil }, .usage("Missing required option(s) [bootstrap-server]"))
        fails(
            producer { $0.bootstrapServer = "nohost" },
            .usage("Please provide valid host:port like host1:9091,host2:9092"))
        fails(
            producer {
                $0.producerProperty = ["a=b"]; $0.commandProperty = ["c=d"]
            },
            .usage("Options --producer-property and --command-property cannot be specified together."))
        fails(
            producer {
                $0.producerConfig = "a"; $0.commandConfig = "b"
            },
            .usage("Options --producer.config and --command-config cannot be specified together."))
        fails(
            producer {
                $0.property = ["a=b"]; $0.readerProperty = ["c=d"]
            },
            .usage("Options --property and --reader-property cannot be specified together."))
        fails(
            producer { $0.compressionCodec = "brotli" },
            .failure(
                "Invalid value brotli for configuration compression.type: String must be one of: none, gzip, snappy, lz4, zstd"
            ))
        fails(
            producer { $0.requestRequiredAcks = "2" },
            .failure("Invalid value 2 for configuration acks: String must be one of: all, -1, 0, 1"))
        fails(producer { $0.property = ["null.marker=\t"] }, .usage("null.marker and key.separator may not be equal"))
    }

    @Test func readerOptions() throws {
        let reader = try producer {
            $0.readerProperty = ["parse.key=true"]
            $0.delimiter = "\\0"
            $0.headers = ["a=1"]
            $0.key = "fixed"
        }.validate(readerConfigFile: KeyValueArguments(["parse.key": "false", "key.separator": ":"])).reader
        #expect(reader.parseKey)
        #expect(reader.keySeparator == Array(":".utf8))
        #expect(reader.recordDelimiter == .bytes([0]))
        #expect(reader.fixedKey == Array("fixed".utf8))
        let kcat = try producer { $0.keyDelimiter = "\\t" }.validate().reader
        #expect(kcat.parseKey && kcat.ignoreError && kcat.keySeparator == [9])
        #expect(throws: ToolError.self) {
            try producer {
                $0.format = "%k %v"; $0.keyDelimiter = ":"
            }.validate()
        }
        #expect(try producer { $0.format = "%k %v" }.validate().reader.template == InputTemplate("%k %v"))
    }
}
