import NIOCore

/// A key or payload as a parser renders it: text, which `--format json` embeds as a JSON string,
/// or JSON, which it embeds as is.
struct DecodedText: Equatable {
    var text: String
    var isJSON = false
}

extension DumpLogRecordParser {
    /// Kafka's `MessageParser.parse`: the key and payload to print for a record, nil for "not
    /// printed". Where Kafka's parser would throw (and end the whole dump), the failure is
    /// described in the key's place instead, in the words Kafka's parsers use for the failures
    /// they do catch.
    func parse(_ record: Record) -> (key: DecodedText?, payload: DecodedText?) {
        switch self {
        case .decoders(let keyDecoder, let valueDecoder):
            return (
                record.key.map { keyDecoder.decode($0, offset: record.offset) },
                record.value.map { valueDecoder.decode($0, offset: record.offset) }
            )
        case .offsets:
            return OffsetsTopicParser.parse(record)
        case .transactionLog:
            return TransactionLogParser.parse(record)
        case .clusterMetadata:
            return (nil, ClusterMetadataParser.parse(record))
        }
    }
}

extension DumpLogDecoder {
    /// Kafka's `Decoder.fromBytes`, as the text it prints.
    func decode(_ bytes: ByteBuffer, offset: Int64) -> DecodedText {
        switch self {
        case .string:
            return DecodedText(text: String(decoding: bytes.readableBytesView, as: UTF8.self))
        case .integer:
            guard let value = bytes.getInteger(at: bytes.readerIndex, as: Int32.self) else {
                return DecodedText(text: Self.underflow(offset: offset, needed: 4, found: bytes.readableBytes))
            }
            return DecodedText(text: String(value))
        case .long:
            guard let value = bytes.getInteger(at: bytes.readerIndex, as: Int64.self) else {
                return DecodedText(text: Self.underflow(offset: offset, needed: 8, found: bytes.readableBytes))
            }
            return DecodedText(text: String(value))
        case .bytes:
            var out: [UInt8] = []
            bytes.withUnsafeReadableBytes { Base64Encoding.encode($0, into: &out) }
            return DecodedText(text: String(decoding: out, as: UTF8.self))
        }
    }

    private static func underflow(offset: Int64, needed: Int, found: Int) -> String {
        "Error at offset \(offset), skipping. \(found) bytes cannot be decoded as a \(needed)-byte number"
    }
}

/// Kafka's `OffsetsMessageParser` (`--offsets-decoder`): `__consumer_offsets` records through the
/// group coordinator's record serde. The key's leading int16 is the record type (0 and 1: offset
/// commit, 2: group metadata); the value's is its version. Keys print as
/// `{"type":"1","data":{…}}`, values as `{"version":"3","data":{…}}`, tombstones as `<DELETE>`.
/// A group's member subscriptions and assignments are decoded when its protocol type is
/// `consumer`, as Kafka does.
enum OffsetsTopicParser {
    struct Failure: Error {
        var message: String
    }

    static func parse(_ record: Record) -> (key: DecodedText?, payload: DecodedText?) {
        guard let keyBytes = record.key else {
            return (
                DecodedText(
                    text: "Failed to decode message at offset \(record.offset) using offset topic decoder"
                        + " (message had a missing key)"), nil
            )
        }
        do throws(Failure) {
            var key = keyBytes
            guard let recordType = key.readInteger(as: Int16.self) else {
                throw Failure(message: "Could not read version from key's buffer.")
            }
            let keyJSON: String
            switch recordType {
            case 0, 1:
                let message = try read(OffsetCommitKey.self, from: &key, version: recordType, what: "key")
                keyJSON = message.jsonString(version: recordType)
            case 2:
                let message = try read(GroupMetadataKey.self, from: &key, version: recordType, what: "key")
                keyJSON = message.jsonString(version: recordType)
            default:
                return (
                    DecodedText(text: "Unknown record type \(recordType) at offset \(record.offset), skipping."), nil
                )
            }
            let keyText = DecodedText(text: "{\"type\":\"\(recordType)\",\"data\":\(keyJSON)}", isJSON: true)
            guard var value = record.value else { return (keyText, DecodedText(text: "<DELETE>")) }
            guard let version = value.readInteger(as: Int16.self) else {
                throw Failure(message: "Could not read version from value's buffer.")
            }
            let valueJSON: String
            if recordType == 2 {
                let message = try read(GroupMetadataValue.self, from: &value, version: version, what: "value")
                valueJSON = groupMetadataJSON(message, version: version)
            } else {
                let message = try read(OffsetCommitValue.self, from: &value, version: version, what: "value")
                valueJSON = message.jsonString(version: version)
            }
            return (keyText, DecodedText(text: "{\"version\":\"\(version)\",\"data\":\(valueJSON)}", isJSON: true))
        } catch {
            return (DecodedText(text: "Error at offset \(record.offset), skipping. \(error.message)"), nil)
        }
    }

