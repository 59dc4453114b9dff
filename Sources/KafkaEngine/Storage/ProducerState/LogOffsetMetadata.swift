/// An offset in a log, optionally with where its batch sits on disk (Kafka's `LogOffsetMetadata`):
/// the base offset of the segment holding it and the byte position inside that segment's `.log`.
///
/// Producer state caches the metadata of each open transaction's first batch, so that the log can
/// turn the first unstable offset into a file position without an index lookup. A value built from
/// an offset alone has both position fields set to `unknown…` (`isMessageOffsetOnly`).
package struct LogOffsetMetadata: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// Kafka's `UNKNOWN_OFFSET`.
    package static let unknownOffset: Int64 = -1
    /// Kafka's `UNKNOWN_FILE_POSITION`.
    package static let unknownFilePosition: Int32 = -1

    package var messageOffset: Int64
    package var segmentBaseOffset: Int64
    package var relativePositionInSegment: Int32

    package init(
        messageOffset: Int64, segmentBaseOffset: Int64 = unknownOffset,
        relativePositionInSegment: Int32 = unknownFilePosition
    ) {
        self.messageOffset = messageOffset
        self.segmentBaseOffset = segmentBaseOffset
        self.relativePositionInSegment = relativePositionInSegment
    }

    /// True when only the offset is known (Kafka's `messageOffsetOnly()`).
    package var isMessageOffsetOnly: Bool {
        segmentBaseOffset == Self.unknownOffset && relativePositionInSegment == Self.unknownFilePosition
    }

    package var description: String {
        "(offset=\(messageOffset)segment=[\(segmentBaseOffset):\(relativePositionInSegment)])"
    }
}
