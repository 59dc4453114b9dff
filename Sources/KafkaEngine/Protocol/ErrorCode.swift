/// A Kafka protocol error code: the `int16` a response carries per request, topic or partition,
/// with Kafka's name for it, whether Kafka's clients retry it and Kafka's default message.
///
/// The table is `org.apache.kafka.common.protocol.Errors` from Apache Kafka's 4.x trunk (codes -1
/// through 135, in the order Kafka declares them). `isRetriable` is true exactly where the Java
/// exception for the code extends `RetriableException` (directly, or through
/// `InvalidMetadataException` / `RefreshRetriableException`); that is the "Retriable" column of
/// Kafka's protocol guide. Any other `Int16` is still a valid `ErrorCode`: a newer broker may send
/// codes this table does not know, and they must round-trip. Such a code is named `UNKNOWN(<n>)`,
/// is not retriable, and carries UNKNOWN_SERVER_ERROR's message, as Java's `Errors.forCode`
/// treats it.
package struct ErrorCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    package var rawValue: Int16

    package init(rawValue: Int16) {
        self.rawValue = rawValue
    }

    /// Kafka's upper-case name (`NOT_LEADER_OR_FOLLOWER`), or `UNKNOWN(<n>)` for a code this table
    /// does not define.
    package var name: String {
        entry.map { $0.name.description } ?? "UNKNOWN(\(rawValue))"
    }

    /// Whether Kafka's clients treat the error as transient and retry the request.
    package var isRetriable: Bool {
        entry?.retriable ?? false
    }

    /// The message Kafka's exception for this code carries by default (empty for NONE).
    package var defaultMessage: String {
        (entry ?? Self.entries[0]).message.description
    }

    /// Whether the code is one Kafka defines (in this table).
    package var isKnown: Bool {
        entry != nil
    }

    package var description: String {
        name
    }

    /// Every code Kafka defines, in ascending order.
    package static let all: [ErrorCode] = (-1..<Int16(entries.count - 1)).map { ErrorCode(rawValue: $0) }

    private var entry: Entry? {
        let index = Int(rawValue) + 1
        return index >= 0 && index < Self.entries.count ? Self.entries[index] : nil
    }
}

// MARK: - The codes

