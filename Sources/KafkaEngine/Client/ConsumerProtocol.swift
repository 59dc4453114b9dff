import NIOCore

/// A member's subscription as the consumer protocol carries it in JoinGroup metadata (Kafka's
/// `ConsumerPartitionAssignor.Subscription`): the topics, the assignor's user data, and from v1 the
/// partitions the member owns, from v2 its generation, from v3 its rack. `groupInstanceId` comes
/// from the JoinGroup member entry, not the bytes; assignors order static members by it.
package struct GroupSubscription: Sendable, Equatable {
    package var topics: [String]
    package var userData: ByteBuffer?
    package var ownedPartitions: [TopicPartition]
    /// nil when the encoding has none (v0/v1) or carries -1.
    package var generationId: Int32?
    /// As sent (librdkafka sends an empty string for no rack), so re-encoding gives the same bytes.
    package var rackId: String?
    package var groupInstanceId: String?

    package init(
        topics: [String], userData: ByteBuffer? = nil, ownedPartitions: [TopicPartition] = [],
        generationId: Int32? = nil, rackId: String? = nil, groupInstanceId: String? = nil
    ) {
        self.topics = topics
        self.userData = userData
        self.ownedPartitions = ownedPartitions
        self.generationId = generationId
        self.rackId = rackId
        self.groupInstanceId = groupInstanceId
    }
}

/// A member's assignment as SyncGroup carries it (Kafka's `ConsumerPartitionAssignor.Assignment`).
package struct GroupAssignment: Sendable, Equatable {
    package var partitions: [TopicPartition]
    package var userData: ByteBuffer?

    package init(partitions: [TopicPartition], userData: ByteBuffer? = nil) {
        self.partitions = partitions
        self.userData = userData
    }
}

/// Kafka's `ConsumerProtocol`: the "consumer" protocol type's subscription and assignment bytes,
/// each an int16 version followed by `ConsumerProtocolSubscription` / `ConsumerProtocolAssignment`
/// at that version. Decoding a version newer than this code knows reads the fields it knows (the
/// schemas only ever append), as Kafka does; trailing bytes are ignored for the same reason.
package enum ConsumerProtocol {
    package static let protocolType = "consumer"
    /// The newest version written (v3: rack id).
    package static let subscriptionVersion: Int16 = 3
    package static let assignmentVersion: Int16 = 3

    package static func encode(_ subscription: GroupSubscription, version: Int16 = subscriptionVersion) -> ByteBuffer {
        var message = ConsumerProtocolSubscription()
        message.topics = subscription.topics
        message.userData = subscription.userData
        message.ownedPartitions = grouped(subscription.ownedPartitions).map { topic, partitions in
            var entry = ConsumerProtocolSubscription.TopicPartition()
            entry.topic = topic
            entry.partitions = partitions
            return entry
        }
        message.generationId = subscription.generationId ?? -1
        message.rackId = subscription.rackId
        var buffer = ByteBuffer()
        buffer.writeInteger(version)
        // Every field is representable at every version (newer fields are ignorable), so this cannot fail.
        try? message.write(to: &buffer, version: version)
        return buffer
    }

    package static func decodeSubscription(_ bytes: ByteBuffer) throws(KafkaProtocolError) -> GroupSubscription {
        var buffer = bytes
        let version = try readVersion(&buffer, of: "subscription")
        let message = try ConsumerProtocolSubscription(
            from: &buffer, version: min(version, ConsumerProtocolSubscription.validVersions.upperBound))
        return GroupSubscription(
            topics: message.topics, userData: message.userData,
            ownedPartitions: message.ownedPartitions.flatMap { entry in
                entry.partitions.map { TopicPartition(entry.topic, $0) }
            },
            generationId: message.generationId >= 0 ? message.generationId : nil,
            rackId: message.rackId)
    }

    package static func encode(_ assignment: GroupAssignment, version: Int16 = assignmentVersion) -> ByteBuffer {
        var message = ConsumerProtocolAssignment()
        message.assignedPartitions = grouped(assignment.partitions).map { topic, partitions in
            var entry = ConsumerProtocolAssignment.TopicPartition()
            entry.topic = topic
            entry.partitions = partitions
            return entry
        }
        message.userData = assignment.userData
        var buffer = ByteBuffer()
        buffer.writeInteger(version)
        try? message.write(to: &buffer, version: version)
        return buffer
    }

    /// An empty buffer is an empty assignment (what the coordinator sends a member the leader left out).
    package static func decodeAssignment(_ bytes: ByteBuffer) throws(KafkaProtocolError) -> GroupAssignment {
        if bytes.readableBytes == 0 { return GroupAssignment(partitions: []) }
        var buffer = bytes
        let version = try readVersion(&buffer, of: "assignment")
        let message = try ConsumerProtocolAssignment(
            from: &buffer, version: min(version, ConsumerProtocolAssignment.validVersions.upperBound))
        return GroupAssignment(
            partitions: message.assignedPartitions.flatMap { entry in
                entry.partitions.map { TopicPartition(entry.topic, $0) }
            },
            userData: message.userData)
    }

    private static func readVersion(_ buffer: inout ByteBuffer, of what: String) throws(KafkaProtocolError) -> Int16 {
        guard let version = buffer.readInteger(as: Int16.self) else {
            throw .malformed("consumer protocol \(what) is shorter than its version")
        }
        guard version >= 0 else { throw .malformed("consumer protocol \(what) has version \(version)") }
        return version
    }

    /// Partitions grouped by topic, in first-seen topic order (Kafka groups the same way when encoding).
    private static func grouped(_ partitions: [TopicPartition]) -> [(String, [Int32])] {
        var order: [String] = []
        var byTopic: [String: [Int32]] = [:]
        for tp in partitions {
            if byTopic[tp.topic] == nil { order.append(tp.topic) }
            byTopic[tp.topic, default: []].append(tp.partition)
        }
        return order.map { ($0, byTopic[$0] ?? []) }
    }
}
