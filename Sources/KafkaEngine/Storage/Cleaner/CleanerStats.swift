/// What one cleaning of a log did (Kafka's `CleanerStats`), for the caller to log and for metrics:
/// what building the offset map read, what cleaning read and wrote, and how long each took.
package struct CleanerStats: Sendable, Equatable {
    /// Records and bytes read while building the offset map.
    package var mapMessagesRead = 0
    package var mapBytesRead = 0
    /// Records and bytes of the segments cleaned, and of what was written back.
    package var messagesRead = 0
    package var bytesRead = 0
    package var messagesWritten = 0
    package var bytesWritten = 0
    /// Records dropped because they have no key (Kafka's `invalidMessagesRead`).
    package var invalidMessagesRead = 0
    /// How full the offset map got (0…1).
    package var bufferUtilization = 0.0
    /// Segments replaced and segments written in their place.
    package var segmentsCleaned = 0
    package var segmentsWritten = 0
    /// Monotonic clock readings (nanoseconds) at the start, when the map was built, and at the end.
    package var startNanos: Int64 = 0
    package var mapCompleteNanos: Int64 = 0
    package var endNanos: Int64 = 0

    package init() {}

    package var elapsedSeconds: Double { Double(endNanos - startNanos) / 1e9 }
    package var elapsedIndexSeconds: Double { Double(mapCompleteNanos - startNanos) / 1e9 }
}

/// The outcome of cleaning one log: the offsets it covered and the statistics.
package struct CleanResult: Sendable, Equatable {
    package var topicPartition: TopicPartition
    /// Where cleaning started: the first dirty offset before.
    package var firstDirtyOffset: Int64
    /// The first offset not cleaned: the next first dirty offset, written to the checkpoint.
    package var endOffset: Int64
    package var stats: CleanerStats
}
