import NIOCore

/// Kafka's `DefaultMessageFormatter`: the properties of `console-consumer --property` and the
/// line it writes for each record, byte for byte.
///
/// Fields in Kafka's fixed order, each followed by `key.separator` when another field follows
/// and by `line.separator` after the last one: `CreateTime:<ts>` (or `LogAppendTime:`,
/// `NO_TIMESTAMP`), `Partition:<p>`, `Offset:<o>`, `Delivery:<n>`, `Epoch:<e>`, the headers
/// (`k:v` joined by `headers.separator`, or `NO_HEADERS`), the key, the value. A null key, value
/// or header value prints as `null.literal`. When nothing is printed, nothing is written.
package struct DefaultMessageFormatter: Sendable, Equatable {
    package var printTimestamp = false
    package var printKey = false
    package var printValue = true
    package var printPartition = false
    package var printOffset = false
    package var printDelivery = false
    package var printEpoch = false
    package var printHeaders = false
    package var keySeparator: [UInt8] = [0x09]
    package var lineSeparator: [UInt8] = [0x0A]
    package var headersSeparator: [UInt8] = [UInt8(ascii: ",")]
    package var nullLiteral: [UInt8] = Array("null".utf8)

    package init() {}

    /// Kafka's `configure`: only the properties present change a default; booleans are true
    /// exactly when `trim().equalsIgnoreCase("true")`. Deserializer properties are refused:
    /// keys, values and header values are printed as their bytes.
    package init(properties: KeyValueArguments) throws(ToolError) {
        self.init()
        func flag(_ name: String, _ target: inout Bool) {
            if let v = properties[name] { target = javaBooleanProperty(v) }
        }
        flag("print.timestamp", &printTimestamp)
        flag("print.key", &printKey)
        flag("print.offset", &printOffset)
        flag("print.delivery", &printDelivery)
        flag("print.epoch", &printEpoch)
        flag("print.partition", &printPartition)
        flag("print.headers", &printHeaders)
        flag("print.value", &printValue)
        if let v = properties["key.separator"] { keySeparator = Array(v.utf8) }
        if let v = properties["line.separator"] { lineSeparator = Array(v.utf8) }
        if let v = properties["headers.separator"] { headersSeparator = Array(v.utf8) }
        if let v = properties["null.literal"] { nullLiteral = Array(v.utf8) }
        for name in ["key.deserializer", "value.deserializer", "headers.deserializer"] {
            if let className = properties[name], !ConsoleDeserializer.isByteArray(className) {
                throw .usage(
                    "Unsupported \(name) \(className): swkafka prints keys, values and headers as their bytes")
            }
        }
    }

    /// Appends the record's text to `out`.
    package func write(_ record: ConsumedRecord, to out: inout [UInt8]) {
        if printTimestamp {
            switch record.timestampType {
            case .createTime?:
                out.append(contentsOf: Self.createTime)
                out.appendDecimal(record.timestamp)
            case .logAppendTime?:
                out.append(contentsOf: Self.logAppendTime)
                out.appendDecimal(record.timestamp)
            case nil:
                out.append(contentsOf: Self.noTimestamp)
            }
            separator(
                printPartition || printOffset || printDelivery || printEpoch || printHeaders || printKey || printValue,
                &out)
        }
        if printPartition {
            out.append(contentsOf: Self.partitionLabel)
            out.appendDecimal(record.partition)
            separator(printOffset || printDelivery || printEpoch || printHeaders || printKey || printValue, &out)
        }
        if printOffset {
            out.append(contentsOf: Self.offsetLabel)
            out.appendDecimal(record.offset)
            separator(printDelivery || printEpoch || printHeaders || printKey || printValue, &out)
        }
        if printDelivery {
            out.append(contentsOf: Self.deliveryLabel)
            if let count = record.deliveryCount { out.appendDecimal(count) } else { out.append(contentsOf: Self.none) }
            separator(printEpoch || printHeaders || printKey || printValue, &out)
        }
        if printEpoch {
            out.append(contentsOf: Self.epochLabel)
            if let epoch = record.leaderEpoch {
                out.appendDecimal(epoch)
            } else {
                out.append(contentsOf: Self.notPresent)
            }
            separator(printHeaders || printKey || printValue, &out)
        }
        if printHeaders {
            if record.headers.isEmpty {
                out.append(contentsOf: Self.noHeaders)
            } else {
                for (i, header) in record.headers.enumerated() {
                    if i > 0 { out.append(contentsOf: headersSeparator) }
                    out.append(contentsOf: header.key.utf8)
                    out.append(UInt8(ascii: ":"))
                    nullable(header.value, &out)
                }
            }
            separator(printKey || printValue, &out)
        }
        if printKey {
            nullable(record.key, &out)
            separator(printValue, &out)
        }
        if printValue {
            nullable(record.value, &out)
            out.append(contentsOf: lineSeparator)
        }
    }

    @inline(__always)
    private func separator(_ column: Bool, _ out: inout [UInt8]) {
        out.append(contentsOf: column ? keySeparator : lineSeparator)
    }

    @inline(__always)
    private func nullable(_ bytes: ByteBuffer?, _ out: inout [UInt8]) {
        if let bytes { out.append(bytes) } else { out.append(contentsOf: nullLiteral) }
    }

    private static let createTime = Array("CreateTime:".utf8)
    private static let logAppendTime = Array("LogAppendTime:".utf8)
    private static let noTimestamp = Array("NO_TIMESTAMP".utf8)
    private static let partitionLabel = Array("Partition:".utf8)
    private static let offsetLabel = Array("Offset:".utf8)
    private static let deliveryLabel = Array("Delivery:".utf8)
    private static let none = Array("NONE".utf8)
    private static let epochLabel = Array("Epoch:".utf8)
    private static let notPresent = Array("NOT_PRESENT".utf8)
    private static let noHeaders = Array("NO_HEADERS".utf8)
}

/// The deserializer class names `console-consumer` accepts: those that print the bytes as
/// they are (Kafka's default for the formatter is no deserializer at all).
package enum ConsoleDeserializer {
    static let byteArrayClasses: Set<String> = [
        "org.apache.kafka.common.serialization.ByteArrayDeserializer",
        "org.apache.kafka.common.serialization.StringDeserializer",
        "org.apache.kafka.common.serialization.BytesDeserializer",
    ]

    package static func isByteArray(_ className: String) -> Bool { byteArrayClasses.contains(className) }
}
