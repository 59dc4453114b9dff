import Dispatch
import NIOCore

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a validated `console-producer` command: reads stdin in large chunks into a
/// `ConsoleRecordReader` and hands each record to a `KafkaProducer` without waiting for its
/// delivery (`--sync`: waiting for each), flushes at end of input, and reports what was not
/// acknowledged. On a terminal Kafka's `>` prompt is printed before each read.
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
    package static func run(_ command: ConsoleProducerCommand, input fd: Int32 = 0) async throws(ToolError) -> Outcome {
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
        let input = StandardInputChunks(fd: fd, prompt: ToolStreams.isTerminal(fd))
        var inputError: ToolError?

        func send(_ record: ProducerInputRecord) async -> Bool {
            outcome.recordsRead += 1
            do {
                let partition = record.partition ?? command.partition
                if command.sync {
                    _ = try await producer.send(
                        topic: command.topic, partition: partition, key: record.key, value: record.value,
                        headers: record.headers, timestamp: record.timestamp)
                } else {
                    try await producer.send(
                        topic: command.topic, partition: partition, key: record.key, value: record.value,
                        headers: record.headers, timestamp: record.timestamp, completion: nil)
                }
                return true
            } catch {
                outcome.recordsFailed += 1
                if outcome.firstError == nil { outcome.firstError = error.message }
                // A record the producer cannot take (no metadata within max.block.ms, a closed
                // producer) means none of the rest can be sent either; a per-record refusal does not.
                switch error.kind {
                case .timeout, .bootstrap, .closed, .connection: return false
                default: return !command.sync || error.kind == .broker
                }
            }
        }

        var stopped = false
        reading: while true {
            guard let chunk = await input.next() else { break }
            reader.append(chunk)
            do {
                while let record = try reader.next() {
                    if !(await send(record)) {
                        stopped = true
                        break reading
                    }
                }
            } catch {
                inputError = error
                break reading
            }
        }
        if !stopped && inputError == nil {
            // The last record may lack a trailing delimiter.
            do {
                if let last = try reader.finish() { _ = await send(last) }
            } catch {
                inputError = error
            }
        }
        for failure in await producer.close() {
            outcome.recordsFailed += failure.records
            if outcome.firstError == nil { outcome.firstError = failure.error.message }
        }
        if let inputError { throw inputError }
        return outcome
    }
}

/// stdin as a sequence of chunks, each read with one `read(2)` on a queue of its own so a
/// blocking read (a terminal) never holds a thread of the concurrency pool.
final class StandardInputChunks: Sendable {
    let fd: Int32
    let prompt: Bool
    private let queue = DispatchQueue(label: "swkafka.stdin")

    init(fd: Int32, prompt: Bool) {
        self.fd = fd
        self.prompt = prompt
    }

    /// The next chunk; nil at end of input (or on a read error).
    func next() async -> ByteBuffer? {
        let fd = self.fd
        let prompt = self.prompt
        return await withCheckedContinuation { (continuation: CheckedContinuation<ByteBuffer?, Never>) in
            queue.async {
                if prompt { ToolStreams.write(">", to: ToolStreams.standardOutput) }
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
