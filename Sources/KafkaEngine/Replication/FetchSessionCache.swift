import Synchronization

/// How a fetch session names a partition: by topic id from Fetch v13 on (then `topic` is empty),
/// by topic name before (then `topicId` is zero).
package struct FetchSessionKey: Hashable, Sendable, CustomStringConvertible {
    package var topicId: KafkaUUID
    package var topic: String
    package var partition: Int32

    package init(topicId: KafkaUUID, topic: String, partition: Int32) {
        self.topicId = topicId
        self.topic = topic
        self.partition = partition
    }

    package init(_ request: FetchPartitionRequest, usesTopicIds: Bool) {
        self.init(
            topicId: usesTopicIds ? request.topicId : .zero, topic: usesTopicIds ? "" : request.topicPartition.topic,
            partition: request.topicPartition.partition)
    }

    package var description: String {
        topic.isEmpty ? "\(topicId):\(partition)" : "\(topic)-\(partition)"
    }
}

/// What to do with one fetch request's session fields (Kafka's `FetchContext`).
package enum FetchContext: Sendable, Equatable {
    /// Epoch -1: no session; every partition of the request is answered (session id 0).
    case sessionless([FetchPartitionRequest])
    /// Epoch 0: a full fetch; every partition is answered and a new session is created for them
    /// when the cache has room.
    case full([FetchPartitionRequest], isFromFollower: Bool, usesTopicIds: Bool)
    /// Epoch > 0 of an existing session: the session's partitions (the request's changes applied)
    /// are read; only those with something new are answered.
    case incremental(sessionId: Int32, [FetchPartitionRequest])
    /// The session fields were wrong: a top-level error, no partitions, session id 0.
    case error(ErrorCode)

    /// The partitions to read.
    package var partitions: [FetchPartitionRequest] {
        switch self {
        case .sessionless(let partitions), .full(let partitions, _, _), .incremental(_, let partitions): partitions
        case .error: []
        }
    }
}