    private static func read<M: KafkaMessage>(
        _ type: M.Type, from buffer: inout ByteBuffer, version: Int16, what: String
    ) throws(Failure) -> M {
        do {
            return try M(from: &buffer, version: version)
        } catch {
            throw Failure(
                message: "Could not read record with version \(version) from \(what)'s buffer due to: \(error).")
        }
    }

    /// `GroupMetadataValueJsonConverter.write`, with each member's `subscription` and `assignment`
    /// replaced by their decoded JSON when the group uses the consumer protocol and the bytes decode
    /// (otherwise they stay base64). Both are the last fields of a member, and `members` the last of
    /// the group, in every version, so the generated JSON is completed at its end.
    static func groupMetadataJSON(_ group: GroupMetadataValue, version: Int16) -> String {
        guard group.protocolType == "consumer" else { return group.jsonString(version: version) }
        var shell = group
        shell.members = []
        let groupJSON = shell.jsonString(version: version)
        var members: [String] = []
        for member in group.members {
            var bare = member
            bare.subscription = ByteBuffer()
            bare.assignment = ByteBuffer()
            let memberJSON = bare.jsonString(version: version)
            let emptyTail = "\"subscription\":\"\",\"assignment\":\"\"}"
            guard memberJSON.hasSuffix(emptyTail) else {
                members.append(member.jsonString(version: version))
                continue
            }
            let subscription = embedded(member.subscription) { (buffer, version) throws(KafkaProtocolError) in
                try ConsumerProtocolSubscription(from: &buffer, version: version).jsonString(version: version)
            }
            let assignment = embedded(member.assignment) { (buffer, version) throws(KafkaProtocolError) in
                try ConsumerProtocolAssignment(from: &buffer, version: version).jsonString(version: version)
            }
            members.append(
                String(memberJSON.dropLast(emptyTail.count))
                    + "\"subscription\":\(subscription),\"assignment\":\(assignment)}")
        }
        let emptyMembers = "[]}"
        guard groupJSON.hasSuffix(emptyMembers) else { return group.jsonString(version: version) }
        return String(groupJSON.dropLast(emptyMembers.count)) + "[" + members.joined(separator: ",") + "]}"
    }

    /// Version-prefixed bytes decoded to JSON, or the bytes as a base64 JSON string when they do
    /// not decode (Kafka keeps the original bytes then).
    private static func embedded(
        _ bytes: ByteBuffer, _ decode: (inout ByteBuffer, Int16) throws(KafkaProtocolError) -> String
    ) -> String {
        var buffer = bytes
        if let version = buffer.readInteger(as: Int16.self), let json = try? decode(&buffer, version) {
            return json
        }
        var json = KafkaJSONWriter()
        json.base64(bytes)
        return json.text
    }
}

/// Kafka's `TransactionLogMessageParser` (`--transaction-log-decoder`, `TransactionLog.formatRecordKeyAndValue`):
/// `transaction_metadata::transactionalId=<id>` and
/// `producerId:…,producerEpoch:…,state=…,partitions=[…],txnLastUpdateTimestamp=…,txnTimeoutMs=…`.
enum TransactionLogParser {
    /// Kafka's `TransactionState` names, by id.
    static let stateNames = [
        "Empty", "Ongoing", "PrepareCommit", "PrepareAbort", "CompleteCommit", "CompleteAbort", "Dead",
        "PrepareEpochFence",
    ]

