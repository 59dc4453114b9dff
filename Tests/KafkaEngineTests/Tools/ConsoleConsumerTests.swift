import NIOCore
import Testing

@testable import KafkaEngine

/// `console-consumer`: Kafka's `DefaultMessageFormatter` text for each `print.*` combination,
/// separators and `null.literal`; templates; JSON lines; the option model's checks and consumer
/// configuration; `--offset` ranges and timestamps.
@Suite struct ConsoleConsumerTests {
    static func buffer(_ s: String) -> ByteBuffer { ByteBuffer(string: s) }

    let record = ConsumedRecord(
        topic: "orders", partition: 3, offset: 42, timestamp: 1_729_820_000_000, timestampType: .createTime,
        key: buffer("k1"), value: buffer("v1"),
        headers: [RecordHeader(key: "h1", value: buffer("x")), RecordHeader(key: "h2", value: nil)], leaderEpoch: 5)

    func text(_ r: ConsumedRecord, _ props: [String: String] = [:]) throws -> String {
        let formatter = try DefaultMessageFormatter(properties: KeyValueArguments(props))
        var out: [UInt8] = []
        formatter.write(r, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func valueOnlyByDefault() throws {
        #expect(try text(record) == "v1\n")
    }

    @Test func everyFieldInKafkasOrder() throws {
        let all = [
            "print.timestamp": "true", "print.partition": "true", "print.offset": "true", "print.headers": "true",
            "print.key": "true",
        ]
        #expect(try text(record, all) == "CreateTime:1729820000000\tPartition:3\tOffset:42\th1:x,h2:null\tk1\tv1\n")
        var withEpoch = all
        withEpoch["print.epoch"] = "true"
        withEpoch["print.delivery"] = "true"
        #expect(
            try text(record, withEpoch)
                == "CreateTime:1729820000000\tPartition:3\tOffset:42\tDelivery:NONE\tEpoch:5\th1:x,h2:null\tk1\tv1\n")
    }

    @Test func eachFieldAloneAndLastEndsTheLine() throws {
        let noValue = ["print.value": "false"]
        #expect(try text(record, noValue.merging(["print.timestamp": "true"]) { $1 }) == "CreateTime:1729820000000\n")
        #expect(try text(record, noValue.merging(["print.partition": "true"]) { $1 }) == "Partition:3\n")
        #expect(try text(record, noValue.merging(["print.offset": "true"]) { $1 }) == "Offset:42\n")
        #expect(try text(record, noValue.merging(["print.headers": "true"]) { $1 }) == "h1:x,h2:null\n")
        #expect(try text(record, noValue.merging(["print.key": "true"]) { $1 }) == "k1\n")
        #expect(try text(record, noValue.merging(["print.epoch": "true"]) { $1 }) == "Epoch:5\n")
        #expect(try text(record, noValue) == "")
        #expect(try text(record, ["print.key": "true", "print.offset": "true"]) == "Offset:42\tk1\tv1\n")
        #expect(
            try text(record, ["print.partition": "true", "print.key": "true", "print.value": "FALSE"])
                == "Partition:3\tk1\n")
    }

    @Test func timestampTypesAndMissingValues() throws {
        var r = record
        r.timestampType = .logAppendTime
        #expect(try text(r, ["print.timestamp": "true"]) == "LogAppendTime:1729820000000\tv1\n")
        r.timestampType = nil
        #expect(try text(r, ["print.timestamp": "true"]) == "NO_TIMESTAMP\tv1\n")
        r.headers = []
        r.leaderEpoch = nil
        #expect(try text(r, ["print.headers": "true", "print.epoch": "true"]) == "Epoch:NOT_PRESENT\tNO_HEADERS\tv1\n")
        r.offset = -1
        r.timestamp = -1
        r.timestampType = .createTime
        #expect(try text(r, ["print.offset": "true", "print.timestamp": "true"]) == "CreateTime:-1\tOffset:-1\tv1\n")
    }

    @Test func separatorsAndNullLiteral() throws {
        var r = record
        r.key = nil
        r.value = nil
        let props = [
            "print.key": "true", "print.headers": "true", "key.separator": " | ", "line.separator": "\r\n",
            "headers.separator": ";", "null.literal": "<nil>",
        ]
        #expect(try text(r, props) == "h1:x;h2:<nil> | <nil> | <nil>\r\n")
        #expect(try text(r, ["print.key": "true"]) == "null\tnull\n")
        #expect(try text(r, ["print.key": "true", "null.literal": ""]) == "\t\n")
    }

