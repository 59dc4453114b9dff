import NIOCore

/// Splits a connection's byte stream into Kafka frames (`int32 size | size bytes`) and passes on each
/// frame's bytes without the size prefix. A negative size, or one above `maxFrameBytes`
/// (`socket.request.max.bytes`), is a `FrameError` that closes the connection, as Kafka's
/// `NetworkReceive` does. The declared size is never reserved up front: memory grows only with the
/// bytes that actually arrived, so a peer that lies about a frame's length costs what it sent.
package struct FrameDecoder: ByteToMessageDecoder {
    package typealias InboundOut = ByteBuffer

    /// Kafka's default `socket.request.max.bytes` (100 MiB).
    package static let defaultMaxFrameBytes = 104_857_600

    /// The largest frame accepted, in bytes (not counting the 4-byte size).
    package let maxFrameBytes: Int

    package init(maxFrameBytes: Int = FrameDecoder.defaultMaxFrameBytes) {
        self.maxFrameBytes = maxFrameBytes
    }

    /// Reads one whole frame off `buffer`, or returns nil (consuming nothing) when its bytes have not all
    /// arrived yet.
    package static func readFrame(from buffer: inout ByteBuffer, maxFrameBytes: Int) throws(FrameError) -> ByteBuffer? {
        guard let size = buffer.getInteger(at: buffer.readerIndex, as: Int32.self) else { return nil }
        guard size >= 0 else { throw .negativeSize(size) }
        guard Int(size) <= maxFrameBytes else { throw .tooLarge(size: Int(size), max: maxFrameBytes) }
        guard buffer.readableBytes - 4 >= Int(size),
            let frame = buffer.getSlice(at: buffer.readerIndex + 4, length: Int(size))
        else { return nil }
        buffer.moveReaderIndex(forwardBy: 4 + Int(size))
        return frame
    }

    package mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let frame = try Self.readFrame(from: &buffer, maxFrameBytes: maxFrameBytes) else { return .needMoreData }
        context.fireChannelRead(Self.wrapInboundOut(frame))
        return .continue
    }

    /// Frames that arrived whole before the end of the stream are still passed on; a partial frame at the
    /// end is dropped with the connection (the peer went away mid-frame; there is nobody to answer).
    package mutating func decodeLast(
        context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool
    ) throws -> DecodingState {
        try decode(context: context, buffer: &buffer)
    }
}

/// Why a frame's size prefix was refused; the connection that sent it is closed.
package enum FrameError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The size prefix was negative.
    case negativeSize(Int32)
    /// The size prefix was above `socket.request.max.bytes` (`max`).
    case tooLarge(size: Int, max: Int)

    package var description: String {
        switch self {
        case .negativeSize(let size):
            return "invalid frame size \(size)"
        case .tooLarge(let size, let max):
            return "frame size \(size) is larger than socket.request.max.bytes \(max)"
        }
    }
}