extension ErrorCode {
    package static let unknownServerError = ErrorCode(rawValue: -1)
    package static let none = ErrorCode(rawValue: 0)
    package static let offsetOutOfRange = ErrorCode(rawValue: 1)
    package static let corruptMessage = ErrorCode(rawValue: 2)
    package static let unknownTopicOrPartition = ErrorCode(rawValue: 3)
    package static let invalidFetchSize = ErrorCode(rawValue: 4)
    package static let leaderNotAvailable = ErrorCode(rawValue: 5)
    package static let notLeaderOrFollower = ErrorCode(rawValue: 6)
    package static let requestTimedOut = ErrorCode(rawValue: 7)
    package static let brokerNotAvailable = ErrorCode(rawValue: 8)
    package static let replicaNotAvailable = ErrorCode(rawValue: 9)
    package static let messageTooLarge = ErrorCode(rawValue: 10)
    package static let staleControllerEpoch = ErrorCode(rawValue: 11)
    package static let offsetMetadataTooLarge = ErrorCode(rawValue: 12)
    package static let networkException = ErrorCode(rawValue: 13)
    package static let coordinatorLoadInProgress = ErrorCode(rawValue: 14)
    package static let coordinatorNotAvailable = ErrorCode(rawValue: 15)
    package static let notCoordinator = ErrorCode(rawValue: 16)
    package static let invalidTopicException = ErrorCode(rawValue: 17)
    package static let recordListTooLarge = ErrorCode(rawValue: 18)
    package static let notEnoughReplicas = ErrorCode(rawValue: 19)
    package static let notEnoughReplicasAfterAppend = ErrorCode(rawValue: 20)
    package static let invalidRequiredAcks = ErrorCode(rawValue: 21)
    package static let illegalGeneration = ErrorCode(rawValue: 22)
    package static let inconsistentGroupProtocol = ErrorCode(rawValue: 23)
    package static let invalidGroupId = ErrorCode(rawValue: 24)
    package static let unknownMemberId = ErrorCode(rawValue: 25)
    package static let invalidSessionTimeout = ErrorCode(rawValue: 26)
    package static let rebalanceInProgress = ErrorCode(rawValue: 27)
    package static let invalidCommitOffsetSize = ErrorCode(rawValue: 28)
    package static let topicAuthorizationFailed = ErrorCode(rawValue: 29)
    package static let groupAuthorizationFailed = ErrorCode(rawValue: 30)
    package static let clusterAuthorizationFailed = ErrorCode(rawValue: 31)
    package static let invalidTimestamp = ErrorCode(rawValue: 32)
    package static let unsupportedSaslMechanism = ErrorCode(rawValue: 33)
    package static let illegalSaslState = ErrorCode(rawValue: 34)
    package static let unsupportedVersion = ErrorCode(rawValue: 35)
    package static let topicAlreadyExists = ErrorCode(rawValue: 36)
    package static let invalidPartitions = ErrorCode(rawValue: 37)
    package static let invalidReplicationFactor = ErrorCode(rawValue: 38)
    package static let invalidReplicaAssignment = ErrorCode(rawValue: 39)
    package static let invalidConfig = ErrorCode(rawValue: 40)
    package static let notController = ErrorCode(rawValue: 41)
    package static let invalidRequest = ErrorCode(rawValue: 42)
    package static let unsupportedForMessageFormat = ErrorCode(rawValue: 43)
    package static let policyViolation = ErrorCode(rawValue: 44)
    package static let outOfOrderSequenceNumber = ErrorCode(rawValue: 45)
    package static let duplicateSequenceNumber = ErrorCode(rawValue: 46)
    package static let invalidProducerEpoch = ErrorCode(rawValue: 47)
    package static let invalidTxnState = ErrorCode(rawValue: 48)
    package static let invalidProducerIdMapping = ErrorCode(rawValue: 49)
    package static let invalidTransactionTimeout = ErrorCode(rawValue: 50)
    package static let concurrentTransactions = ErrorCode(rawValue: 51)
    package static let transactionCoordinatorFenced = ErrorCode(rawValue: 52)
    package static let transactionalIdAuthorizationFailed = ErrorCode(rawValue: 53)
    package static let securityDisabled = ErrorCode(rawValue: 54)
    package static let operationNotAttempted = ErrorCode(rawValue: 55)
    package static let kafkaStorageError = ErrorCode(rawValue: 56)
    package static let logDirNotFound = ErrorCode(rawValue: 57)
    package static let saslAuthenticationFailed = ErrorCode(rawValue: 58)
    package static let unknownProducerId = ErrorCode(rawValue: 59)
    package static let reassignmentInProgress = ErrorCode(rawValue: 60)
    package static let delegationTokenAuthDisabled = ErrorCode(rawValue: 61)
    package static let delegationTokenNotFound = ErrorCode(rawValue: 62)
    package static let delegationTokenOwnerMismatch = ErrorCode(rawValue: 63)
    package static let delegationTokenRequestNotAllowed = ErrorCode(rawValue: 64)
    package static let delegationTokenAuthorizationFailed = ErrorCode(rawValue: 65)
    package static let delegationTokenExpired = ErrorCode(rawValue: 66)
    package static let invalidPrincipalType = ErrorCode(rawValue: 67)
    package static let nonEmptyGroup = ErrorCode(rawValue: 68)
    package static let groupIdNotFound = ErrorCode(rawValue: 69)
    package static let fetchSessionIdNotFound = ErrorCode(rawValue: 70)
    package static let invalidFetchSessionEpoch = ErrorCode(rawValue: 71)
    package static let listenerNotFound = ErrorCode(rawValue: 72)
    package static let topicDeletionDisabled = ErrorCode(rawValue: 73)
    package static let fencedLeaderEpoch = ErrorCode(rawValue: 74)
    package static let unknownLeaderEpoch = ErrorCode(rawValue: 75)
    package static let unsupportedCompressionType = ErrorCode(rawValue: 76)
    package static let staleBrokerEpoch = ErrorCode(rawValue: 77)
    package static let offsetNotAvailable = ErrorCode(rawValue: 78)
    package static let memberIdRequired = ErrorCode(rawValue: 79)
    package static let preferredLeaderNotAvailable = ErrorCode(rawValue: 80)
    package static let groupMaxSizeReached = ErrorCode(rawValue: 81)
    package static let fencedInstanceId = ErrorCode(rawValue: 82)
    package static let eligibleLeadersNotAvailable = ErrorCode(rawValue: 83)
    package static let electionNotNeeded = ErrorCode(rawValue: 84)
    package static let noReassignmentInProgress = ErrorCode(rawValue: 85)
    package static let groupSubscribedToTopic = ErrorCode(rawValue: 86)
    package static let invalidRecord = ErrorCode(rawValue: 87)
    package static let unstableOffsetCommit = ErrorCode(rawValue: 88)
    package static let throttlingQuotaExceeded = ErrorCode(rawValue: 89)
    package static let producerFenced = ErrorCode(rawValue: 90)
    package static let resourceNotFound = ErrorCode(rawValue: 91)
    package static let duplicateResource = ErrorCode(rawValue: 92)
    package static let unacceptableCredential = ErrorCode(rawValue: 93)
    package static let inconsistentVoterSet = ErrorCode(rawValue: 94)
    package static let invalidUpdateVersion = ErrorCode(rawValue: 95)
    package static let featureUpdateFailed = ErrorCode(rawValue: 96)
    package static let principalDeserializationFailure = ErrorCode(rawValue: 97)
    package static let snapshotNotFound = ErrorCode(rawValue: 98)
    package static let positionOutOfRange = ErrorCode(rawValue: 99)
    package static let unknownTopicId = ErrorCode(rawValue: 100)
    package static let duplicateBrokerRegistration = ErrorCode(rawValue: 101)
    package static let brokerIdNotRegistered = ErrorCode(rawValue: 102)
    package static let inconsistentTopicId = ErrorCode(rawValue: 103)
    package static let inconsistentClusterId = ErrorCode(rawValue: 104)
    package static let transactionalIdNotFound = ErrorCode(rawValue: 105)
    package static let fetchSessionTopicIdError = ErrorCode(rawValue: 106)
    package static let ineligibleReplica = ErrorCode(rawValue: 107)
    package static let newLeaderElected = ErrorCode(rawValue: 108)
    package static let offsetMovedToTieredStorage = ErrorCode(rawValue: 109)
    package static let fencedMemberEpoch = ErrorCode(rawValue: 110)
    package static let unreleasedInstanceId = ErrorCode(rawValue: 111)
    package static let unsupportedAssignor = ErrorCode(rawValue: 112)
    package static let staleMemberEpoch = ErrorCode(rawValue: 113)
    package static let mismatchedEndpointType = ErrorCode(rawValue: 114)
    package static let unsupportedEndpointType = ErrorCode(rawValue: 115)
    package static let unknownControllerId = ErrorCode(rawValue: 116)
    package static let unknownSubscriptionId = ErrorCode(rawValue: 117)
    package static let telemetryTooLarge = ErrorCode(rawValue: 118)
    package static let invalidRegistration = ErrorCode(rawValue: 119)
    package static let transactionAbortable = ErrorCode(rawValue: 120)
    package static let invalidRecordState = ErrorCode(rawValue: 121)
    package static let shareSessionNotFound = ErrorCode(rawValue: 122)
    package static let invalidShareSessionEpoch = ErrorCode(rawValue: 123)
    package static let fencedStateEpoch = ErrorCode(rawValue: 124)
    package static let invalidVoterKey = ErrorCode(rawValue: 125)
    package static let duplicateVoter = ErrorCode(rawValue: 126)
    package static let voterNotFound = ErrorCode(rawValue: 127)
    package static let invalidRegularExpression = ErrorCode(rawValue: 128)
    package static let rebootstrapRequired = ErrorCode(rawValue: 129)
    package static let streamsInvalidTopology = ErrorCode(rawValue: 130)
    package static let streamsInvalidTopologyEpoch = ErrorCode(rawValue: 131)
    package static let streamsTopologyFenced = ErrorCode(rawValue: 132)
    package static let shareSessionLimitReached = ErrorCode(rawValue: 133)
    package static let groupDeletionFailed = ErrorCode(rawValue: 134)
    package static let streamsTopologyDescriptionUpdateFailed = ErrorCode(rawValue: 135)
}

