/// Chooses replicas for new partitions as Kafka's rack-unaware assignment does
/// (`AdminUtils.assignReplicasToBrokersRackUnaware`): the first replica of each partition goes
/// round-robin over the brokers from a random start, and the followers follow it at a shift that
/// starts random and grows by one each time the round-robin wraps, so replicas spread evenly.
struct ReplicaPlacer {
    /// Broker ids to place on, sorted.
    var brokers: [Int32]

    /// Assignments for partitions `startPartition..<startPartition + count`.
    /// `brokers` must hold at least `replicationFactor` ids.
    func place<G: RandomNumberGenerator>(
        startPartition: Int32, count: Int32, replicationFactor: Int, using generator: inout G
    ) -> [[Int32]] {
        let n = brokers.count
        guard n > 0, replicationFactor > 0, replicationFactor <= n else { return [] }
        let startIndex = Int.random(in: 0..<n, using: &generator)
        var nextReplicaShift = Int.random(in: 0..<n, using: &generator)
        var currentPartitionId = Int(startPartition)
        var result: [[Int32]] = []
        for _ in 0..<Int(count) {
            if currentPartitionId > 0 && currentPartitionId % n == 0 { nextReplicaShift += 1 }
            let firstReplicaIndex = (currentPartitionId + startIndex) % n
            var replicas = [brokers[firstReplicaIndex]]
            for j in 0..<(replicationFactor - 1) {
                replicas.append(brokers[Self.replicaIndex(firstReplicaIndex, nextReplicaShift, j, n)])
            }
            result.append(replicas)
            currentPartitionId += 1
        }
        return result
    }

    static func replicaIndex(_ firstReplicaIndex: Int, _ secondReplicaShift: Int, _ replicaIndex: Int, _ n: Int)
        -> Int
    {
        guard n > 1 else { return firstReplicaIndex }
        let shift = 1 + (secondReplicaShift + replicaIndex) % (n - 1)
        return (firstReplicaIndex + shift) % n
    }
}

/// Kafka's `Topic` name rules.
enum TopicNames {
    static let maxNameLength = 249
    static let clusterMetadataTopicName = "__cluster_metadata"

    /// Kafka's `Topic.validate`: the message of the `InvalidTopicException` it would throw, or nil.
    static func validationError(_ name: String) -> String? {
        if name.isEmpty { return "Topic name is illegal, it can't be empty" }
        if name == "." || name == ".." { return "Topic name cannot be \".\" or \"..\"" }
        if name.utf16.count > maxNameLength {
            return "Topic name is illegal, it can't be longer than \(maxNameLength) characters, Topic name: \(name)"
        }
        let legal = name.utf8.allSatisfy { c in
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x2E || c == 0x5F
                || c == 0x2D
        }
        if !legal {
            return "Topic name \"\(name)\" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'"
        }
        return nil
    }

    /// `Topic.hasCollisionChars`.
    static func hasCollisionChars(_ name: String) -> Bool { name.contains(".") || name.contains("_") }

    /// `Topic.unifyCollisionChars`: '.' and '_' collide in metric names, so they are one here.
    static func unifyCollisionChars(_ name: String) -> String { name.replacingOccurrences(".", with: "_") }
}

extension String {
    fileprivate func replacingOccurrences(_ target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
