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

/// The inbound handler that splits a connection's bytes into frames with `FrameDecoder`'s rules,
/// copying as little as it can: a frame that lies whole inside one socket read is passed on as a
/// slice of that read (no copy), and only a frame cut by a read's end is gathered, once, into a
/// buffer of its own. That buffer grows with the bytes that arrived (64 KiB at first, then at most
/// twice what arrived, never past the declared size), so a peer that lies about a frame's length
/// still costs only about what it sent. (`ByteToMessageHandler` appends every read to one cumulation buffer and copies it again
/// when a frame sliced from it is still held downstream — the request being handled.)
///
/// A refused size fires a `FrameError` and closes the connection; nothing after it is read. A
/// partial frame when the connection closes is dropped.
package final class FrameAccumulator: ChannelInboundHandler, RemovableChannelHandler {
    package typealias InboundIn = ByteBuffer
    package typealias InboundOut = ByteBuffer

    /// The first capacity of a gathered frame's buffer (or its size, when smaller), and the least
    /// it grows by: small enough for a lying peer, large enough that a big frame grows in few steps.
    static let initialGatherBytes = 64 * 1024

    package let maxFrameBytes: Int
    /// Bytes of a size prefix cut by a read's end (fewer than 4).
    private var prefix: ByteBuffer?
    /// The frame being gathered; its declared size is `frameSize` (-1 when none is).
    private var frame = ByteBuffer()
    private var frameSize = -1
    private var failed = false

    package init(maxFrameBytes: Int = FrameDecoder.defaultMaxFrameBytes) {
        self.maxFrameBytes = maxFrameBytes
    }

    /// The capacity held for the frame being gathered (0 when none is).
    var gatheringCapacity: Int { frameSize >= 0 ? frame.capacity : 0 }

    package func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !failed else { return }
        var input = Self.unwrapInboundIn(data)
        do {
            while input.readableBytes > 0 {
                if frameSize >= 0 {
                    gather(from: &input, context: context)
                } else if var pending = prefix {
                    // Complete the size prefix from this read, then go on as if it had come whole.
                    prefix = nil
                    let take = min(4 - pending.readableBytes, input.readableBytes)
                    if let bytes = input.readSlice(length: take) { pending.writeImmutableBuffer(bytes) }
                    guard let size = pending.getInteger(at: pending.readerIndex, as: Int32.self) else {
                        prefix = pending
                        return
                    }
                    try begin(size: size, context: context, from: &input)
                } else {
                    guard input.readableBytes >= 4 else {
                        // Kept in a buffer of its own, not as a slice that would hold the whole read.
                        var pending = context.channel.allocator.buffer(capacity: 4)
                        pending.writeImmutableBuffer(input)
                        prefix = pending
                        return
                    }
                    // A whole frame in this read is passed on as a slice of it.
                    if let whole = try FrameDecoder.readFrame(from: &input, maxFrameBytes: maxFrameBytes) {
                        context.fireChannelRead(Self.wrapInboundOut(whole))
                        continue
                    }
                    let size = input.readInteger(as: Int32.self) ?? 0
                    try begin(size: size, context: context, from: &input)
                }
            }
        } catch {
            failed = true
            frame = ByteBuffer()
            frameSize = -1
            context.fireErrorCaught(error)
            context.close(promise: nil)
        }
    }

    package func channelInactive(context: ChannelHandlerContext) {
        frame = ByteBuffer()
        frameSize = -1
        prefix = nil
        context.fireChannelInactive()
    }

    /// Starts gathering a frame of `size` bytes (its prefix already read) from what `input` holds.
    private func begin(size: Int32, context: ChannelHandlerContext, from input: inout ByteBuffer) throws(FrameError) {
        guard size >= 0 else { throw .negativeSize(size) }
        guard Int(size) <= maxFrameBytes else { throw .tooLarge(size: Int(size), max: maxFrameBytes) }
        frameSize = Int(size)
        let capacity = min(frameSize, max(Self.initialGatherBytes, 2 * input.readableBytes))
        frame = context.channel.allocator.buffer(capacity: capacity)
        gather(from: &input, context: context)
    }

    /// Moves what `input` holds of the frame being gathered into it; passes the frame on when whole.
    private func gather(from input: inout ByteBuffer, context: ChannelHandlerContext) {
        let take = min(frameSize - frame.readableBytes, input.readableBytes)
        if frame.writableBytes < take {
            // Grow with what arrived, at most to the declared size.
            let wanted = frame.readableBytes + take
            frame.reserveCapacity(min(frameSize, max(wanted, 2 * frame.capacity)))
        }
        if take > 0, let bytes = input.readSlice(length: take) { frame.writeImmutableBuffer(bytes) }
        guard frame.readableBytes == frameSize else { return }
        let whole = frame
        frame = ByteBuffer()
        frameSize = -1
        context.fireChannelRead(Self.wrapInboundOut(whole))
    }
}
