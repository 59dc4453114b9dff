/// How far a fetch may read (Kafka's `FetchIsolation`): followers read to the log end offset,
/// consumers to the high watermark, `read_committed` consumers to the last stable offset.
package enum FetchIsolation: Sendable, Equatable {
    case logEnd
    case highWatermark
    case committed
}

/// What a read found (Kafka's `FetchDataInfo`): where the fetch starts, the records as a slice of
/// one segment's file (nil when there is nothing to return), whether the slice cuts the first
/// batch short (`maxLength` below its size and `minOneMessage` off), and for `.committed` reads the
/// aborted transactions overlapping the records.
package struct FetchDataInfo: Sendable, Equatable {
    package var fetchOffsetMetadata: LogOffsetMetadata
    package var records: FileSlice?
    package var firstEntryIncomplete: Bool
    package var abortedTransactions: [AbortedTxn]?

    package init(
        fetchOffsetMetadata: LogOffsetMetadata, records: FileSlice? = nil, firstEntryIncomplete: Bool = false,
        abortedTransactions: [AbortedTxn]? = nil
    ) {
        self.fetchOffsetMetadata = fetchOffsetMetadata
        self.records = records
        self.firstEntryIncomplete = firstEntryIncomplete
        self.abortedTransactions = abortedTransactions
    }

    /// Bytes of records returned.
    package var sizeInBytes: Int { records?.length ?? 0 }
}

/// A batch found in a segment (Kafka's `LogOffsetPosition`): its last offset, where it starts and
/// its size.
package struct LogOffsetPosition: Sendable, Equatable {
    package var offset: Int64
    package var position: Int
    package var size: Int
}

/// A record found by timestamp (Kafka's `FileRecords.TimestampAndOffset`), with the leader epoch of
/// its batch when known.
package struct TimestampAndOffset: Sendable, Equatable, CustomStringConvertible {
    package var timestamp: Int64
    package var offset: Int64
    package var leaderEpoch: Int32?

    package init(timestamp: Int64, offset: Int64, leaderEpoch: Int32?) {
        self.timestamp = timestamp
        self.offset = offset
        self.leaderEpoch = leaderEpoch
    }

    package var description: String {
        "TimestampAndOffset(timestamp=\(timestamp), offset=\(offset), leaderEpoch=\(leaderEpoch.map(String.init) ?? "none"))"
    }
}

/// The special timestamps of ListOffsets (Kafka's `ListOffsetsRequest` constants).
package enum ListOffsetsTimestamp {
    package static let latest: Int64 = -1
    package static let earliest: Int64 = -2
    package static let maxTimestamp: Int64 = -3
    package static let earliestLocal: Int64 = -4
    package static let latestTiered: Int64 = -5
}

/// Why the log start offset moved (Kafka's `LogStartOffsetIncrementReason`).
package enum LogStartOffsetIncrementReason: String, Sendable {
    case leaderOffsetIncremented = "leader offset increment"
    case segmentDeletion = "segment deletion"
    case clientRecordDeletion = "client delete records request"
    case snapshotGenerated = "snapshot generated"
}

/// What one append did (Kafka's `LogAppendInfo`).
package struct LogAppendInfo: Sendable, Equatable {
    /// The first offset appended; -1 when nothing was (`validBytes` 0).
    package var firstOffset: Int64
    package var lastOffset: Int64
    /// The partition leader epoch of the last batch, nil when it has none.
    package var lastLeaderEpoch: Int32?
    /// The largest timestamp appended (`RecordBatch.noTimestamp` when none has one).
    package var maxTimestamp: Int64
    /// The last offset of the batch holding `maxTimestamp` (Kafka's shallow offset of the max
    /// timestamp), -1 when there is none.
    package var shallowOffsetOfMaxTimestamp: Int64
    /// The broker's time for LogAppendTime topics, else `RecordBatch.noTimestamp`.
    package var logAppendTime: Int64
    package var logStartOffset: Int64
    /// Records appended (the batches' record counts).
    package var recordCount: Int
    /// Bytes of whole batches appended.
    package var validBytes: Int
    /// The codec of the (last) compressed batch, or `.none`.
    package var sourceCompression: CompressionType
    /// The last offset of the first batch.
    package var lastOffsetOfFirstBatch: Int64

    package init(
        firstOffset: Int64 = -1, lastOffset: Int64 = -1, lastLeaderEpoch: Int32? = nil,
        maxTimestamp: Int64 = RecordBatch.noTimestamp, shallowOffsetOfMaxTimestamp: Int64 = -1,
        logAppendTime: Int64 = RecordBatch.noTimestamp, logStartOffset: Int64, recordCount: Int = 0,
        validBytes: Int = 0, sourceCompression: CompressionType = .none, lastOffsetOfFirstBatch: Int64 = -1
    ) {
        self.firstOffset = firstOffset
        self.lastOffset = lastOffset
        self.lastLeaderEpoch = lastLeaderEpoch
        self.maxTimestamp = maxTimestamp
        self.shallowOffsetOfMaxTimestamp = shallowOffsetOfMaxTimestamp
        self.logAppendTime = logAppendTime
        self.logStartOffset = logStartOffset
        self.recordCount = recordCount
        self.validBytes = validBytes
        self.sourceCompression = sourceCompression
        self.lastOffsetOfFirstBatch = lastOffsetOfFirstBatch
    }
}

