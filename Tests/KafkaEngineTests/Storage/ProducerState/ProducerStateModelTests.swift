import Foundation
import Testing

@testable import KafkaEngine

/// Random client traffic (in-order batches, retries of recent and old batches, gaps, stale and
/// bumped epochs, sequences wrapping past Int32.max, restarts from snapshots, expiration) checked
/// against a model written from the rules, not from the code: what a partition must answer to an
/// idempotent producer.
@Suite struct ProducerStateModelTests {
    struct ModelBatch {
        var firstSeq: Int32
        var lastSeq: Int32
        var firstOffset: Int64
        var lastOffset: Int64
    }

    struct ModelProducer {
        var epoch: Int16
        /// The retained batches of `epoch`, oldest first, at most five.
        var batches: [ModelBatch]
    }

    enum Outcome: Equatable {
        case appended(firstOffset: Int64, lastOffset: Int64)
        case duplicate(firstOffset: Int64, lastOffset: Int64)
        case refused(ErrorCode)
    }

    /// Sequence arithmetic modulo 2^31, spelled out.
    static func sequence(_ first: Int32, plus n: Int32) -> Int32 {
        Int32((Int64(first) + Int64(n)) % (Int64(Int32.max) + 1))
    }

    static func expected(
        _ producers: [Int64: ModelProducer], pid: Int64, epoch: Int16, firstSeq: Int32, count: Int32, nextOffset: Int64
    ) -> Outcome {
        let lastSeq = sequence(firstSeq, plus: count - 1)
        let accepted = Outcome.appended(firstOffset: nextOffset, lastOffset: nextOffset + Int64(count) - 1)
        guard let producer = producers[pid], let last = producer.batches.last else { return accepted }
        if epoch == producer.epoch,
            let original = producer.batches.first(where: { $0.firstSeq == firstSeq && $0.lastSeq == lastSeq })
        {
            return .duplicate(firstOffset: original.firstOffset, lastOffset: original.lastOffset)
        }
        if epoch < producer.epoch { return .refused(.invalidProducerEpoch) }
        if epoch > producer.epoch { return firstSeq == 0 ? accepted : .refused(.outOfOrderSequenceNumber) }
        return firstSeq == sequence(last.lastSeq, plus: 1) ? accepted : .refused(.outOfOrderSequenceNumber)
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func randomTrafficMatchesTheModel(seed: UInt64) throws {
        try withTemporaryDirectory { dir in
            var rng = TestRandom(seed: seed)
            let log = try InMemoryPartitionLog(dir: dir)
            var model: [Int64: ModelProducer] = [:]
            /// Every batch each producer sent and had accepted, for retries of old ones.
            var history: [Int64: [(epoch: Int16, firstSeq: Int32, count: Int32)]] = [:]
            var counts: [String: Int] = [:]

            for step in 0..<600 {
                let pid = Int64(10 + rng.next() % 3)
                let known = model[pid]
                let nextSeq = known.flatMap { $0.batches.last }.map { Self.sequence($0.lastSeq, plus: 1) }
                var epoch = known?.epoch ?? Int16(rng.next() % 3)
                var firstSeq: Int32
                var count = Int32(1 + rng.next() % 4)
                let roll = rng.next() % 100
                switch roll {
                case 0..<40:  // the next batch (a new producer starts anywhere, often near the wrap)
                    firstSeq =
                        nextSeq
                        ?? [0, Int32.max - Int32(rng.next() % 6), Int32(rng.next() % 100_000)][Int(rng.next() % 3)]
                case 40..<60:  // a retry of anything sent before, recent or not
                    guard let sent = history[pid]?.randomElement(using: &rng) else { continue }
                    (epoch, firstSeq, count) = sent
                case 60..<70:  // a gap
                    firstSeq = Self.sequence(nextSeq ?? 0, plus: Int32(1 + rng.next() % 5))
                case 70..<76:  // a fenced epoch
                    guard epoch > 0 else { continue }
                    epoch -= 1
                    firstSeq = nextSeq ?? 0
                case 76..<84:  // a new epoch, usually from 0
                    epoch += 1
                    firstSeq = rng.next() % 4 == 0 ? Int32(1 + rng.next() % 9) : 0
                case 84..<92:
                    let restartedFrom = model
                    try log.restart(clean: true)
                    // A snapshot keeps each producer's last batch only.
                    for (id, producer) in restartedFrom {
                        model[id]?.batches = Array(producer.batches.suffix(1))
                    }
                    counts["restart", default: 0] += 1
                    continue
                case 92..<95:
                    // Past the expiration of the newest record (a batch's records are a few ms apart).
                    log.clock.advance(milliseconds: log.manager.producerIdExpirationMs + 10)
                    log.manager.removeExpiredProducers()
                    model.removeAll()
                    counts["expire", default: 0] += 1
                    continue
                default:
                    log.clock.advance(milliseconds: Int64(rng.next() % 1000))
                    continue
                }

                let expected = Self.expected(
                    model, pid: pid, epoch: epoch, firstSeq: firstSeq, count: count, nextOffset: log.logEndOffset)
                let batch = try dataBatch(
                    producerId: pid, epoch: epoch, baseSequence: firstSeq, count: count, baseOffset: 0,
                    timestamp: log.clock.milliseconds())
                let actual: Outcome
                do {
                    switch try log.append(batch) {
                    case .appended(let first, let last): actual = .appended(firstOffset: first, lastOffset: last)
                    case .duplicate(let first, let last, _): actual = .duplicate(firstOffset: first, lastOffset: last)
                    }
                } catch let error as ProducerStateError {
                    actual = .refused(error.errorCode)
                }
                #expect(
                    actual == expected,
                    "seed \(seed) step \(step): producer \(pid) epoch \(epoch) seq \(firstSeq)+\(count), model \(String(describing: model[pid]))"
                )
                guard actual == expected else { return }
                counts["\(expected)".prefix(while: { $0 != "(" }).description, default: 0] += 1

                if case .appended(let first, let last) = expected {
                    let appended = ModelBatch(
                        firstSeq: firstSeq, lastSeq: Self.sequence(firstSeq, plus: count - 1), firstOffset: first,
                        lastOffset: last)
                    if var producer = model[pid], producer.epoch == epoch {
                        producer.batches = Array((producer.batches + [appended]).suffix(5))
                        model[pid] = producer
                    } else {
                        model[pid] = ModelProducer(epoch: epoch, batches: [appended])
                    }
                    history[pid, default: []].append((epoch, firstSeq, count))
                }
                // The state agrees with the model after every step, not only in its answers.
                for (id, producer) in model {
                    let entry = log.manager.lastEntry(producerId: id)
                    #expect(entry?.producerEpoch == producer.epoch)
                    #expect(entry?.batchMetadata.map(\.lastOffset) == producer.batches.map(\.lastOffset))
                }
            }
            // Every kind of answer came up.
            for kind in ["appended", "duplicate", "refused", "restart", "expire"] {
                #expect(counts[kind, default: 0] > 0, "seed \(seed): no \(kind) in \(counts)")
            }
        }
    }
}
