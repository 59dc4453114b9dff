import NIOCore

/// Fetch (API 1), every version: consumers and followers read partitions through the replica
/// manager, with incremental fetch sessions (v7+) and topic ids (v13+). The response is laid out
/// for zero copy: the bytes around each partition's records are encoded here, and the records
/// themselves go out as a file region of their segment (a `dup` of its descriptor, sent with
/// sendfile), with their length prefix in the bytes before them.
package struct FetchHandler: ApiHandler {
    package let replicaManager: ReplicaManager
    package let metadataCache: MetadataCache
    package let sessionCache: FetchSessionCache
    /// `fetch.max.bytes`: the most a response may carry, whatever the request asks.
    package let fetchMaxBytes: Int32

    package init(
        replicaManager: ReplicaManager, metadataCache: MetadataCache, config: BrokerConfig,
        sessionCache: FetchSessionCache? = nil, clock: any KafkaClock = SystemClock()
    ) {
        self.replicaManager = replicaManager
        self.metadataCache = metadataCache
        self.fetchMaxBytes = config.fetchMaxBytes
        self.sessionCache =
            sessionCache
            ?? FetchSessionCache(maxEntries: Int(max(0, config.maxIncrementalFetchSessionCacheSlots)), clock: clock)
    }

    package var versions: [ApiKey: ClosedRange<Int16>] { [.fetch: FetchRequest.validVersions] }

    package func handle(_ request: any KafkaRequestMessage, context: RequestContext) async -> HandlerResult {
        guard let request = request as? FetchRequest else { return .close }
        let version = context.apiVersion
        let usesTopicIds = version >= 13
        let image = metadataCache.image
        let replicaId = version >= 15 ? request.replicaState.replicaId : request.replicaId
        let replicaEpoch = version >= 15 ? request.replicaState.replicaEpoch : -1

        var partitions: [FetchPartitionRequest] = []
        for topic in request.topics {
            // A topic id this broker does not know keeps an empty name: UNKNOWN_TOPIC_ID.
            let name = usesTopicIds ? (image.topics[id: topic.topicId]?.name ?? "") : topic.topic
            for partition in topic.partitions {
                partitions.append(
                    FetchPartitionRequest(
                        topicPartition: TopicPartition(name, partition.partition),
                        topicId: usesTopicIds ? topic.topicId : .zero, fetchOffset: partition.fetchOffset,
                        logStartOffset: partition.logStartOffset, partitionMaxBytes: partition.partitionMaxBytes,
                        currentLeaderEpoch: partition.currentLeaderEpoch, lastFetchedEpoch: partition.lastFetchedEpoch))
            }
        }
        var forgotten: [FetchSessionKey] = []
        for topic in request.forgottenTopicsData {
            for partition in topic.partitions {
                forgotten.append(
                    FetchSessionKey(
                        topicId: usesTopicIds ? topic.topicId : .zero, topic: usesTopicIds ? "" : topic.topic,
                        partition: partition))
            }
        }
        let fetchContext =
            version >= 7
            ? sessionCache.newContext(
                sessionId: request.sessionId, epoch: request.sessionEpoch, isFromFollower: replicaId >= 0,
                usesTopicIds: usesTopicIds, partitions: partitions, forgotten: forgotten)
            : .sessionless(partitions)

        var errorCode = ErrorCode.none
        var sessionId = FetchSessionCache.invalidSessionId
        var answered: [FetchPartitionResult] = []
        if case .error(let code) = fetchContext {
            errorCode = code
        } else {
            let maxBytes = min(request.maxBytes, fetchMaxBytes)
            let params = FetchParams(
                replicaId: replicaId, replicaEpoch: replicaEpoch, maxWaitMs: request.maxWaitMs,
                minBytes: min(request.minBytes, maxBytes), maxBytes: maxBytes,
                isolationLevel: version >= 4 ? request.isolationLevel : 0, hardMaxBytesLimit: version <= 2)
            let results = await replicaManager.fetchMessages(params, fetchContext.partitions)
            (sessionId, answered) = sessionCache.completeFetch(fetchContext, results: results)
        }
        do {
            return .body(
                try Self.responseParts(
                    version: version, errorCode: errorCode, sessionId: sessionId, results: answered))
        } catch {
            return .close
        }
    }

    // MARK: Zero-copy layout

    /// The FetchResponse body as parts: bytes, then for each partition with records a file region
    /// of its segment, then bytes again. Concatenated (the regions read from their files) they are
    /// exactly `FetchResponse.write(version:)` of the same response with the records inline.
    /// Partitions are grouped by topic in the order given.
    package static func responseParts(
        version: Int16, throttleTimeMs: Int32 = 0, errorCode: ErrorCode, sessionId: Int32,
        results: [FetchPartitionResult]
    ) throws(KafkaProtocolError) -> [ResponsePart] {
        let flexible = FetchResponse.isFlexible(version: version)
        var writer = PartsWriter()
        if version >= 1 { writer.bytes.writeInteger(throttleTimeMs) }
        if version >= 7 {
            writer.bytes.writeInteger(errorCode.rawValue)
            writer.bytes.writeInteger(sessionId)
        }
        var topics: [(topic: String, topicId: KafkaUUID, results: [FetchPartitionResult])] = []
        for result in results {
            if let last = topics.last, last.topic == result.topicPartition.topic, last.topicId == result.topicId {
                topics[topics.count - 1].results.append(result)
            } else {
                topics.append((result.topicPartition.topic, result.topicId, [result]))
            }
        }
        try writer.bytes.writeKafkaArrayCount(topics.count, compact: flexible)
        for topic in topics {
            if version <= 12 { try writer.bytes.writeKafkaString(topic.topic, compact: flexible) }
            if version >= 13 { writer.bytes.writeKafkaUUID(topic.topicId) }
            try writer.bytes.writeKafkaArrayCount(topic.results.count, compact: flexible)
            for result in topic.results {
                try writePartition(result, version: version, flexible: flexible, to: &writer)
            }
            if flexible { writer.bytes.writeTaggedFields(known: [], unknown: []) }
        }
        if flexible { writer.bytes.writeTaggedFields(known: [], unknown: []) }
        return writer.finish()
    }

    /// Parts being built: finished parts, and the bytes after the last file region.
    struct PartsWriter {
        var parts: [ResponsePart] = []
        var bytes = ByteBufferAllocator().buffer(capacity: 256)

        mutating func appendFile(_ slice: FileSlice, descriptor: CInt) {
            parts.append(.bytes(bytes))
            parts.append(.file(descriptor: descriptor, offset: Int64(slice.position), count: slice.length))
            bytes = ByteBufferAllocator().buffer(capacity: 128)
        }

        mutating func finish() -> [ResponsePart] {
            if bytes.readableBytes > 0 || parts.isEmpty { parts.append(.bytes(bytes)) }
            return parts
        }
    }

    /// One partition: the generated encoder writes everything but the records (encoded once with
    /// the records null and no tagged fields to find where they go, once with the tagged fields for
    /// what follows them); the records' length prefix and the file region go in between.
    private static func writePartition(
        _ result: FetchPartitionResult, version: Int16, flexible: Bool, to writer: inout PartsWriter
    ) throws(KafkaProtocolError) {
        var result = result
        var descriptor: CInt?
        var inlineRecords: ByteBuffer?
        if let records = result.records, records.length > 0 {
            if let duplicate = try? records.duplicateDescriptor() {
                descriptor = duplicate
            } else if let bytes = try? records.readBytes() {
                inlineRecords = bytes
            } else {
                result = FetchPartitionResult(
                    topicPartition: result.topicPartition, topicId: result.topicId, error: .kafkaStorageError)
            }
        }
        var data = FetchResponse.PartitionData()
        data.partitionIndex = result.topicPartition.partition
        data.errorCode = result.error.rawValue
        data.highWatermark = result.highWatermark
        data.lastStableOffset = result.lastStableOffset
        data.logStartOffset = result.logStartOffset
        data.abortedTransactions = result.abortedTransactions.map { aborted in
            aborted.map { txn in
                var entry = FetchResponse.AbortedTransaction()
                entry.producerId = txn.producerId
                entry.firstOffset = txn.firstOffset
                return entry
            }
        }
        if version >= 11 { data.preferredReadReplica = result.preferredReadReplica }
        data.records = nil
        var stripped = ByteBufferAllocator().buffer(capacity: 64)
        try data.write(to: &stripped, version: version)
        if version >= 12 {
            if let diverging = result.divergingEpoch {
                data.divergingEpoch.epoch = diverging.epoch
                data.divergingEpoch.endOffset = diverging.endOffset
            }
            if let leader = result.currentLeader {
                data.currentLeader.leaderId = leader.leaderId
                data.currentLeader.leaderEpoch = leader.leaderEpoch
            }
        }
        var full = ByteBufferAllocator().buffer(capacity: 64)
        try data.write(to: &full, version: version)

        // `stripped` ends with the null records marker (int32 -1, or varint 0 and an empty
        // tagged-field count); what `full` has after that marker is the partition's tagged fields.
        let nullMarkerSize = flexible ? 1 : 4
        let prefixSize = stripped.readableBytes - nullMarkerSize - (flexible ? 1 : 0)
        guard prefixSize >= 0, let prefix = stripped.getSlice(at: stripped.readerIndex, length: prefixSize),
            let tail = full.getSlice(
                at: full.readerIndex + prefixSize + nullMarkerSize,
                length: full.readableBytes - prefixSize - nullMarkerSize)
        else {
            throw .malformed("FetchResponse partition layout")
        }
        writer.bytes.writeImmutableBuffer(prefix)
        if let inlineRecords {
            try writer.bytes.writeKafkaBytes(inlineRecords, compact: flexible)
        } else if let descriptor, let records = result.records {
            try writer.bytes.writeKafkaLength(records.length, compact: flexible, wide: true)
            writer.appendFile(records, descriptor: descriptor)
        } else {
            try writer.bytes.writeKafkaLength(0, compact: flexible, wide: true)
        }
        writer.bytes.writeImmutableBuffer(tail)
    }
}
