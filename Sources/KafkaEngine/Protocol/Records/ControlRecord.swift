import NIOCore

/// The type of a control record (the only record of a control batch), from its key. Kafka's
/// `ControlRecordType`; ids it does not define read back as themselves (Kafka's UNKNOWN), which
/// consumers skip.
package struct ControlRecordType: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    package var rawValue: Int16

    package init(rawValue: Int16) {
        self.rawValue = rawValue
    }

    /// Ends a transaction, discarding its records (an end-transaction marker).
    package static let abort = ControlRecordType(rawValue: 0)
    /// Ends a transaction, exposing its records (an end-transaction marker).
    package static let commit = ControlRecordType(rawValue: 1)
    /// KRaft: a new leader for an epoch (value: `LeaderChangeMessage`).
    package static let leaderChange = ControlRecordType(rawValue: 2)
    /// KRaft: first record of a snapshot (value: `SnapshotHeaderRecord`).
    package static let snapshotHeader = ControlRecordType(rawValue: 3)
    /// KRaft: last record of a snapshot (value: `SnapshotFooterRecord`).
    package static let snapshotFooter = ControlRecordType(rawValue: 4)
    /// KRaft membership: the kraft.version feature level (value: `KRaftVersionRecord`).
    package static let kraftVersion = ControlRecordType(rawValue: 5)
    /// KRaft membership: the voter set (value: `VotersRecord`).
    package static let kraftVoters = ControlRecordType(rawValue: 6)

    /// Whether Kafka defines this type (0...6).
    package var isKnown: Bool { (0...6).contains(self.rawValue) }

    /// Kafka's enum names (ABORT, COMMIT, ...), UNKNOWN otherwise.
    package var description: String {
        switch self.rawValue {
        case 0: "ABORT"
        case 1: "COMMIT"
        case 2: "LEADER_CHANGE"
        case 3: "SNAPSHOT_HEADER"
        case 4: "SNAPSHOT_FOOTER"
        case 5: "KRAFT_VERSION"
        case 6: "KRAFT_VOTERS"
        default: "UNKNOWN"
        }
    }
}

/// The key of a control record: `version int16 | type int16` (Kafka's version-prefixed
/// `ControlRecordTypeSchema`, version 0). Newer versions may append fields; they are read as
/// version 0, as Kafka does.
package struct ControlRecordKey: Equatable, Sendable {
    package static let currentVersion: Int16 = 0
    /// Bytes of a version 0 key.
    package static let size = 4

    package var version: Int16
    package var type: ControlRecordType

    package init(type: ControlRecordType, version: Int16 = Self.currentVersion) {
        self.version = version
        self.type = type
    }

    /// Kafka's `ControlRecordType.parseTypeId`: a negative version is corruption; higher versions
    /// are read as the current one.
    package init(parsing key: ByteBuffer?) throws(RecordBatchError) {
        guard let key else { throw .invalidRecord("Control record has a null key") }
        let start = key.readerIndex
        guard key.readableBytes >= Self.size,
            let version = key.getInteger(at: start, as: Int16.self),
            let type = key.getInteger(at: start + 2, as: Int16.self)
        else {
            throw .invalidRecord(
                "Invalid value size found for end control record key. Must have at least \(Self.size) bytes, but found only \(key.readableBytes)"
            )
        }
        guard version >= 0 else {
            throw .invalidRecord("Invalid version found for control record: \(version). May indicate data corruption")
        }
        self.init(type: ControlRecordType(rawValue: type), version: version)
    }

    package func write(to buffer: inout ByteBuffer) {
        buffer.writeInteger(self.version)
        buffer.writeInteger(self.type.rawValue)
    }

    package var encoded: ByteBuffer {
        var buffer = ByteBuffer()
        buffer.reserveCapacity(Self.size)
        self.write(to: &buffer)
        return buffer
    }
}

/// The control record that ends a transaction on a partition (Kafka's `EndTransactionMarker`):
/// key `ControlRecordKey` of type ABORT or COMMIT, value `version int16 | coordinatorEpoch int32`.
package struct EndTransactionMarker: Equatable, Sendable {
    /// ABORT or COMMIT (Kafka's `TransactionResult`).
    package enum Result: Sendable, Equatable {
        case abort
        case commit
    }

    package static let currentVersion: Int16 = 0
    /// Bytes of a version 0 value.
    package static let valueSize = 6

    package var result: Result
    package var coordinatorEpoch: Int32

    package init(_ result: Result, coordinatorEpoch: Int32) {
        self.result = result
        self.coordinatorEpoch = coordinatorEpoch
    }

    package var controlType: ControlRecordType { self.result == .commit ? .commit : .abort }

    /// Kafka's `EndTransactionMarker.deserialize`: the record must be an ABORT or COMMIT control
    /// record with a value of at least 6 bytes and a non-negative version; higher versions are read
    /// as version 0.
    package init(record: Record) throws(RecordBatchError) {
        let key = try ControlRecordKey(parsing: record.key)
        let result: Result
        switch key.type {
        case .abort: result = .abort
        case .commit: result = .commit
        default:
            throw .invalidRecord("Invalid control record type for end transaction marker: \(key.type)")
        }
        guard let value = record.value,
            value.readableBytes >= Self.valueSize,
            let version = value.getInteger(at: value.readerIndex, as: Int16.self),
            let epoch = value.getInteger(at: value.readerIndex + 2, as: Int32.self)
        else {
            throw .invalidRecord(
                "Invalid value size found for end transaction marker. Must have at least \(Self.valueSize) bytes, but found only \(record.value?.readableBytes ?? 0)"
            )
        }
        guard version >= 0 else {
            throw .invalidRecord("Invalid version found for end transaction marker: \(version). May indicate data corruption")
        }
        self.init(result, coordinatorEpoch: epoch)
    }

    /// Kafka's `serializeValue()`.
    package var encodedValue: ByteBuffer {
        var buffer = ByteBuffer()
        buffer.reserveCapacity(Self.valueSize)
        buffer.writeInteger(Self.currentVersion)
        buffer.writeInteger(self.coordinatorEpoch)
        return buffer
    }
}