// MARK: - Names, retriability and messages

extension ErrorCode {
    private struct Entry {
        let name: StaticString
        let retriable: Bool
        let message: StaticString

        init(_ name: StaticString, retriable: Bool, _ message: StaticString) {
            self.name = name
            self.retriable = retriable
            self.message = message
        }
    }

    /// Entry `i` describes code `i - 1`; the codes are contiguous from -1.
    private static let entries: [Entry] = [
        Entry("UNKNOWN_SERVER_ERROR", retriable: false, "The server experienced an unexpected error when processing the request."),
        Entry("NONE", retriable: false, ""),
        Entry("OFFSET_OUT_OF_RANGE", retriable: false, "The requested offset is not within the range of offsets maintained by the server."),
        Entry("CORRUPT_MESSAGE", retriable: true, "This message has failed its CRC checksum, exceeds the valid size, has a null key for a compacted topic, or is otherwise corrupt."),
        Entry("UNKNOWN_TOPIC_OR_PARTITION", retriable: true, "This server does not host this topic-partition."),
        Entry("INVALID_FETCH_SIZE", retriable: false, "The requested fetch size is invalid."),
        Entry("LEADER_NOT_AVAILABLE", retriable: true, "There is no leader for this topic-partition as we are in the middle of a leadership election."),
        Entry("NOT_LEADER_OR_FOLLOWER", retriable: true, "For requests intended only for the leader, this error indicates that the broker is not the current leader. For requests intended for any replica, this error indicates that the broker is not a replica of the topic partition."),
        Entry("REQUEST_TIMED_OUT", retriable: true, "The request timed out."),
        Entry("BROKER_NOT_AVAILABLE", retriable: false, "The broker is not available."),
        Entry("REPLICA_NOT_AVAILABLE", retriable: true, "The replica is not available for the requested topic-partition. Produce/Fetch requests and other requests intended only for the leader or follower return NOT_LEADER_OR_FOLLOWER if the broker is not a replica of the topic-partition."),
        Entry("MESSAGE_TOO_LARGE", retriable: false, "The request included a message larger than the max message size the server will accept."),
        Entry("STALE_CONTROLLER_EPOCH", retriable: false, "The controller moved to another broker."),
        Entry("OFFSET_METADATA_TOO_LARGE", retriable: false, "The metadata field of the offset request was too large."),
        Entry("NETWORK_EXCEPTION", retriable: true, "The server disconnected before a response was received."),
        Entry("COORDINATOR_LOAD_IN_PROGRESS", retriable: true, "The coordinator is loading and hence can't process requests."),
        Entry("COORDINATOR_NOT_AVAILABLE", retriable: true, "The coordinator is not available."),
        Entry("NOT_COORDINATOR", retriable: true, "This is not the correct coordinator."),
        Entry("INVALID_TOPIC_EXCEPTION", retriable: false, "The request attempted to perform an operation on an invalid topic."),
        Entry("RECORD_LIST_TOO_LARGE", retriable: false, "The request included message batch larger than the configured segment size on the server."),
        Entry("NOT_ENOUGH_REPLICAS", retriable: true, "Messages are rejected since there are fewer in-sync replicas than required."),
        Entry("NOT_ENOUGH_REPLICAS_AFTER_APPEND", retriable: true, "Messages are written to the log, but to fewer in-sync replicas than required."),
        Entry("INVALID_REQUIRED_ACKS", retriable: false, "Produce request specified an invalid value for required acks."),
        Entry("ILLEGAL_GENERATION", retriable: false, "Specified group generation id is not valid."),
        Entry("INCONSISTENT_GROUP_PROTOCOL", retriable: false, "The group member's supported protocols are incompatible with those of existing members or first group member tried to join with empty protocol type or empty protocol list."),
        Entry("INVALID_GROUP_ID", retriable: false, "The group id is invalid."),
        Entry("UNKNOWN_MEMBER_ID", retriable: false, "The coordinator is not aware of this member."),
        Entry("INVALID_SESSION_TIMEOUT", retriable: false, "The session timeout is not within the range allowed by the broker (as configured by group.min.session.timeout.ms and group.max.session.timeout.ms)."),
        Entry("REBALANCE_IN_PROGRESS", retriable: false, "The group is rebalancing, so a rejoin is needed."),
        Entry("INVALID_COMMIT_OFFSET_SIZE", retriable: false, "The committing offset data size is not valid."),
        Entry("TOPIC_AUTHORIZATION_FAILED", retriable: false, "Topic authorization failed."),
        Entry("GROUP_AUTHORIZATION_FAILED", retriable: false, "Group authorization failed."),
        Entry("CLUSTER_AUTHORIZATION_FAILED", retriable: false, "Cluster authorization failed."),
        Entry("INVALID_TIMESTAMP", retriable: false, "The timestamp of the message is out of acceptable range."),
        Entry("UNSUPPORTED_SASL_MECHANISM", retriable: false, "The broker does not support the requested SASL mechanism."),
        Entry("ILLEGAL_SASL_STATE", retriable: false, "Request is not valid given the current SASL state."),
        Entry("UNSUPPORTED_VERSION", retriable: false, "The version of API is not supported."),
        Entry("TOPIC_ALREADY_EXISTS", retriable: false, "Topic with this name already exists."),
        Entry("INVALID_PARTITIONS", retriable: false, "Number of partitions is below 1."),
        Entry("INVALID_REPLICATION_FACTOR", retriable: false, "Replication factor is below 1 or larger than the number of available brokers."),
        Entry("INVALID_REPLICA_ASSIGNMENT", retriable: false, "Replica assignment is invalid."),
        Entry("INVALID_CONFIG", retriable: false, "Configuration is invalid."),
        Entry("NOT_CONTROLLER", retriable: true, "This is not the correct controller for this cluster."),
        Entry("INVALID_REQUEST", retriable: false, "This most likely occurs because of a request being malformed by the client library or the message was sent to an incompatible broker. See the broker logs for more details."),
        Entry("UNSUPPORTED_FOR_MESSAGE_FORMAT", retriable: false, "The message format version on the broker does not support the request."),
        Entry("POLICY_VIOLATION", retriable: false, "Request parameters do not satisfy the configured policy."),
        Entry("OUT_OF_ORDER_SEQUENCE_NUMBER", retriable: false, "The broker received an out of order sequence number."),
        Entry("DUPLICATE_SEQUENCE_NUMBER", retriable: false, "The broker received a duplicate sequence number."),
        Entry("INVALID_PRODUCER_EPOCH", retriable: false, "Producer attempted to produce with an old epoch."),
        Entry("INVALID_TXN_STATE", retriable: false, "The producer attempted a transactional operation in an invalid state."),
        Entry("INVALID_PRODUCER_ID_MAPPING", retriable: false, "The producer attempted to use a producer id which is not currently assigned to its transactional id."),
        Entry("INVALID_TRANSACTION_TIMEOUT", retriable: false, "The transaction timeout is larger than the maximum value allowed by the broker (as configured by transaction.max.timeout.ms)."),
        Entry("CONCURRENT_TRANSACTIONS", retriable: true, "The producer attempted to update a transaction while another concurrent operation on the same transaction was ongoing."),
        Entry("TRANSACTION_COORDINATOR_FENCED", retriable: false, "Indicates that the transaction coordinator sending a WriteTxnMarker is no longer the current coordinator for a given producer."),
        Entry("TRANSACTIONAL_ID_AUTHORIZATION_FAILED", retriable: false, "Transactional Id authorization failed."),
        Entry("SECURITY_DISABLED", retriable: false, "Security features are disabled."),
        Entry("OPERATION_NOT_ATTEMPTED", retriable: false, "The broker did not attempt to execute this operation. This may happen for batched RPCs where some operations in the batch failed, causing the broker to respond without trying the rest."),
        Entry("KAFKA_STORAGE_ERROR", retriable: true, "Disk error when trying to access log file on the disk."),
        Entry("LOG_DIR_NOT_FOUND", retriable: false, "The user-specified log directory is not found in the broker config."),
        Entry("SASL_AUTHENTICATION_FAILED", retriable: false, "SASL Authentication failed."),
        Entry("UNKNOWN_PRODUCER_ID", retriable: false, "This exception is raised by the broker if it could not locate the producer metadata associated with the producerId in question. This could happen if, for instance, the producer's records were deleted because their retention time had elapsed. Once the last records of the producerId are removed, the producer's metadata is removed from the broker, and future appends by the producer will return this exception."),
        Entry("REASSIGNMENT_IN_PROGRESS", retriable: false, "A partition reassignment is in progress."),
        Entry("DELEGATION_TOKEN_AUTH_DISABLED", retriable: false, "Delegation Token feature is not enabled."),
        Entry("DELEGATION_TOKEN_NOT_FOUND", retriable: false, "Delegation Token is not found on server."),
        Entry("DELEGATION_TOKEN_OWNER_MISMATCH", retriable: false, "Specified Principal is not valid Owner/Renewer."),
        Entry("DELEGATION_TOKEN_REQUEST_NOT_ALLOWED", retriable: false, "Delegation Token requests are not allowed on PLAINTEXT/1-way SSL channels and on delegation token authenticated channels."),
        Entry("DELEGATION_TOKEN_AUTHORIZATION_FAILED", retriable: false, "Delegation Token authorization failed."),
        Entry("DELEGATION_TOKEN_EXPIRED", retriable: false, "Delegation Token is expired."),
        Entry("INVALID_PRINCIPAL_TYPE", retriable: false, "Supplied principalType is not supported."),
        Entry("NON_EMPTY_GROUP", retriable: false, "The group is not empty."),
        Entry("GROUP_ID_NOT_FOUND", retriable: false, "The group id does not exist."),
        Entry("FETCH_SESSION_ID_NOT_FOUND", retriable: true, "The fetch session ID was not found."),
        Entry("INVALID_FETCH_SESSION_EPOCH", retriable: true, "The fetch session epoch is invalid."),
        Entry("LISTENER_NOT_FOUND", retriable: true, "There is no listener on the leader broker that matches the listener on which metadata request was processed."),
        Entry("TOPIC_DELETION_DISABLED", retriable: false, "Topic deletion is disabled."),
        Entry("FENCED_LEADER_EPOCH", retriable: true, "The leader epoch in the request is older than the epoch on the broker."),
        Entry("UNKNOWN_LEADER_EPOCH", retriable: true, "The leader epoch in the request is newer than the epoch on the broker."),
        Entry("UNSUPPORTED_COMPRESSION_TYPE", retriable: false, "The requesting client does not support the compression type of given partition."),
        Entry("STALE_BROKER_EPOCH", retriable: false, "Broker epoch has changed."),
        Entry("OFFSET_NOT_AVAILABLE", retriable: true, "The leader high watermark has not caught up from a recent leader election so the offsets cannot be guaranteed to be monotonically increasing."),
        Entry("MEMBER_ID_REQUIRED", retriable: false, "The group member needs to have a valid member id before actually entering a consumer group."),
        Entry("PREFERRED_LEADER_NOT_AVAILABLE", retriable: true, "The preferred leader was not available."),
        Entry("GROUP_MAX_SIZE_REACHED", retriable: false, "The group has reached its maximum size."),
        Entry("FENCED_INSTANCE_ID", retriable: false, "The broker rejected this static consumer since another consumer with the same group.instance.id has registered with a different member.id."),
        Entry("ELIGIBLE_LEADERS_NOT_AVAILABLE", retriable: true, "Eligible topic partition leaders are not available."),
        Entry("ELECTION_NOT_NEEDED", retriable: true, "Leader election not needed for topic partition."),
        Entry("NO_REASSIGNMENT_IN_PROGRESS", retriable: false, "No partition reassignment is in progress."),
        Entry("GROUP_SUBSCRIBED_TO_TOPIC", retriable: false, "Deleting offsets of a topic is forbidden while the consumer group is actively subscribed to it."),
        Entry("INVALID_RECORD", retriable: false, "This record has failed the validation on broker and hence will be rejected."),
        Entry("UNSTABLE_OFFSET_COMMIT", retriable: true, "There are unstable offsets that need to be cleared."),
        Entry("THROTTLING_QUOTA_EXCEEDED", retriable: true, "The throttling quota has been exceeded."),
        Entry("PRODUCER_FENCED", retriable: false, "There is a newer producer with the same transactionalId which fences the current one."),
        Entry("RESOURCE_NOT_FOUND", retriable: false, "A request illegally referred to a resource that does not exist."),
        Entry("DUPLICATE_RESOURCE", retriable: false, "A request illegally referred to the same resource twice."),
        Entry("UNACCEPTABLE_CREDENTIAL", retriable: false, "Requested credential would not meet criteria for acceptability."),
        Entry("INCONSISTENT_VOTER_SET", retriable: false, "Indicates that the either the sender or recipient of a voter-only request is not one of the expected voters."),
        Entry("INVALID_UPDATE_VERSION", retriable: false, "The given update version was invalid."),
        Entry("FEATURE_UPDATE_FAILED", retriable: false, "Unable to update finalized features due to an unexpected server error."),
        Entry("PRINCIPAL_DESERIALIZATION_FAILURE", retriable: false, "Request principal deserialization failed during forwarding. This indicates an internal error on the broker cluster security setup."),
        Entry("SNAPSHOT_NOT_FOUND", retriable: false, "Requested snapshot was not found."),
        Entry("POSITION_OUT_OF_RANGE", retriable: false, "Requested position is not greater than or equal to zero, and less than the size of the snapshot."),
        Entry("UNKNOWN_TOPIC_ID", retriable: true, "This server does not host this topic ID."),
        Entry("DUPLICATE_BROKER_REGISTRATION", retriable: false, "This broker ID is already in use."),
        Entry("BROKER_ID_NOT_REGISTERED", retriable: false, "The given broker ID was not registered."),
        Entry("INCONSISTENT_TOPIC_ID", retriable: true, "The log's topic ID did not match the topic ID in the request."),
        Entry("INCONSISTENT_CLUSTER_ID", retriable: false, "The clusterId in the request does not match that found on the server."),
        Entry("TRANSACTIONAL_ID_NOT_FOUND", retriable: false, "The transactionalId could not be found."),
        Entry("FETCH_SESSION_TOPIC_ID_ERROR", retriable: true, "The fetch session encountered inconsistent topic ID usage."),
        Entry("INELIGIBLE_REPLICA", retriable: false, "The new ISR contains at least one ineligible replica."),
        Entry("NEW_LEADER_ELECTED", retriable: false, "The AlterPartition request successfully updated the partition state but the leader has changed."),
        Entry("OFFSET_MOVED_TO_TIERED_STORAGE", retriable: false, "The requested offset is moved to tiered storage."),
        Entry("FENCED_MEMBER_EPOCH", retriable: false, "The member epoch is fenced by the group coordinator. The member must abandon all its partitions and rejoin."),
        Entry("UNRELEASED_INSTANCE_ID", retriable: false, "The instance ID is still used by another member in the consumer group. That member must leave first."),
        Entry("UNSUPPORTED_ASSIGNOR", retriable: false, "The assignor or its version range is not supported by the consumer group."),
        Entry("STALE_MEMBER_EPOCH", retriable: false, "The member epoch is stale. The member must retry after receiving its updated member epoch via the ConsumerGroupHeartbeat API."),
        Entry("MISMATCHED_ENDPOINT_TYPE", retriable: false, "The request was sent to an endpoint of the wrong type."),
        Entry("UNSUPPORTED_ENDPOINT_TYPE", retriable: false, "This endpoint type is not supported yet."),
        Entry("UNKNOWN_CONTROLLER_ID", retriable: false, "This controller ID is not known."),
        Entry("UNKNOWN_SUBSCRIPTION_ID", retriable: false, "Client sent a push telemetry request with an invalid or outdated subscription ID."),
        Entry("TELEMETRY_TOO_LARGE", retriable: false, "Client sent a push telemetry request larger than the maximum size the broker will accept."),
        Entry("INVALID_REGISTRATION", retriable: false, "The controller has considered the broker registration to be invalid."),
        Entry("TRANSACTION_ABORTABLE", retriable: false, "The server encountered an error with the transaction. The client can abort the transaction to continue using this transactional ID."),
        Entry("INVALID_RECORD_STATE", retriable: false, "The record state is invalid. The acknowledgement of delivery could not be completed."),
        Entry("SHARE_SESSION_NOT_FOUND", retriable: true, "The share session was not found."),
        Entry("INVALID_SHARE_SESSION_EPOCH", retriable: true, "The share session epoch is invalid."),
        Entry("FENCED_STATE_EPOCH", retriable: false, "The share coordinator rejected the request because the share-group state epoch did not match."),
        Entry("INVALID_VOTER_KEY", retriable: false, "The voter key doesn't match the receiving replica's key."),
        Entry("DUPLICATE_VOTER", retriable: false, "The voter is already part of the set of voters."),
        Entry("VOTER_NOT_FOUND", retriable: false, "The voter is not part of the set of voters."),
        Entry("INVALID_REGULAR_EXPRESSION", retriable: false, "The regular expression is not valid."),
        Entry("REBOOTSTRAP_REQUIRED", retriable: false, "Client metadata is stale. The client should rebootstrap to obtain new metadata."),
        Entry("STREAMS_INVALID_TOPOLOGY", retriable: false, "The supplied topology is invalid."),
        Entry("STREAMS_INVALID_TOPOLOGY_EPOCH", retriable: false, "The supplied topology epoch is invalid."),
        Entry("STREAMS_TOPOLOGY_FENCED", retriable: false, "The supplied topology epoch is outdated."),
        Entry("SHARE_SESSION_LIMIT_REACHED", retriable: true, "The limit of share sessions has been reached."),
        Entry("GROUP_DELETION_FAILED", retriable: false, "DeleteGroups could not complete; see the error message on the per-group result for details."),
        Entry("STREAMS_TOPOLOGY_DESCRIPTION_UPDATE_FAILED", retriable: false, "The broker could not process the topology description update; see the error message for details."),
    ]
}

/// An error code can be thrown or carried in a `Result` where a Kafka error is the whole story.
extension ErrorCode: Error {}
