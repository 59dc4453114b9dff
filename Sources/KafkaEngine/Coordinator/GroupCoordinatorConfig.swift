/// The settings the group coordinator follows, read from the broker config (`group.*`,
/// `offsets.*`, `offset.metadata.max.bytes`) or given by a test.
package struct GroupCoordinatorConfig: Sendable {
    package var minSessionTimeoutMs: Int32 = 6000
    package var maxSessionTimeoutMs: Int32 = 1_800_000
    package var initialRebalanceDelayMs: Int32 = 3000
    package var maxGroupSize: Int32 = Int32.max
    package var offsetsTopicPartitions: Int32 = 50
    package var offsetMetadataMaxBytes: Int32 = 4096
    package var offsetsRetentionMs: Int64 = 7 * 24 * 60 * 60 * 1000
    package var offsetsRetentionCheckIntervalMs: Int64 = 600_000
    /// How long a member that joined in a rebalance may wait for it without heartbeats (Kafka's
    /// `NewMemberJoinTimeoutMs`, KIP-394).
    package var newMemberJoinTimeoutMs: Int64 = 300_000

    package init() {}

    package init(config: BrokerConfig) {
        minSessionTimeoutMs = config.groupMinSessionTimeoutMs
        maxSessionTimeoutMs = config.groupMaxSessionTimeoutMs
        initialRebalanceDelayMs = config.groupInitialRebalanceDelayMs
        maxGroupSize = config.groupMaxSize
        offsetsTopicPartitions = config.offsetsTopicNumPartitions
        offsetMetadataMaxBytes = config.offsetMetadataMaxBytes
        offsetsRetentionMs = config.offsetsRetentionMs
        offsetsRetentionCheckIntervalMs = config.offsetsRetentionCheckIntervalMs
    }
}