    static func parse(_ record: Record) -> (key: DecodedText?, payload: DecodedText?) {
        func failure(_ message: String) -> (key: DecodedText?, payload: DecodedText?) {
            (DecodedText(text: "Error at offset \(record.offset), skipping. \(message)"), nil)
        }
        guard var key = record.key else { return failure("The record has no key.") }
        guard let keyVersion = key.readInteger(as: Int16.self) else {
            return failure("Could not read version from key's buffer.")
        }
        guard TransactionLogKey.validVersions.contains(keyVersion) else {
            return (DecodedText(text: "unknown::version=\(keyVersion)"), nil)
        }
        let transactionalId: String
        do {
            transactionalId = try TransactionLogKey(from: &key, version: keyVersion).transactionalId
        } catch {
            return failure("Could not read record with version \(keyVersion) from key's buffer due to: \(error).")
        }
        let keyText = DecodedText(text: "transaction_metadata::transactionalId=\(transactionalId)")
        guard var value = record.value else { return (keyText, DecodedText(text: "<DELETE>")) }
        guard let version = value.readInteger(as: Int16.self), TransactionLogValue.validVersions.contains(version)
        else {
            let version = record.value?.getInteger(at: record.value?.readerIndex ?? 0, as: Int16.self)
            return failure(
                "Unknown version \(version.map(String.init) ?? "(none)") from the transaction log message value")
        }
        let metadata: TransactionLogValue
        do {
            metadata = try TransactionLogValue(from: &value, version: version)
        } catch {
            return failure("Could not read record with version \(version) from value's buffer due to: \(error).")
        }
        let status = Int(metadata.transactionStatus)
        guard stateNames.indices.contains(status) else {
            return failure("Unknown transaction state id \(status)")
        }
        var partitions: [String] = []
        if status != 0 {
            var seen = Set<String>()
            for topic in metadata.transactionPartitions ?? [] {
                for partition in topic.partitionIds {
                    let name = "\(topic.topic)-\(partition)"
                    if seen.insert(name).inserted { partitions.append(name) }
                }
            }
        }
        let payload =
            "producerId:\(metadata.producerId),producerEpoch:\(metadata.producerEpoch),state=\(stateNames[status]),"
            + "partitions=[\(partitions.joined(separator: ","))],"
            + "txnLastUpdateTimestamp=\(metadata.transactionLastUpdateTimestampMs),"
            + "txnTimeoutMs=\(metadata.transactionTimeoutMs)"
        return (keyText, DecodedText(text: payload))
    }
}

/// Kafka's `ClusterMetadataLogMessageParser` (`--cluster-metadata-decoder`): each value is a
/// metadata record framed by `MetadataRecordSerde` (unsigned varints frame version 1, record type,
/// version; then the record), printed as `{"type":"TOPIC_RECORD","version":0,"data":{…}}`.
/// There is no key.
enum ClusterMetadataParser {
    struct Failure: Error {
        var message: String
    }

    static let frameVersion: Int16 = 1

    static func parse(_ record: Record) -> DecodedText {
        do throws(Failure) {
            return DecodedText(text: try decode(record.value), isJSON: true)
        } catch {
            return DecodedText(text: "Error at \(record.offset), skipping. \(error.message)")
        }
    }

    static func decode(_ value: ByteBuffer?) throws(Failure) -> String {
        guard var buffer = value else { throw Failure(message: "The record has no value.") }
        let frame = try readShort(&buffer, "frame version")
        if frame == 0 {
            throw Failure(
                message: "Could not deserialize metadata record with frame version 0. Note that upgrades from"
                    + " the preview release of KRaft in 2.8 to newer versions are not supported.")
        }
        guard frame == frameVersion else {
            throw Failure(
                message: "Could not deserialize metadata record due to unknown frame version \(frame)"
                    + "(only frame version \(frameVersion) is supported)")
        }
        let apiKey = try readShort(&buffer, "type")
        let version = try readShort(&buffer, "version")
        guard let type = MetadataRecordType(rawValue: apiKey) else {
            throw Failure(message: "Unknown metadata id \(apiKey)")
        }
        let message: any KafkaMessage
        do {
            message = try type.recordType.init(from: &buffer, version: version)
        } catch {
            throw Failure(message: "Failed to deserialize record with type \(apiKey): \(error)")
        }
        if buffer.readableBytes > 0 {
            throw Failure(message: "Found \(buffer.readableBytes) byte(s) of garbage after \(apiKey)")
        }
        guard let convertible = message as? any KafkaJSONConvertible else {
            throw Failure(message: "No JSON form for \(type.name)")
        }
        var json = KafkaJSONWriter()
        json.beginObject()
        json.key("type")
        json.string(enumConstantName(type.name))
        json.key("version")
        json.integer(version)
        json.key("data")
        convertible.writeJSON(to: &json, version: version)
        json.endObject()
        return json.text
    }

    /// Kafka's `AbstractApiMessageSerde.unsignedIntToShort`.
    private static func readShort(_ buffer: inout ByteBuffer, _ entity: String) throws(Failure) -> Int16 {
        let value: UInt32
        do {
            value = try buffer.readUnsignedVarint()
        } catch {
            throw Failure(message: "Error while reading \(entity)")
        }
        guard value <= UInt32(Int16.max) else { throw Failure(message: "Value for \(entity) was too large.") }
        return Int16(value)
    }

    /// The Java enum constant Kafka's generator makes from a record name (`MessageGenerator.toSnakeCase`,
    /// upper-cased): `TopicRecord` → `TOPIC_RECORD`.
    static func enumConstantName(_ name: String) -> String {
        var out = ""
        var previousWasCapital = true
        for c in name {
            if c.isUppercase {
                if !previousWasCapital { out.append("_") }
                out.append(c)
                previousWasCapital = true
            } else {
                out += c.uppercased()
                previousWasCapital = false
            }
        }
        return out
    }
}
