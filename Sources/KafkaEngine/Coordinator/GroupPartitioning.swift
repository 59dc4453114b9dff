/// Which `__consumer_offsets` partition holds a group (Kafka's `GroupCoordinator.partitionFor`):
/// `Utils.abs(groupId.hashCode()) % offsets.topic.num.partitions`, with Java's `String.hashCode`
/// over UTF-16 code units (wrapping 32-bit arithmetic) and Kafka's `Utils.abs`, which maps
/// `Int32.min` to 0 rather than trapping. Every broker and client must agree on it bit for bit.
package enum GroupPartitioning {
    /// Java's `String.hashCode`: `s[0]*31^(n-1) + … + s[n-1]` over UTF-16 code units, wrapping.
    package static func javaHashCode(_ string: String) -> Int32 {
        var hash: Int32 = 0
        for unit in string.utf16 {
            hash = hash &* 31 &+ Int32(unit)
        }
        return hash
    }

    /// Kafka's `Utils.abs`: `n & 0x7fffffff`, so `Int32.min` becomes 0.
    package static func kafkaAbs(_ value: Int32) -> Int32 {
        value & 0x7fff_ffff
    }

    /// The offsets-topic partition of `groupId`; `partitionCount` must be positive.
    package static func partition(for groupId: String, partitionCount: Int32) -> Int32 {
        kafkaAbs(javaHashCode(groupId)) % max(1, partitionCount)
    }
}
