import Testing

@testable import KafkaEngine

@Suite struct FetchSessionCacheTests {
    static let a0 = TopicPartition("a", 0)
    static let a1 = TopicPartition("a", 1)

    static func request(_ topicPartition: TopicPartition, offset: Int64) -> FetchPartitionRequest {
        FetchPartitionRequest(topicPartition: topicPartition, fetchOffset: offset, partitionMaxBytes: 1 << 20)
    }

    static func result(_ request: FetchPartitionRequest, highWatermark: Int64, error: ErrorCode = .none)
        -> FetchPartitionResult
    {
        FetchPartitionResult(
            topicPartition: request.topicPartition, topicId: request.topicId, error: error,
            highWatermark: highWatermark, lastStableOffset: highWatermark, logStartOffset: 0)
    }

    /// A full fetch of a0 and a1 that creates a session; returns its id.
    static func openSession(_ cache: FetchSessionCache, follower: Bool = false, partitions: Int = 2) -> Int32 {
        let requests = [request(a0, offset: 0), request(a1, offset: 0)].prefix(partitions)
        let context = cache.newContext(
            sessionId: 0, epoch: 0, isFromFollower: follower, usesTopicIds: false, partitions: Array(requests),
            forgotten: [])
        return cache.completeFetch(context, results: context.partitions.map { result($0, highWatermark: 5) }).sessionId
    }

    @Test func aFullFetchCreatesASessionAndIncrementalFetchesAnswerOnlyWhatChanged() {
        let cache = FetchSessionCache(maxEntries: 10, clock: ManualClock())
        let id = Self.openSession(cache)
        #expect(id != 0)
        #expect(cache.nextEpoch(of: id) == 1)

        // Nothing changed: the request names no partition, both are read, none answered.
        let quiet = cache.newContext(
            sessionId: id, epoch: 1, isFromFollower: false, usesTopicIds: false, partitions: [], forgotten: [])
        #expect(quiet.partitions.map(\.topicPartition) == [Self.a0, Self.a1])
        let quietAnswer = cache.completeFetch(
            quiet, results: quiet.partitions.map { Self.result($0, highWatermark: 5) })
        #expect(quietAnswer.sessionId == id)
        #expect(quietAnswer.results.isEmpty)

        // a1's high watermark moved: only a1 is answered; a0's new fetch offset is remembered.
        let moved = cache.newContext(
            sessionId: id, epoch: 2, isFromFollower: false, usesTopicIds: false,
            partitions: [Self.request(Self.a0, offset: 5)], forgotten: [])
        #expect(moved.partitions.map(\.fetchOffset) == [5, 0])
        let movedAnswer = cache.completeFetch(
            moved,
            results: [
                Self.result(moved.partitions[0], highWatermark: 5), Self.result(moved.partitions[1], highWatermark: 9),
            ])
        #expect(movedAnswer.results.map(\.topicPartition) == [Self.a1])

        // Errors are always answered; forgotten partitions leave the session.
        let forget = cache.newContext(
            sessionId: id, epoch: 3, isFromFollower: false, usesTopicIds: false, partitions: [],
            forgotten: [FetchSessionKey(topicId: .zero, topic: "a", partition: 1)])
        #expect(forget.partitions.map(\.topicPartition) == [Self.a0])
        let errorAnswer = cache.completeFetch(
            forget, results: [Self.result(forget.partitions[0], highWatermark: -1, error: .notLeaderOrFollower)])
        #expect(errorAnswer.results.map(\.error) == [.notLeaderOrFollower])
        #expect(cache.partitions(of: id) == [FetchSessionKey(topicId: .zero, topic: "a", partition: 0)])
    }

    @Test func wrongSessionIdsAndEpochsAreRefused() {
        let cache = FetchSessionCache(maxEntries: 10, clock: ManualClock())
        let id = Self.openSession(cache)
        func context(_ sessionId: Int32, _ epoch: Int32, usesTopicIds: Bool = false) -> FetchContext {
            cache.newContext(
                sessionId: sessionId, epoch: epoch, isFromFollower: false, usesTopicIds: usesTopicIds, partitions: [],
                forgotten: [])
        }
        #expect(context(id &+ 1, 1) == .error(.fetchSessionIdNotFound))
        #expect(context(id, 2) == .error(.invalidFetchSessionEpoch))
        #expect(context(id, 1, usesTopicIds: true) == .error(.fetchSessionTopicIdError))
        if case .incremental = context(id, 1) {} else { Issue.record("epoch 1 should be accepted") }
        // The same epoch again (a replay) is refused: the session moved on.
        #expect(context(id, 1) == .error(.invalidFetchSessionEpoch))
        let errorAnswer = cache.completeFetch(.error(.invalidFetchSessionEpoch), results: [])
        #expect(errorAnswer.sessionId == 0 && errorAnswer.results.isEmpty)

        // Epoch -1 closes the session and fetches without one.
        let final = context(id, -1)
        #expect(final == .sessionless([]))
        #expect(cache.nextEpoch(of: id) == nil)
        #expect(cache.completeFetch(final, results: []).sessionId == 0)
    }

    @Test func aFullCacheEvictsStaleOrLessValuableSessionsOnly() {
        let clock = ManualClock()
        let cache = FetchSessionCache(maxEntries: 1, evictionMs: 1000, clock: clock)
        let small = Self.openSession(cache, partitions: 1)
        #expect(small != 0)
        // Not stale, and the new session is no more valuable (same size): no session for it.
        #expect(Self.openSession(cache, partitions: 1) == 0)
        // More partitions is more valuable: it takes the slot.
        let larger = Self.openSession(cache, partitions: 2)
        #expect(larger != 0 && cache.nextEpoch(of: small) == nil)
        // A follower's session outranks a consumer's.
        let follower = Self.openSession(cache, follower: true, partitions: 1)
        #expect(follower != 0 && cache.nextEpoch(of: larger) == nil)
        #expect(Self.openSession(cache, partitions: 2) == 0)
        // Once unused for longer than the eviction time, any session may take the slot.
        clock.advance(milliseconds: 1001)
        #expect(Self.openSession(cache, partitions: 1) != 0)
        #expect(cache.size == 1)
    }

    @Test func epochsRunToInt32MaxAndWrapToOne() {
        #expect(FetchSessionCache.nextEpoch(1) == 2)
        #expect(FetchSessionCache.nextEpoch(Int32.max) == 1)
        #expect(FetchSessionCache.nextEpoch(-1) == -1)
    }
}