/// What `LogSegment.shouldRoll` weighs (Kafka's `RollParams`).
package struct RollParams: Sendable {
    package var maxSegmentMs: Int64
    package var maxSegmentBytes: Int
    package var maxTimestampInMessages: Int64
    package var maxOffsetInMessages: Int64
    package var messagesSize: Int
    package var now: Int64

    package init(
        maxSegmentMs: Int64, maxSegmentBytes: Int, maxTimestampInMessages: Int64, maxOffsetInMessages: Int64,
        messagesSize: Int, now: Int64
    ) {
        self.maxSegmentMs = maxSegmentMs
        self.maxSegmentBytes = maxSegmentBytes
        self.maxTimestampInMessages = maxTimestampInMessages
        self.maxOffsetInMessages = maxOffsetInMessages
        self.messagesSize = messagesSize
        self.now = now
    }
}

/// Everything opening a log found and changed on disk, for the caller to log: leftovers of
/// interrupted operations, indexes rebuilt, and each segment recovered after an unclean shutdown
/// with the first bad byte and the bytes cut. Empty `events` means nothing needed fixing.
package struct RecoveryReport: Sendable, Equatable, CustomStringConvertible {
    /// One thing fixed, with the file it concerns.
    package struct Event: Sendable, Equatable, CustomStringConvertible {
        package enum Kind: Sendable, Equatable {
            /// A `.tmp`, `.deleted` or `.cleaned` leftover was removed.
            case strayFileDeleted
            /// A `.swap` file from an interrupted compaction was renamed into place.
            case swapFileRestored
            /// A `.swap` file from an incomplete segment split was removed.
            case invalidSwapFileDeleted
            /// A segment replaced by a restored swap file was removed.
            case replacedSegmentDeleted
            /// An index file without its `.log` was removed.
            case orphanIndexDeleted
            /// An index failed its sanity check or was missing; the segment was re-read to rebuild it.
            case indexRebuilt
            /// A segment held an invalid batch at `position`; the segment was cut there.
            case segmentTruncated
            /// A segment after a truncated one, or after the log start offset, was removed.
            case segmentDeleted
            /// A checkpoint could not be used; recovery went back further.
            case checkpointIgnored
        }

        package var kind: Kind
        package var file: String
        /// The byte position of the problem in `file`, when there is one.
        package var position: Int?
        /// What was wrong.
        package var detail: String
        /// Bytes removed from the log (0 for index work).
        package var bytesTruncated: Int

        package init(kind: Kind, file: String, position: Int? = nil, detail: String, bytesTruncated: Int = 0) {
            self.kind = kind
            self.file = file
            self.position = position
            self.detail = detail
            self.bytesTruncated = bytesTruncated
        }

        package var description: String {
            var text = "\(kind) \(file)"
            if let position { text += " at byte \(position)" }
            text += ": \(detail)"
            if bytesTruncated > 0 { text += " (\(bytesTruncated) bytes cut)" }
            return text
        }
    }

    package var hadCleanShutdown: Bool
    /// Base offsets of the segments re-read because the shutdown was unclean.
    package var recoveredSegments: [Int64] = []
    package var events: [Event] = []

    package init(hadCleanShutdown: Bool) {
        self.hadCleanShutdown = hadCleanShutdown
    }

    /// Bytes removed from the log in total.
    package var bytesTruncated: Int { events.reduce(0) { $0 + $1.bytesTruncated } }

    package var description: String {
        let header =
            "log \(hadCleanShutdown ? "after a clean shutdown" : "recovered from an unclean shutdown"),"
            + " \(recoveredSegments.count) segment(s) re-read"
        return ([header] + events.map(\.description)).joined(separator: "\n")
    }
}