/// The broker's incremental fetch sessions (KIP-227; Kafka's `FetchManager` and
/// `FetchSessionCache`). A client that sends session id 0 and epoch 0 gets a new session id; it
/// then sends only the partitions whose fetch position changed (and the ones to forget) with the
/// next epoch, and the broker answers only the partitions with new data, a new high watermark or
/// log start offset, or an error.
///
/// Invariants: at most `maxEntries` sessions (`max.incremental.fetch.session.cache.slots`); a
/// session's epoch is the one its next request must carry, moved on when a request is accepted, so
/// a replayed or concurrent request with the same epoch is refused. When the cache is full, a new
/// session takes the slot of one unused for `evictionMs`, else of the least valuable one (a
/// consumer's session before a follower's, then fewer partitions) if that is less valuable than the
/// new one; otherwise no session is created (session id 0).
package final class FetchSessionCache: Sendable {
    /// Kafka's `FetchMetadata.INITIAL_EPOCH` / `FINAL_EPOCH` / `INVALID_SESSION_ID`.
    package static let initialEpoch: Int32 = 0
    package static let finalEpoch: Int32 = -1
    package static let invalidSessionId: Int32 = 0

    /// One partition as the session remembers it (Kafka's `CachedPartition`).
    struct CachedPartition {
        var request: FetchPartitionRequest
        var highWatermark: Int64
        var logStartOffset: Int64
    }

    struct Session {
        let id: Int32
        let privileged: Bool
        let usesTopicIds: Bool
        let creationMs: Int64
        var lastUsedMs: Int64
        var epoch: Int32
        /// Partitions in their fetch order; partitions that returned data move to the end so that
        /// others get their turn under `fetch.max.bytes`.
        var order: [FetchSessionKey] = []
        var partitions: [FetchSessionKey: CachedPartition] = [:]

        /// Kafka's `EvictableKey` order: consumers before followers, then fewer partitions, then id.
        var evictionRank: (Int, Int, Int32) { (privileged ? 1 : 0, partitions.count, id) }
    }

    package let maxEntries: Int
    package let evictionMs: Int64
    private let clock: any KafkaClock
    private let sessions = Mutex<[Int32: Session]>([:])

    package init(maxEntries: Int, evictionMs: Int64 = 120_000, clock: any KafkaClock) {
        self.maxEntries = maxEntries
        self.evictionMs = evictionMs
        self.clock = clock
    }

    /// Sessions in the cache.
    package var size: Int { sessions.withLock { $0.count } }

    /// The epoch session `id`'s next request must carry, nil when there is no such session.
    package func nextEpoch(of id: Int32) -> Int32? { sessions.withLock { $0[id]?.epoch } }

    /// The partitions of session `id`, in fetch order.
    package func partitions(of id: Int32) -> [FetchSessionKey]? { sessions.withLock { $0[id]?.order } }

    /// Reads a request's session fields (Kafka's `FetchManager.newContext`).
    /// - Epoch 0 or -1 (a full fetch): an existing session `sessionId` is removed; epoch 0 then
    ///   starts a new one when the response is made, -1 fetches without one.
    /// - Epoch > 0: session `sessionId` must exist (FETCH_SESSION_ID_NOT_FOUND), expect this epoch
    ///   (INVALID_FETCH_SESSION_EPOCH) and use topic ids as this request does
    ///   (FETCH_SESSION_TOPIC_ID_ERROR); the request's partitions are added or updated, `forgotten`
    ///   removed, and the epoch moves on.
    package func newContext(
        sessionId: Int32, epoch: Int32, isFromFollower: Bool, usesTopicIds: Bool,
        partitions: [FetchPartitionRequest], forgotten: [FetchSessionKey]
    ) -> FetchContext {
        if epoch == Self.initialEpoch || epoch == Self.finalEpoch {
            if sessionId != Self.invalidSessionId { _ = sessions.withLock { $0.removeValue(forKey: sessionId) } }
            return epoch == Self.finalEpoch
                ? .sessionless(partitions)
                : .full(partitions, isFromFollower: isFromFollower, usesTopicIds: usesTopicIds)
        }
        let now = clock.milliseconds()
        return sessions.withLock { sessions -> FetchContext in
            guard var session = sessions[sessionId] else { return .error(.fetchSessionIdNotFound) }
            guard session.epoch == epoch else { return .error(.invalidFetchSessionEpoch) }
            guard session.usesTopicIds == usesTopicIds else { return .error(.fetchSessionTopicIdError) }
            for request in partitions {
                let key = FetchSessionKey(request, usesTopicIds: usesTopicIds)
                if var cached = session.partitions[key] {
                    cached.request.fetchOffset = request.fetchOffset
                    cached.request.logStartOffset = request.logStartOffset
                    cached.request.partitionMaxBytes = request.partitionMaxBytes
                    cached.request.currentLeaderEpoch = request.currentLeaderEpoch
                    cached.request.lastFetchedEpoch = request.lastFetchedEpoch
                    if !request.topicPartition.topic.isEmpty { cached.request.topicPartition = request.topicPartition }
                    session.partitions[key] = cached
                } else {
                    session.partitions[key] = CachedPartition(request: request, highWatermark: -1, logStartOffset: -1)
                    session.order.append(key)
                }
            }
            let forgottenKeys = Set(forgotten)
            if !forgottenKeys.isEmpty {
                for key in forgottenKeys { session.partitions[key] = nil }
                session.order.removeAll { forgottenKeys.contains($0) }
            }
            session.epoch = Self.nextEpoch(epoch)
            session.lastUsedMs = now
            sessions[sessionId] = session
            return .incremental(
                sessionId: sessionId, session.order.compactMap { session.partitions[$0]?.request })
        }
    }

    /// Makes the response's session id and partitions from what was read for `context` (Kafka's
    /// `updateAndGenerateResponseData`): a full fetch creates its session (id 0 when there is no
    /// room) and answers everything; an incremental one answers only the partitions with news and
    /// remembers what it told the client.
    package func completeFetch(_ context: FetchContext, results: [FetchPartitionResult]) -> (
        sessionId: Int32, results: [FetchPartitionResult]
    ) {
        switch context {
        case .error:
            return (Self.invalidSessionId, [])
        case .sessionless:
            return (Self.invalidSessionId, results)
        case .full(let requests, let isFromFollower, let usesTopicIds):
            let id = createSession(
                privileged: isFromFollower, usesTopicIds: usesTopicIds, requests: requests, results: results)
            return (id, results)
        case .incremental(let sessionId, let requests):
            let answered = sessions.withLock { sessions -> [FetchPartitionResult] in
                guard var session = sessions[sessionId] else { return results }
                var answered: [FetchPartitionResult] = []
                var moveToEnd: [FetchSessionKey] = []
                for (request, result) in zip(requests, results) {
                    let key = FetchSessionKey(request, usesTopicIds: session.usesTopicIds)
                    guard var cached = session.partitions[key] else {
                        answered.append(result)
                        continue
                    }
                    var mustRespond =
                        result.recordsSize > 0 || result.divergingEpoch != nil
                        || result.preferredReadReplica != -1
                    if cached.highWatermark != result.highWatermark {
                        mustRespond = true
                        cached.highWatermark = result.highWatermark
                    }
                    if cached.logStartOffset != result.logStartOffset {
                        mustRespond = true
                        cached.logStartOffset = result.logStartOffset
                    }
                    if result.error != .none {
                        // Forget the high watermark so the partition is sent again once the error goes.
                        cached.highWatermark = -1
                        mustRespond = true
                    }
                    session.partitions[key] = cached
                    if mustRespond { answered.append(result) }
                    if result.recordsSize > 0 { moveToEnd.append(key) }
                }
                if !moveToEnd.isEmpty {
                    let moved = Set(moveToEnd)
                    session.order.removeAll { moved.contains($0) }
                    session.order += moveToEnd
                }
                sessions[sessionId] = session
                return answered
            }
            return (sessionId, answered)
        }
    }

    /// Kafka's `maybeCreateSession`: a new session when there is a free slot or one can be evicted.
    private func createSession(
        privileged: Bool, usesTopicIds: Bool, requests: [FetchPartitionRequest], results: [FetchPartitionResult]
    ) -> Int32 {
        let now = clock.milliseconds()
        return sessions.withLock { sessions -> Int32 in
            guard maxEntries > 0 else { return Self.invalidSessionId }
            if sessions.count >= maxEntries
                && !tryEvict(&sessions, privileged: privileged, size: requests.count, now: now)
            {
                return Self.invalidSessionId
            }
            var id: Int32
            var generator = SystemRandomNumberGenerator()
            repeat { id = Int32.random(in: 1...Int32.max, using: &generator) } while sessions[id] != nil
            var session = Session(
                id: id, privileged: privileged, usesTopicIds: usesTopicIds, creationMs: now, lastUsedMs: now,
                epoch: Self.nextEpoch(Self.initialEpoch))
            for (request, result) in zip(requests, results) {
                let key = FetchSessionKey(request, usesTopicIds: usesTopicIds)
                if session.partitions[key] == nil { session.order.append(key) }
                session.partitions[key] = CachedPartition(
                    request: request, highWatermark: result.error == .none ? result.highWatermark : -1,
                    logStartOffset: result.logStartOffset)
            }
            sessions[id] = session
            return id
        }
    }

    /// Kafka's `tryEvict`: the least recently used session when it is stale, else the least
    /// valuable one when the new session is worth more.
    private func tryEvict(_ sessions: inout [Int32: Session], privileged: Bool, size: Int, now: Int64) -> Bool {
        if let stale = sessions.values.min(by: { ($0.lastUsedMs, $0.id) < ($1.lastUsedMs, $1.id) }),
            now - stale.lastUsedMs > evictionMs
        {
            sessions[stale.id] = nil
            return true
        }
        // A consumer's session may only take the place of another consumer's.
        let candidates = sessions.values.filter { privileged || !$0.privileged }
        guard let least = candidates.min(by: { $0.evictionRank < $1.evictionRank }) else { return false }
        let newRank = (privileged ? 1 : 0, size, Int32(0))
        guard (newRank.0, newRank.1) > (least.evictionRank.0, least.evictionRank.1) else { return false }
        sessions[least.id] = nil
        return true
    }

    /// Kafka's `FetchMetadata.nextEpoch`: epochs run 1…Int32.max and wrap to 1.
    package static func nextEpoch(_ epoch: Int32) -> Int32 {
        epoch < 0 ? finalEpoch : (epoch == Int32.max ? 1 : epoch + 1)
    }
}
