import NIOCore

/// How a group moves partitions between members (Kafka's `RebalanceProtocol`): eager members give
/// up every partition before rejoining; cooperative members keep theirs and give up only the ones
/// the new assignment moves, which then go to their new owner in a second rebalance.
package enum RebalanceProtocol: Int, Sendable, Comparable {
    case eager = 0
    case cooperative = 1

    package static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A client-side partition assignor (Kafka's `ConsumerPartitionAssignor`): the group leader runs the
/// protocol the coordinator chose over every member's subscription. `assign` is pure and
/// deterministic; every subscribed partition of a topic in `partitionsPerTopic` goes to exactly
/// one member that subscribes to its topic, and topics missing from it are not assigned.
package protocol ConsumerPartitionAssignor: Sendable {
    /// The protocol name in JoinGroup (`range`, `roundrobin`, `cooperative-sticky`), shared with
    /// Kafka's Java client and librdkafka.
    var name: String { get }
    /// The rebalance protocols this assignor works with, best last.
    var supportedProtocols: [RebalanceProtocol] { get }
    /// The user data this member puts in its subscription.
    func subscriptionUserData(topics: [String], generation: Int32) -> ByteBuffer?
    /// Each member's partitions, by member id (every member present, possibly with none).
    func assign(partitionsPerTopic: [String: Int], subscriptions: [String: GroupSubscription]) -> [String:
        [TopicPartition]]
}

extension ConsumerPartitionAssignor {
    package func subscriptionUserData(topics: [String], generation: Int32) -> ByteBuffer? { nil }
}

/// The assignors by the names `partition.assignment.strategy` accepts: Kafka's Java class names
/// and librdkafka's (and the protocol's) short names.
package enum ConsumerAssignors {
    package static func named(_ name: String) -> (any ConsumerPartitionAssignor)? {
        switch name {
        case "range", "org.apache.kafka.clients.consumer.RangeAssignor": RangeAssignor()
        case "roundrobin", "org.apache.kafka.clients.consumer.RoundRobinAssignor": RoundRobinAssignor()
        case "cooperative-sticky", "org.apache.kafka.clients.consumer.CooperativeStickyAssignor":
            CooperativeStickyAssignor()
        default: nil
        }
    }

    /// Kafka's default `partition.assignment.strategy` (RangeAssignor, CooperativeStickyAssignor).
    package static let defaultNames = ["range", "cooperative-sticky"]

    /// Kafka's `MemberInfo` order: static members first by instance id, then dynamic ones by member id.
    static func memberOrder(_ subscriptions: [String: GroupSubscription]) -> [String] {
        subscriptions.keys.sorted { a, b in
            switch (subscriptions[a]?.groupInstanceId, subscriptions[b]?.groupInstanceId) {
            case let (x?, y?): return x == y ? a < b : x < y
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return a < b
            }
        }
    }
}

/// Kafka's `RangeAssignor`: per topic, the members subscribed to it in member order each take a
/// consecutive range of partitions; the first `partitions % members` take one extra.
package struct RangeAssignor: ConsumerPartitionAssignor {
    package init() {}
    package var name: String { "range" }
    package var supportedProtocols: [RebalanceProtocol] { [.eager] }

    package func assign(partitionsPerTopic: [String: Int], subscriptions: [String: GroupSubscription])
        -> [String: [TopicPartition]]
    {
        var assignment = subscriptions.mapValues { _ in [TopicPartition]() }
        let order = ConsumerAssignors.memberOrder(subscriptions)
        let topics = Set(subscriptions.values.flatMap(\.topics)).sorted()
        for topic in topics {
            guard let count = partitionsPerTopic[topic], count > 0 else { continue }
            let members = order.filter { subscriptions[$0]?.topics.contains(topic) ?? false }
            guard !members.isEmpty else { continue }
            let perMember = count / members.count
            let extra = count % members.count
            for (i, member) in members.enumerated() {
                let start = perMember * i + min(i, extra)
                let length = perMember + (i + 1 > extra ? 0 : 1)
                for p in start..<start + length {
                    assignment[member, default: []].append(TopicPartition(topic, Int32(p)))
                }
            }
        }
        return assignment
    }
}

/// Kafka's `RoundRobinAssignor`: every subscribed partition in (topic, partition) order goes to the
/// next member, in member order, that subscribes to its topic.
package struct RoundRobinAssignor: ConsumerPartitionAssignor {
    package init() {}
    package var name: String { "roundrobin" }
    package var supportedProtocols: [RebalanceProtocol] { [.eager] }

    package func assign(partitionsPerTopic: [String: Int], subscriptions: [String: GroupSubscription])
        -> [String: [TopicPartition]]
    {
        var assignment = subscriptions.mapValues { _ in [TopicPartition]() }
        let order = ConsumerAssignors.memberOrder(subscriptions)
        guard !order.isEmpty else { return assignment }
        let topicSets = subscriptions.mapValues { Set($0.topics) }
        var next = 0
        for topic in Set(subscriptions.values.flatMap(\.topics)).sorted() {
            for p in 0..<(partitionsPerTopic[topic] ?? 0) {
                // Some member subscribes to `topic` (it came from a subscription), so this ends.
                while !(topicSets[order[next]]?.contains(topic) ?? false) { next = (next + 1) % order.count }
                assignment[order[next], default: []].append(TopicPartition(topic, Int32(p)))
                next = (next + 1) % order.count
            }
        }
        return assignment
    }
}

/// Kafka's `CooperativeStickyAssignor` (`AbstractStickyAssignor` under the cooperative protocol):
/// a balanced assignment that keeps as many partitions as possible with the member that owned them
/// in the newest generation, minus the partitions that change owner (those are revoked first and
/// assigned in the follow-up rebalance).
///
/// When every member subscribes to the same topics this is Kafka's `constrainedAssign`, with members
/// visited in member order where Kafka walks a hash map. Otherwise it keeps each member's valid
/// owned partitions, gives the rest to the least-loaded eligible member, then moves partitions
/// from the most to the least loaded eligible member until no move narrows the spread: the same
/// balance and stickiness goals as Kafka's `generalAssign`, without its exact tie-breaking.
package struct CooperativeStickyAssignor: ConsumerPartitionAssignor {
    package init() {}
    package var name: String { "cooperative-sticky" }
    package var supportedProtocols: [RebalanceProtocol] { [.eager, .cooperative] }

    /// Kafka's `CooperativeStickyAssignor.subscriptionUserData`: the generation as an int32.
    package func subscriptionUserData(topics: [String], generation: Int32) -> ByteBuffer? {
        var buffer = ByteBuffer()
        buffer.writeInteger(generation)
        return buffer
    }

    /// The member's owned partitions and generation (subscription v2+, else the user data's int32).
    static func generation(of subscription: GroupSubscription) -> Int32? {
        if let generation = subscription.generationId { return generation }
        guard var data = subscription.userData else { return nil }
        return data.readInteger(as: Int32.self)
    }

    package func assign(partitionsPerTopic: [String: Int], subscriptions: [String: GroupSubscription])
        -> [String: [TopicPartition]]
    {
        let subscribed = Set(subscriptions.values.flatMap(\.topics))
        let partitionsPerTopic = partitionsPerTopic.filter { subscribed.contains($0.key) }
        let (owned, doublyClaimed) = validOwnedPartitions(
            partitionsPerTopic: partitionsPerTopic, subscriptions: subscriptions)
        let firstTopics = Set(subscriptions.values.first?.topics ?? [])
        var assignment: [String: [TopicPartition]]
        var transferring: [TopicPartition: String] = [:]
        if subscriptions.values.allSatisfy({ Set($0.topics) == firstTopics }) {
            let revoked: Set<TopicPartition>
            (assignment, revoked) = constrainedAssign(partitionsPerTopic: partitionsPerTopic, owned: owned)
            // Kafka's bookkeeping: a partition another current member gave up, or two claimed.
            for (member, partitions) in assignment {
                let kept = Set(owned[member] ?? [])
                for tp in partitions where !kept.contains(tp) && (revoked.contains(tp) || doublyClaimed.contains(tp)) {
                    transferring[tp] = member
                }
            }
        } else {
            assignment = generalAssign(
                partitionsPerTopic: partitionsPerTopic, owned: owned, subscriptions: subscriptions)
            // Kafka's computePartitionsTransferringOwnership: added to one member, owned by another.
            var added: [TopicPartition: String] = [:]
            var revoked: Set<TopicPartition> = []
            for (member, partitions) in assignment {
                let ownedSet = Set(subscriptions[member]?.ownedPartitions ?? [])
                for tp in partitions where !ownedSet.contains(tp) { added[tp] = member }
                let assignedSet = Set(partitions)
                for tp in subscriptions[member]?.ownedPartitions ?? [] where !assignedSet.contains(tp) {
                    revoked.insert(tp)
                }
            }
            for (tp, member) in added where revoked.contains(tp) { transferring[tp] = member }
        }
        // Cooperative: a partition changing owner is left out until its owner has revoked it.
        for (tp, member) in transferring { assignment[member]?.removeAll { $0 == tp } }
        return assignment
    }

    /// Each member's owned partitions that still exist and that it still subscribes to, counting only
    /// members of the highest generation seen (a member without a generation counts only when no
    /// member has one); a partition two such members claim stays with neither and is returned apart.
    private func validOwnedPartitions(
        partitionsPerTopic: [String: Int], subscriptions: [String: GroupSubscription]
    ) -> ([String: [TopicPartition]], Set<TopicPartition>) {
        let generations = subscriptions.mapValues { Self.generation(of: $0) }
        let maxGeneration = generations.values.compactMap { $0 }.max()
        var result: [String: [TopicPartition]] = [:]
        var claimed: [TopicPartition: Int] = [:]
        for (member, subscription) in subscriptions {
            let current: Bool
            if let maxGeneration { current = generations[member] == maxGeneration } else { current = true }
            guard current else {
                result[member] = []
                continue
            }
            let topics = Set(subscription.topics)
            let valid = subscription.ownedPartitions.filter { tp in
                topics.contains(tp.topic) && tp.partition >= 0
                    && Int(tp.partition) < (partitionsPerTopic[tp.topic] ?? 0)
            }
            result[member] = valid
            for tp in valid { claimed[tp, default: 0] += 1 }
        }
        let doubly = Set(claimed.filter { $0.value > 1 }.keys)
        return (result.mapValues { $0.filter { !doubly.contains($0) } }, doubly)
    }

    /// Kafka's `constrainedAssign`: keep owned partitions up to the quota (maxQuota for at most
    /// `total % members` members), then fill members below minQuota round-robin in member-id order
    /// with the remaining partitions in (topic, partition) order, then top up members at minQuota.
    /// Returns the assignment and the owned partitions given up.
    private func constrainedAssign(partitionsPerTopic: [String: Int], owned: [String: [TopicPartition]])
        -> ([String: [TopicPartition]], Set<TopicPartition>)
    {
        let members = owned.keys.sorted()
        guard !members.isEmpty else { return ([:], []) }
        let total = partitionsPerTopic.values.reduce(0, +)
        let minQuota = total / members.count
        let maxQuota = (total + members.count - 1) / members.count
        let expectedOverMin = total % members.count
        var overMin = 0
        var assignment: [String: [TopicPartition]] = [:]
        var revoked: Set<TopicPartition> = []
        var underMin: [String] = []
        var atMin: [String] = []
        for member in members {
            let ownedPartitions = owned[member] ?? []
            if ownedPartitions.count < minQuota {
                assignment[member] = ownedPartitions
                underMin.append(member)
            } else if ownedPartitions.count >= maxQuota && overMin < expectedOverMin {
                overMin += 1
                if overMin == expectedOverMin { atMin.removeAll() }
                assignment[member] = Array(ownedPartitions.prefix(maxQuota))
                revoked.formUnion(ownedPartitions.dropFirst(maxQuota))
            } else {
                assignment[member] = Array(ownedPartitions.prefix(minQuota))
                revoked.formUnion(ownedPartitions.dropFirst(minQuota))
                if overMin < expectedOverMin { atMin.append(member) }
            }
        }
        let assigned = Set(assignment.values.joined())
        let unassigned = partitionsPerTopic.keys.sorted().flatMap { topic in
            (0..<(partitionsPerTopic[topic] ?? 0)).map { TopicPartition(topic, Int32($0)) }
        }.filter { !assigned.contains($0) }
        var next = 0
        for tp in unassigned {
            let member: String
            if next < underMin.count {
                member = underMin[next]
                next += 1
            } else if underMin.isEmpty {
                // Kafka throws here ("No more unfilled consumers"); the quotas make it unreachable.
                guard !atMin.isEmpty else { break }
                member = atMin.removeFirst()
            } else {
                member = underMin[0]
                next = 1
            }
            assignment[member, default: []].append(tp)
            let count = assignment[member]?.count ?? 0
            if count == minQuota, next > 0, underMin[next - 1] == member {
                underMin.remove(at: next - 1)
                next -= 1
                atMin.append(member)
            } else if count == maxQuota {
                overMin += 1
            }
        }
        return (assignment, revoked)
    }

    private func generalAssign(
        partitionsPerTopic: [String: Int], owned: [String: [TopicPartition]], subscriptions: [String: GroupSubscription]
    ) -> [String: [TopicPartition]] {
        let order = ConsumerAssignors.memberOrder(subscriptions)
        let topicSets = subscriptions.mapValues { Set($0.topics) }
        var assignment: [String: [TopicPartition]] = Dictionary(
            uniqueKeysWithValues: order.map { ($0, owned[$0] ?? []) })
        let ownedAll = Set(assignment.values.joined())
        let allPartitions = Set(subscriptions.values.flatMap(\.topics)).sorted().flatMap { topic in
            (0..<(partitionsPerTopic[topic] ?? 0)).map { TopicPartition(topic, Int32($0)) }
        }
        func eligible(_ tp: TopicPartition) -> [String] { order.filter { topicSets[$0]?.contains(tp.topic) ?? false } }
        // Partitions with fewer eligible members first, as Kafka sorts them, so they are not crowded out.
        let unassigned = allPartitions.filter { !ownedAll.contains($0) }.sorted { a, b in
            let (ea, eb) = (eligible(a).count, eligible(b).count)
            return ea == eb ? a < b : ea < eb
        }
        for tp in unassigned {
            let candidates = eligible(tp)
            guard let member = candidates.min(by: { (assignment[$0]?.count ?? 0) < (assignment[$1]?.count ?? 0) })
            else { continue }
            assignment[member, default: []].append(tp)
        }
        // Balance: move one partition at a time from a most loaded to a least loaded eligible member.
        var moved = true
        var rounds = 0
        while moved && rounds < allPartitions.count * 2 {
            moved = false
            rounds += 1
            let byLoad = order.sorted { (assignment[$0]?.count ?? 0) > (assignment[$1]?.count ?? 0) }
            search: for from in byLoad {
                for tp in (assignment[from] ?? []).reversed() {
                    let target = eligible(tp).filter { $0 != from }.min {
                        (assignment[$0]?.count ?? 0) < (assignment[$1]?.count ?? 0)
                    }
                    guard let target, (assignment[target]?.count ?? 0) + 1 < (assignment[from]?.count ?? 0) else {
                        continue
                    }
                    assignment[from]?.removeAll { $0 == tp }
                    assignment[target, default: []].append(tp)
                    moved = true
                    break search
                }
            }
        }
        return assignment
    }
}