    @Test func deserializersThatPrintBytesAreAccepted() throws {
        #expect(
            try text(record, ["key.deserializer": "org.apache.kafka.common.serialization.StringDeserializer"]) == "v1\n"
        )
        #expect(throws: ToolError.self) {
            try text(record, ["value.deserializer": "org.apache.kafka.common.serialization.LongDeserializer"])
        }
    }

    @Test func aReusedBufferAppends() throws {
        let formatter = DefaultMessageFormatter()
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        for i in 0..<3 {
            var r = record
            r.value = Self.buffer("v\(i)")
            formatter.write(r, to: &out)
        }
        #expect(String(decoding: out, as: UTF8.self) == "v0\nv1\nv2\n")
    }

    // MARK: Templates and JSON

    func render(_ format: String, _ r: ConsumedRecord) throws -> String {
        var out: [UInt8] = []
        try RecordOutputFormat.parse(format).write(r, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func templates() throws {
        #expect(try render("%t %p %o %k %v %T %h", record) == "orders 3 42 k1 v1 1729820000000 h1=x,h2=\n")
        #expect(
            try render("Topic %t [%p] at offset %o: key %k: %s\\n", record)
                == "Topic orders [3] at offset 42: key k1: v1\n")
        #expect(try render("%K %S %V %e %d 100%%\\t|", record) == "2 2 2 5 CreateTime 100%\t|\n")
        var r = record
        r.key = nil
        r.value = nil
        r.leaderEpoch = nil
        #expect(try render("[%k][%v] %K %S %e", r) == "[][] -1 -1 -1\n")
        #expect(try render("%v\\x00", record) == "v1\0\n")
        #expect(throws: ToolError.usage("Unsupported token '%z' in --format '%z'")) {
            try RecordOutputFormat.parse("%z")
        }
    }

    @Test func jsonLines() throws {
        #expect(
            try render("json", record)
                == #"{"topic":"orders","partition":3,"offset":42,"timestamp":1729820000000,"timestampType":"CreateTime","leaderEpoch":5,"key":"k1","value":"v1","headers":[{"key":"h1","value":"x"},{"key":"h2","value":null}]}"#
                + "\n")
        var r = record
        r.key = nil
        r.value = ByteBuffer(bytes: [0xFF, 0x00, 0x41])
        r.headers = [RecordHeader(key: "b", value: ByteBuffer(bytes: [0xC3, 0x28]))]
        r.leaderEpoch = nil
        r.timestampType = .logAppendTime
        #expect(
            try render("json", r)
                == #"{"topic":"orders","partition":3,"offset":42,"timestamp":1729820000000,"timestampType":"LogAppendTime","key":null,"value":"/wBB","valueEncoding":"base64","headers":[{"key":"b","value":"wyg=","encoding":"base64"}]}"#
                + "\n")
        r.value = Self.buffer("é \"q\"\n\u{1}😀")
        r.headers = []
        #expect(try render("json", r).contains(#""value":"é \"q\"\n\u0001😀","headers":[]}"#))
    }

    @Test func utf8ValidationRejectsMalformedSequences() {
        func valid(_ bytes: [UInt8]) -> Bool {
            var out: [UInt8] = []
            return bytes.withUnsafeBytes { RecordJSON.appendEscapedUTF8($0, to: &out) }
        }
        #expect(valid(Array("ascii é 中 😀".utf8)))
        #expect(!valid([0xC0, 0x80]))  // overlong
        #expect(!valid([0xED, 0xA0, 0x80]))  // surrogate
        #expect(!valid([0xF4, 0x90, 0x80, 0x80]))  // above U+10FFFF
        #expect(!valid([0xE4, 0xB8]))  // truncated
        #expect(!valid([0x80]))
    }

    // MARK: Options

    func consumer(_ edit: (inout ConsoleConsumerOptions) -> Void = { _ in }) -> ConsoleConsumerOptions {
        var o = ConsoleConsumerOptions()
        o.bootstrapServer = "localhost:9092"
        o.topic = "t"
        edit(&o)
        return o
    }

    func fails(_ o: ConsoleConsumerOptions, _ e: ToolError) {
        #expect(throws: e) { try o.validate(randomGroupSuffix: { 7 }) }
    }

    @Test func consumerRefusalsInKafkasOrder() {
        fails(
            consumer { $0.topic = nil },
            .usage("Exactly one of the following arguments is required: [topic], [include]"))
        fails(
            consumer { $0.include = "x.*" },
            .usage("Exactly one of the following arguments is required: [topic], [include]"))
        fails(
            consumer {
                $0.topic = nil; $0.include = "x"; $0.partition = 0
            }, .usage("The topic is required when partition is specified."))
        fails(
            consumer {
                $0.partition = 0; $0.offset = "5"; $0.fromBeginning = true
            },
            .usage("Options from-beginning and offset cannot be specified together."))
        fails(consumer { $0.offset = "5" }, .usage("The partition is required when offset is specified."))
        fails(consumer { $0.offset = "earliest" }, .usage("The partition is required when offset is specified."))
        fails(consumer { $0.bootstrapServer = nil }, .usage("Missing required argument \"[bootstrap-server]\""))
        fails(
            consumer {
                $0.consumerProperty = ["a=b"]; $0.commandProperty = ["a=c"]
            },
            .usage("Options --consumer-property and --command-property cannot be specified together."))
        fails(
            consumer {
                $0.consumerConfig = "a"; $0.commandConfig = "b"
            },
            .usage("Options --consumer.config and --command-config cannot be specified together."))
        fails(
            consumer {
                $0.group = "g1"; $0.consumerProperty = ["group.id=g2"]
            },
            .usage(
                "The group ids provided in different places (directly using '--group', via '--consumer-property', or via '--consumer.config') do not match. Detected group ids: 'g1', 'g2'"
            ))
        fails(
            consumer {
                $0.group = "g"; $0.partition = 1
            }, .usage("Options group and partition cannot be specified together."))
        fails(
            consumer {
                $0.fromBeginning = true; $0.consumerProperty = ["auto.offset.reset=latest"]
            },
            .failure(
                "Can't simultaneously specify --from-beginning and 'auto.offset.reset=latest', please remove one option"
            ))
        fails(
            consumer {
                $0.partition = 0; $0.offset = "soon"
            },
            .usage(
                "The provided offset value 'soon' is incorrect. Valid values are 'earliest', 'latest', or a non-negative long."
            ))
        fails(
            consumer { $0.isolationLevel = "dirty" },
            .failure(
                "Invalid value dirty for configuration isolation.level: String must be one of: read_committed, read_uncommitted"
            ))
        fails(
            consumer {
                $0.property = ["print.key=true"]; $0.formatterProperty = ["print.key=true"]
            },
            .usage("Options --property and --formatter-property cannot be specified together."))
        fails(consumer { $0.formatter = "com.example.Fancy" }, .usage("Unsupported formatter class com.example.Fancy"))
        fails(
            consumer {
                $0.format = "json"; $0.property = ["print.key=true"]
            },
            .usage("Option --format cannot be used with --formatter, --property or --formatter-property."))
    }

    @Test func consumerConfigurationAsKafkaBuildsIt() throws {
        let command = try consumer().validate(randomGroupSuffix: { 4242 })
        #expect(
            command.consumerProperties.pairs.map { "\($0.key)=\($0.value)" } == [
                "auto.offset.reset=latest", "bootstrap.servers=localhost:9092", "client.id=console-consumer",
                "isolation.level=read_uncommitted", "group.id=console-consumer-4242", "enable.auto.commit=false",
            ])
        #expect(command.generatedGroup)
        #expect(command.start == .committed(reset: .latest))
        #expect(command.stop == nil && command.maxMessages == nil && command.timeoutMs == nil)
        #expect(command.output == .kafka(DefaultMessageFormatter()))

        let grouped = try consumer {
            $0.group = "g"
            $0.fromBeginning = true
            $0.isolationLevel = "read_committed"
            $0.maxMessages = 10
            $0.timeoutMs = -5
        }.validate(consumerConfigFile: KeyValueArguments(["group.id": "g", "client.id": "mine"]))
        #expect(grouped.groupId == "g" && !grouped.generatedGroup)
        #expect(grouped.consumerProperties["enable.auto.commit"] == nil)
        #expect(grouped.consumerProperties["client.id"] == "mine")
        #expect(grouped.consumerProperties["auto.offset.reset"] == "earliest")
        #expect(grouped.start == .committed(reset: .earliest))
        #expect(grouped.isolationLevel == .readCommitted)
        #expect(grouped.maxMessages == 10)
        #expect(grouped.timeoutMs == nil)

        let assigned = try consumer {
            $0.partition = 2; $0.fromBeginning = true; $0.exitAtEnd = true
        }.validate()
        #expect(assigned.partition == 2 && assigned.start == .earliest && assigned.stop == .endOffsetsAtStart)
        #expect(try consumer { $0.partition = 2 }.validate().start == .latest)
        #expect(
            try consumer {
                $0.partition = 2; $0.offset = "7"
            }.validate().start == .offset(7))
        #expect(
            try consumer {
                $0.include = "a|b"; $0.topic = nil
            }.validate().subscription == .pattern("a|b"))

        let formatted = try consumer {
            $0.property = ["print.key=true"]
            $0.keyDeserializer = "org.apache.kafka.common.serialization.ByteArrayDeserializer"
        }.validate(formatterConfigFile: KeyValueArguments(["print.offset": "true", "print.key": "false"]))
        var expected = DefaultMessageFormatter()
        expected.printKey = true
        expected.printOffset = true
        #expect(formatted.output == .kafka(expected))
        #expect(try consumer { $0.format = "json" }.validate().output == .json)
        #expect(
            try consumer { $0.formatter = "org.apache.kafka.tools.consumer.NoOpMessageFormatter" }.validate().output
                == .discard)
    }

    @Test func offsetRanges() throws {
        func spec(_ s: String) throws -> ConsumerOffsetSpec { try ConsumerOffsetSpec.parse(s) }
        #expect(try spec("earliest") == ConsumerOffsetSpec(start: .earliest, stop: nil, isKafkaForm: true))
        #expect(try spec("LATEST") == ConsumerOffsetSpec(start: .latest, stop: nil, isKafkaForm: true))
        #expect(try spec("12") == ConsumerOffsetSpec(start: .offset(12), stop: nil, isKafkaForm: true))
        #expect(try spec("-10") == ConsumerOffsetSpec(start: .beforeEnd(10), stop: nil, isKafkaForm: false))
        #expect(try spec("5:9") == ConsumerOffsetSpec(start: .offset(5), stop: .offset(9), isKafkaForm: false))
        #expect(
            try spec("5:end") == ConsumerOffsetSpec(start: .offset(5), stop: .endOffsetsAtStart, isKafkaForm: false))
        #expect(try spec(":end") == ConsumerOffsetSpec(start: .earliest, stop: .endOffsetsAtStart, isKafkaForm: false))
        #expect(
            try spec("-3:end") == ConsumerOffsetSpec(start: .beforeEnd(3), stop: .endOffsetsAtStart, isKafkaForm: false)
        )
        #expect(
            try spec("@1700000000000")
                == ConsumerOffsetSpec(start: .timestamp(1_700_000_000_000), stop: nil, isKafkaForm: false))
        #expect(
            try spec("@2024-10-25:@2024-10-26")
                == ConsumerOffsetSpec(
                    start: .timestamp(1_729_814_400_000), stop: .timestamp(1_729_900_800_000), isKafkaForm: false))
        #expect(
            try spec("@2024-10-25T01:00:00Z:end")
                == ConsumerOffsetSpec(
                    start: .timestamp(1_729_818_000_000), stop: .endOffsetsAtStart, isKafkaForm: false))
        #expect(
            try spec("@1000:2000")
                == ConsumerOffsetSpec(start: .timestamp(1000), stop: .timestamp(2000), isKafkaForm: false))
        for bad in ["soon", "5:", "a:b", "@yesterday", "5:-1", "-"] {
            #expect(throws: ToolError.self, "\(bad)") { try spec(bad) }
        }
        // Extended forms need no --partition; they still exclude --from-beginning.
        let ranged = try consumer { $0.offset = "10:20" }.validate()
        #expect(ranged.start == .offset(10) && ranged.stop == .offset(20))
        fails(
            consumer {
                $0.offset = "-5"; $0.fromBeginning = true
            },
            .usage("Options from-beginning and offset cannot be specified together."))
    }

    @Test func isoTimestamps() {
        let t = ConsumerOffsetSpec.parseTimestamp
        #expect(t("1970-01-01") == 0)
        #expect(t("1970-01-01T00:00:01.5") == 1500)
        #expect(t("1970-01-01T01:00:00+01:00") == 0)
        #expect(t("1969-12-31T23:59:59Z") == -1000)
        #expect(t("2000-02-29T12:34:56.789Z") == 951_827_696_789)
        #expect(t("2024-13-01") == nil)
        #expect(t("2024-01-01T25:00") == nil)
    }
}
