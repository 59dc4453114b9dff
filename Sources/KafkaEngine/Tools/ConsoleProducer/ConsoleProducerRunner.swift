import Dispatch
import NIOCore
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a validated `console-producer` command: reads its input in large chunks into a
/// `ConsoleRecordReader` and hands all the records cut from a chunk to a `KafkaProducer` at once
/// without waiting for their delivery (`--sync`: one at a time, waiting for each), flushes at end
/// of input, and reports what was not acknowledged.
package enum ConsoleProducerRunner {
    /// Bytes asked of each `read(2)` of stdin.
    static let chunkSize = 1 << 20

    /// What happened to the records read.
    package struct Outcome: Sendable, Equatable {
        package var recordsRead = 0
        /// Records that were not acknowledged (rejected at send, or failed in delivery).
        package var recordsFailed = 0
        /// The first failure, one line.
        package var firstError: String?
    }

    /// Runs the command; returns when stdin is exhausted (or the input turned out to be bad) and
    /// every record sent has been acknowledged or failed. A bad input line or a producer that
    /// could not be set up is thrown as a `ToolError`; delivery failures are in the outcome.
    package static func run(
        _ command: ConsoleProducerCommand, input: any ConsoleInput = StandardInputChunks(fd: 0)
    ) async throws(ToolError) -> Outcome {
        let config: ProducerConfig
        do {
            config = try ProducerConfig(properties: command.producerProperties.dictionary)
        } catch {
            throw .failure(error.message)
        }
        let producer: KafkaProducer
        do {
            producer = try await KafkaProducer.connect(config: config)
        } catch {
            throw .failure(error.message)
        }
        var outcome = Outcome()
        var reader = ConsoleRecordReader(config: command.reader)
        var inputError: ToolError?

        func count(_ error: KafkaClientError) {
            outcome.recordsFailed += 1
            if outcome.firstError == nil { outcome.firstError = error.message }
        }

        /// `--sync`: one record, sent and acknowledged before the next is read.
        func sendAndWait(_ record: ProducerRecord) async -> Bool {
            outcome.recordsRead += 1
            do {
                _ = try await producer.send(
                    topic: command.topic, partition: record.partition ?? command.partition, key: record.key,
                    value: record.value, headers: record.headers, timestamp: record.timestamp)
                return true
            } catch {
                count(error)
                // A record the producer cannot take (no metadata within max.block.ms, a closed
                // producer) means none of the rest can be sent either.
                switch error.kind {
                case .timeout, .bootstrap, .closed, .connection: return false
                default: return error.kind == .broker
                }
            }
        }

        /// Everything cut from one chunk of input, handed to the producer at once.
        var pending: [ProducerRecord] = []
        func sendPending() async -> Bool {
            defer { pending.removeAll(keepingCapacity: true) }
            if command.sync {
                for record in pending where !(await sendAndWait(record)) { return false }
                return true
            }
            let sent = await producer.send(topic: command.topic, records: pending)
            for (_, error) in sent.rejected { count(error) }
            outcome.recordsRead += sent.stoppedAt
            guard let stopped = sent.stopped else { return true }
            // The record the producer could not take counts as read and failed; after a timeout or
            // a closed producer nothing more is read, otherwise (a failed producer) every record
            // left fails the same way.
            outcome.recordsRead += 1
            count(stopped)
            switch stopped.kind {
            case .timeout, .bootstrap, .closed, .connection: return false
            default:
                let left = pending.count - sent.stoppedAt - 1
                outcome.recordsRead += left
                outcome.recordsFailed += left
                return true
            }
        }

        // Set when the producer can take nothing more: the rest of the input is not read.
        var stopped = false
        reading: while let chunk = await input.next() {
            reader.append(chunk)
            do {
                while var record = try reader.next() {
                    if record.partition == nil { record.partition = command.partition }
                    pending.append(record)
                }
            } catch {
                // Kafka sends the records before a bad line, then stops.
                inputError = error
            }
            stopped = !(await sendPending())
            if stopped || inputError != nil { break reading }
        }
        if !stopped && inputError == nil {
            // The last record may lack a trailing delimiter.
            do {
                while var record = try reader.finish() {
                    if record.partition == nil { record.partition = command.partition }
                    pending.append(record)
                }
            } catch {
                inputError = error
            }
            _ = await sendPending()
        }
        for failure in await producer.close() {
            outcome.recordsFailed += failure.records
            if outcome.firstError == nil { outcome.firstError = failure.error.message }
        }
        if let inputError { throw inputError }
        return outcome
    }
}

/// Where `console-producer` reads from: successive chunks of input bytes, nil at the end. Piped or
/// redirected stdin is `StandardInputChunks`; on a terminal the command line supplies an
/// `InteractiveLineInput` over its line editor.
package protocol ConsoleInput: Sendable {
    func next() async -> ByteBuffer?
}

/// Lines from an interactive line editor, each followed by a newline. `readLine` blocks until the
/// user ends a line (nil: end of input) and always runs on the same serial queue of its own (line
/// editors keep global state; a blocked read never holds a thread of the concurrency pool);
/// `finish` runs there once, after the last line.
package final class InteractiveLineInput: ConsoleInput {
    private let queue = DispatchQueue(label: "swkafka.line-editor")
    private let readLine: @Sendable () -> [UInt8]?
    private let finish: @Sendable () -> Void

    package init(readLine: @escaping @Sendable () -> [UInt8]?, finish: @escaping @Sendable () -> Void) {
        self.readLine = readLine
        self.finish = finish
    }

    package func next() async -> ByteBuffer? {
        await withCheckedContinuation { (continuation: CheckedContinuation<ByteBuffer?, Never>) in
            queue.async {
                guard let line = self.readLine() else {
                    self.finish()
                    continuation.resume(returning: nil)
                    return
                }
                var buffer = ByteBufferAllocator().buffer(capacity: line.count + 1)
                buffer.writeBytes(line)
                buffer.writeInteger(UInt8(ascii: "\n"))
                continuation.resume(returning: buffer)
            }
        }
    }
}

/// stdin as a sequence of chunks, each read with one `read(2)` on a queue of its own so a
/// blocking read never holds a thread of the concurrency pool. The next chunk is read while the
/// caller works on the previous one.
package final class StandardInputChunks: ConsoleInput {
    let fd: Int32
    private let queue = DispatchQueue(label: "swkafka.stdin")
    /// The read under way (started by the previous `next()`).
    private let ahead = Mutex<Task<ByteBuffer?, Never>?>(nil)

    package init(fd: Int32) {
        self.fd = fd
    }

    /// The next chunk; nil at end of input (or on a read error).
    package func next() async -> ByteBuffer? {
        let current = ahead.withLock { $0.take() } ?? readTask()
        let chunk = await current.value
        if chunk != nil { ahead.withLock { $0 = readTask() } }
        return chunk
    }

    private func readTask() -> Task<ByteBuffer?, Never> {
        let fd = self.fd
        let queue = self.queue
        return Task {
            await withCheckedContinuation { (continuation: CheckedContinuation<ByteBuffer?, Never>) in
                queue.async {
                    var buffer = ByteBufferAllocator().buffer(capacity: ConsoleProducerRunner.chunkSize)
                    let n = buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: ConsoleProducerRunner.chunkSize) {
                        raw in
                        while true {
                            let got = Glibc.read(fd, raw.baseAddress, raw.count)
                            if got < 0 && errno == EINTR { continue }
                            return max(got, 0)
                        }
                    }
                    continuation.resume(returning: n > 0 ? buffer : nil)
                }
            }
        }
    }
}
