// Generated from Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

@testable import KafkaEngine

/// Every generated message type, for the round-trip tests.
let allGeneratedMessageTypes: [any RandomizableMessage.Type] = [
    AddOffsetsToTxnRequest.self,
    AddOffsetsToTxnResponse.self,
    AddPartitionsToTxnRequest.self,
    AddPartitionsToTxnResponse.self,
    AddRaftVoterRequest.self,
    AddRaftVoterResponse.self,
    AllocateProducerIdsRequest.self,
    AllocateProducerIdsResponse.self,
    AlterClientQuotasRequest.self,
    AlterClientQuotasResponse.self,
    AlterConfigsRequest.self,
    AlterConfigsResponse.self,
    AlterPartitionReassignmentsRequest.self,
    AlterPartitionReassignmentsResponse.self,
    AlterPartitionRequest.self,
    AlterPartitionResponse.self,
    AlterReplicaLogDirsRequest.self,
    AlterReplicaLogDirsResponse.self,
    AlterUserScramCredentialsRequest.self,
    AlterUserScramCredentialsResponse.self,
    ApiVersionsRequest.self,
    ApiVersionsResponse.self,
    AssignReplicasToDirsRequest.self,
    AssignReplicasToDirsResponse.self,
    BeginQuorumEpochRequest.self,
    BeginQuorumEpochResponse.self,
    BrokerHeartbeatRequest.self,
    BrokerHeartbeatResponse.self,
    BrokerRegistrationRequest.self,
    BrokerRegistrationResponse.self,
    ConsumerGroupDescribeRequest.self,
    ConsumerGroupDescribeResponse.self,
    ConsumerGroupHeartbeatRequest.self,
    ConsumerGroupHeartbeatResponse.self,
    ConsumerProtocolAssignment.self,
    ConsumerProtocolSubscription.self,
    ControlledShutdownRequest.self,
    ControlledShutdownResponse.self,
    ControllerRegistrationRequest.self,
    ControllerRegistrationResponse.self,
    CreateAclsRequest.self,
    CreateAclsResponse.self,
    CreateDelegationTokenRequest.self,
    CreateDelegationTokenResponse.self,
    CreatePartitionsRequest.self,
    CreatePartitionsResponse.self,
    CreateTopicsRequest.self,
    CreateTopicsResponse.self,
    DefaultPrincipalData.self,
    DeleteAclsRequest.self,
    DeleteAclsResponse.self,
    DeleteGroupsRequest.self,
    DeleteGroupsResponse.self,
    DeleteRecordsRequest.self,
    DeleteRecordsResponse.self,
    DeleteShareGroupStateRequest.self,
    DeleteShareGroupStateResponse.self,
    DeleteTopicsRequest.self,
    DeleteTopicsResponse.self,
    DescribeAclsRequest.self,
    DescribeAclsResponse.self,
    DescribeClientQuotasRequest.self,
    DescribeClientQuotasResponse.self,
    DescribeClusterRequest.self,
    DescribeClusterResponse.self,
    DescribeConfigsRequest.self,
    DescribeConfigsResponse.self,
    DescribeDelegationTokenRequest.self,
    DescribeDelegationTokenResponse.self,
    DescribeGroupsRequest.self,
    DescribeGroupsResponse.self,
    DescribeLogDirsRequest.self,
    DescribeLogDirsResponse.self,
    DescribeProducersRequest.self,
    DescribeProducersResponse.self,
    DescribeQuorumRequest.self,
    DescribeQuorumResponse.self,
    DescribeTopicPartitionsRequest.self,
    DescribeTopicPartitionsResponse.self,
    DescribeTransactionsRequest.self,
    DescribeTransactionsResponse.self,
    DescribeUserScramCredentialsRequest.self,
    DescribeUserScramCredentialsResponse.self,
    ElectLeadersRequest.self,
    ElectLeadersResponse.self,
    EndQuorumEpochRequest.self,
    EndQuorumEpochResponse.self,
    EndTxnRequest.self,
    EndTxnResponse.self,
    EnvelopeRequest.self,
    EnvelopeResponse.self,
    ExpireDelegationTokenRequest.self,
    ExpireDelegationTokenResponse.self,
    FetchRequest.self,
    FetchResponse.self,
    FetchSnapshotRequest.self,
    FetchSnapshotResponse.self,
    FindCoordinatorRequest.self,
    FindCoordinatorResponse.self,
    GetTelemetrySubscriptionsRequest.self,
    GetTelemetrySubscriptionsResponse.self,
    HeartbeatRequest.self,
    HeartbeatResponse.self,
    IncrementalAlterConfigsRequest.self,
    IncrementalAlterConfigsResponse.self,
    InitProducerIdRequest.self,
    InitProducerIdResponse.self,
    InitializeShareGroupStateRequest.self,
    InitializeShareGroupStateResponse.self,
    JoinGroupRequest.self,
    JoinGroupResponse.self,
    KRaftVersionRecord.self,
    LeaderAndIsrRequest.self,
    LeaderAndIsrResponse.self,
    LeaderChangeMessage.self,
    LeaveGroupRequest.self,
    LeaveGroupResponse.self,
    ListClientMetricsResourcesRequest.self,
    ListClientMetricsResourcesResponse.self,
    ListGroupsRequest.self,
    ListGroupsResponse.self,
    ListOffsetsRequest.self,
    ListOffsetsResponse.self,
    ListPartitionReassignmentsRequest.self,
    ListPartitionReassignmentsResponse.self,
    ListTransactionsRequest.self,
    ListTransactionsResponse.self,
    MetadataRequest.self,
    MetadataResponse.self,
    OffsetCommitRequest.self,
    OffsetCommitResponse.self,
    OffsetDeleteRequest.self,
    OffsetDeleteResponse.self,
    OffsetFetchRequest.self,
    OffsetFetchResponse.self,
    OffsetForLeaderEpochRequest.self,
    OffsetForLeaderEpochResponse.self,
    ProduceRequest.self,
    ProduceResponse.self,
    PushTelemetryRequest.self,
    PushTelemetryResponse.self,
    ReadShareGroupStateRequest.self,
    ReadShareGroupStateResponse.self,
    ReadShareGroupStateSummaryRequest.self,
    ReadShareGroupStateSummaryResponse.self,
    RemoveRaftVoterRequest.self,
    RemoveRaftVoterResponse.self,
    RenewDelegationTokenRequest.self,
    RenewDelegationTokenResponse.self,
    RequestHeader.self,
    ResponseHeader.self,
    SaslAuthenticateRequest.self,
    SaslAuthenticateResponse.self,
    SaslHandshakeRequest.self,
    SaslHandshakeResponse.self,
    ShareAcknowledgeRequest.self,
    ShareAcknowledgeResponse.self,
    ShareFetchRequest.self,
    ShareFetchResponse.self,
    ShareGroupDescribeRequest.self,
    ShareGroupDescribeResponse.self,
    ShareGroupHeartbeatRequest.self,
    ShareGroupHeartbeatResponse.self,
    SnapshotFooterRecord.self,
    SnapshotHeaderRecord.self,
    StopReplicaRequest.self,
    StopReplicaResponse.self,
    SyncGroupRequest.self,
    SyncGroupResponse.self,
    TxnOffsetCommitRequest.self,
    TxnOffsetCommitResponse.self,
    UnregisterBrokerRequest.self,
    UnregisterBrokerResponse.self,
    UpdateFeaturesRequest.self,
    UpdateFeaturesResponse.self,
    UpdateMetadataRequest.self,
    UpdateMetadataResponse.self,
    UpdateRaftVoterRequest.self,
    UpdateRaftVoterResponse.self,
    VoteRequest.self,
    VoteResponse.self,
    VotersRecord.self,
    WriteShareGroupStateRequest.self,
    WriteShareGroupStateResponse.self,
    WriteTxnMarkersRequest.self,
    WriteTxnMarkersResponse.self,
    AbortTransactionRecord.self,
    AccessControlEntryRecord.self,
    BeginTransactionRecord.self,
    BrokerRegistrationChangeRecord.self,
    ClientQuotaRecord.self,
    ConfigRecord.self,
    DelegationTokenRecord.self,
    EndTransactionRecord.self,
    FeatureLevelRecord.self,
    FenceBrokerRecord.self,
    NoOpRecord.self,
    PartitionChangeRecord.self,
    PartitionRecord.self,
    ProducerIdsRecord.self,
    QuorumStateData.self,
    RegisterBrokerRecord.self,
    RegisterControllerRecord.self,
    RemoveAccessControlEntryRecord.self,
    RemoveDelegationTokenRecord.self,
    RemoveTopicRecord.self,
    RemoveUserScramCredentialRecord.self,
    TopicRecord.self,
    UnfenceBrokerRecord.self,
    UnregisterBrokerRecord.self,
    UserScramCredentialRecord.self,
    ZkMigrationStateRecord.self,
    GroupMetadataKey.self,
    GroupMetadataValue.self,
    OffsetCommitKey.self,
    OffsetCommitValue.self,
    TransactionLogKey.self,
    TransactionLogValue.self,
    ProducerSnapshot.self,
]

extension AddOffsetsToTxnRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.transactionalId = rng.string()
        m.producerId = rng.integer(Int64.self)
        m.producerEpoch = rng.integer(Int16.self)
        m.groupId = rng.string()
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AddOffsetsToTxnResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AddPartitionsToTxnRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version >= 4 {
            m.transactions = (0..<rng.count()).map { _ in AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction.random(version: version, using: &rng) }
        }
        if version <= 3 {
            m.v3AndBelowTransactionalId = rng.string()
        }
        if version <= 3 {
            m.v3AndBelowProducerId = rng.integer(Int64.self)
        }
        if version <= 3 {
            m.v3AndBelowProducerEpoch = rng.integer(Int16.self)
        }
        if version <= 3 {
            m.v3AndBelowTopics = (0..<rng.count()).map { _ in AddPartitionsToTxnRequest.AddPartitionsToTxnTopic.random(version: version, using: &rng) }
        }
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.transactionalId = rng.string()
        m.producerId = rng.integer(Int64.self)
        m.producerEpoch = rng.integer(Int16.self)
        m.verifyOnly = rng.coin()
        m.topics = (0..<rng.count()).map { _ in AddPartitionsToTxnRequest.AddPartitionsToTxnTopic.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AddPartitionsToTxnRequest.AddPartitionsToTxnTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitions = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AddPartitionsToTxnResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        if version >= 4 {
            m.errorCode = rng.integer(Int16.self)
        }
        if version >= 4 {
            m.resultsByTransaction = (0..<rng.count()).map { _ in AddPartitionsToTxnResponse.AddPartitionsToTxnResult.random(version: version, using: &rng) }
        }
        if version <= 3 {
            m.resultsByTopicV3AndBelow = (0..<rng.count()).map { _ in AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult.random(version: version, using: &rng) }
        }
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AddPartitionsToTxnResponse.AddPartitionsToTxnResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.transactionalId = rng.string()
        m.topicResults = (0..<rng.count()).map { _ in AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.resultsByPartition = (0..<rng.count()).map { _ in AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult.random(version: version, using: &rng) }
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.partitionErrorCode = rng.integer(Int16.self)
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AddRaftVoterRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.clusterId = rng.coin() ? nil : rng.string()
        m.timeoutMs = rng.integer(Int32.self)
        m.voterId = rng.integer(Int32.self)
        m.voterDirectoryId = rng.uuid()
        m.listeners = (0..<rng.count()).map { _ in AddRaftVoterRequest.Listener.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AddRaftVoterRequest.Listener {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.host = rng.string()
        m.port = rng.integer(UInt16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AddRaftVoterResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AllocateProducerIdsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.brokerId = rng.integer(Int32.self)
        m.brokerEpoch = rng.integer(Int64.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AllocateProducerIdsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.producerIdStart = rng.integer(Int64.self)
        m.producerIdLen = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterClientQuotasRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.entries = (0..<rng.count()).map { _ in AlterClientQuotasRequest.EntryData.random(version: version, using: &rng) }
        m.validateOnly = rng.coin()
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterClientQuotasRequest.EntryData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.entity = (0..<rng.count()).map { _ in AlterClientQuotasRequest.EntityData.random(version: version, using: &rng) }
        m.ops = (0..<rng.count()).map { _ in AlterClientQuotasRequest.OpData.random(version: version, using: &rng) }
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterClientQuotasRequest.EntityData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.entityType = rng.string()
        m.entityName = rng.coin() ? nil : rng.string()
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterClientQuotasRequest.OpData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.key = rng.string()
        m.value = rng.double()
        m.remove = rng.coin()
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterClientQuotasResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.entries = (0..<rng.count()).map { _ in AlterClientQuotasResponse.EntryData.random(version: version, using: &rng) }
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterClientQuotasResponse.EntryData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        m.entity = (0..<rng.count()).map { _ in AlterClientQuotasResponse.EntityData.random(version: version, using: &rng) }
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterClientQuotasResponse.EntityData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.entityType = rng.string()
        m.entityName = rng.coin() ? nil : rng.string()
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterConfigsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.resources = (0..<rng.count()).map { _ in AlterConfigsRequest.AlterConfigsResource.random(version: version, using: &rng) }
        m.validateOnly = rng.coin()
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterConfigsRequest.AlterConfigsResource {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.resourceType = rng.integer(Int8.self)
        m.resourceName = rng.string()
        m.configs = (0..<rng.count()).map { _ in AlterConfigsRequest.AlterableConfig.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterConfigsRequest.AlterableConfig {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.value = rng.coin() ? nil : rng.string()
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterConfigsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.responses = (0..<rng.count()).map { _ in AlterConfigsResponse.AlterConfigsResourceResponse.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterConfigsResponse.AlterConfigsResourceResponse {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        m.resourceType = rng.integer(Int8.self)
        m.resourceName = rng.string()
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterPartitionReassignmentsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.timeoutMs = rng.integer(Int32.self)
        m.topics = (0..<rng.count()).map { _ in AlterPartitionReassignmentsRequest.ReassignableTopic.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterPartitionReassignmentsRequest.ReassignableTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitions = (0..<rng.count()).map { _ in AlterPartitionReassignmentsRequest.ReassignablePartition.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterPartitionReassignmentsRequest.ReassignablePartition {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.replicas = rng.coin() ? nil : (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterPartitionReassignmentsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        m.responses = (0..<rng.count()).map { _ in AlterPartitionReassignmentsResponse.ReassignableTopicResponse.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterPartitionReassignmentsResponse.ReassignableTopicResponse {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitions = (0..<rng.count()).map { _ in AlterPartitionReassignmentsResponse.ReassignablePartitionResponse.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterPartitionReassignmentsResponse.ReassignablePartitionResponse {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterPartitionRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.brokerId = rng.integer(Int32.self)
        m.brokerEpoch = rng.integer(Int64.self)
        m.topics = (0..<rng.count()).map { _ in AlterPartitionRequest.TopicData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterPartitionRequest.TopicData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version <= 1 {
            m.topicName = rng.string()
        }
        if version >= 2 {
            m.topicId = rng.uuid()
        }
        m.partitions = (0..<rng.count()).map { _ in AlterPartitionRequest.PartitionData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterPartitionRequest.PartitionData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.leaderEpoch = rng.integer(Int32.self)
        if version <= 2 {
            m.newIsr = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        }
        if version >= 3 {
            m.newIsrWithEpochs = (0..<rng.count()).map { _ in AlterPartitionRequest.BrokerState.random(version: version, using: &rng) }
        }
        if version >= 1 {
            m.leaderRecoveryState = rng.integer(Int8.self)
        }
        m.partitionEpoch = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterPartitionRequest.BrokerState {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.brokerId = rng.integer(Int32.self)
        m.brokerEpoch = rng.integer(Int64.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterPartitionResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.topics = (0..<rng.count()).map { _ in AlterPartitionResponse.TopicData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterPartitionResponse.TopicData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version <= 1 {
            m.topicName = rng.string()
        }
        if version >= 2 {
            m.topicId = rng.uuid()
        }
        m.partitions = (0..<rng.count()).map { _ in AlterPartitionResponse.PartitionData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterPartitionResponse.PartitionData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.leaderId = rng.integer(Int32.self)
        m.leaderEpoch = rng.integer(Int32.self)
        m.isr = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if version >= 1 {
            m.leaderRecoveryState = rng.integer(Int8.self)
        }
        m.partitionEpoch = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterReplicaLogDirsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.dirs = (0..<rng.count()).map { _ in AlterReplicaLogDirsRequest.AlterReplicaLogDir.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterReplicaLogDirsRequest.AlterReplicaLogDir {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.path = rng.string()
        m.topics = (0..<rng.count()).map { _ in AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterReplicaLogDirsRequest.AlterReplicaLogDirTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitions = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterReplicaLogDirsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.results = (0..<rng.count()).map { _ in AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterReplicaLogDirsResponse.AlterReplicaLogDirTopicResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicName = rng.string()
        m.partitions = (0..<rng.count()).map { _ in AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterReplicaLogDirsResponse.AlterReplicaLogDirPartitionResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterUserScramCredentialsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.deletions = (0..<rng.count()).map { _ in AlterUserScramCredentialsRequest.ScramCredentialDeletion.random(version: version, using: &rng) }
        m.upsertions = (0..<rng.count()).map { _ in AlterUserScramCredentialsRequest.ScramCredentialUpsertion.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterUserScramCredentialsRequest.ScramCredentialDeletion {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.mechanism = rng.integer(Int8.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterUserScramCredentialsRequest.ScramCredentialUpsertion {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.mechanism = rng.integer(Int8.self)
        m.iterations = rng.integer(Int32.self)
        m.salt = rng.bytes()
        m.saltedPassword = rng.bytes()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterUserScramCredentialsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.results = (0..<rng.count()).map { _ in AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.user = rng.string()
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ApiVersionsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version >= 3 {
            m.clientSoftwareName = rng.string()
        }
        if version >= 3 {
            m.clientSoftwareVersion = rng.string()
        }
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ApiVersionsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.apiKeys = (0..<rng.count()).map { _ in ApiVersionsResponse.ApiVersion.random(version: version, using: &rng) }
        if version >= 1 {
            m.throttleTimeMs = rng.integer(Int32.self)
        }
        if version >= 3 {
            m.supportedFeatures = (0..<rng.count()).map { _ in ApiVersionsResponse.SupportedFeatureKey.random(version: version, using: &rng) }
        }
        if version >= 3 {
            m.finalizedFeaturesEpoch = rng.integer(Int64.self)
        }
        if version >= 3 {
            m.finalizedFeatures = (0..<rng.count()).map { _ in ApiVersionsResponse.FinalizedFeatureKey.random(version: version, using: &rng) }
        }
        if version >= 3 {
            m.zkMigrationReady = rng.coin()
        }
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ApiVersionsResponse.ApiVersion {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.apiKey = rng.integer(Int16.self)
        m.minVersion = rng.integer(Int16.self)
        m.maxVersion = rng.integer(Int16.self)
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ApiVersionsResponse.SupportedFeatureKey {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.minVersion = rng.integer(Int16.self)
        m.maxVersion = rng.integer(Int16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ApiVersionsResponse.FinalizedFeatureKey {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.maxVersionLevel = rng.integer(Int16.self)
        m.minVersionLevel = rng.integer(Int16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AssignReplicasToDirsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.brokerId = rng.integer(Int32.self)
        m.brokerEpoch = rng.integer(Int64.self)
        m.directories = (0..<rng.count()).map { _ in AssignReplicasToDirsRequest.DirectoryData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AssignReplicasToDirsRequest.DirectoryData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.id = rng.uuid()
        m.topics = (0..<rng.count()).map { _ in AssignReplicasToDirsRequest.TopicData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AssignReplicasToDirsRequest.TopicData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicId = rng.uuid()
        m.partitions = (0..<rng.count()).map { _ in AssignReplicasToDirsRequest.PartitionData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AssignReplicasToDirsRequest.PartitionData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AssignReplicasToDirsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.directories = (0..<rng.count()).map { _ in AssignReplicasToDirsResponse.DirectoryData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AssignReplicasToDirsResponse.DirectoryData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.id = rng.uuid()
        m.topics = (0..<rng.count()).map { _ in AssignReplicasToDirsResponse.TopicData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AssignReplicasToDirsResponse.TopicData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicId = rng.uuid()
        m.partitions = (0..<rng.count()).map { _ in AssignReplicasToDirsResponse.PartitionData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AssignReplicasToDirsResponse.PartitionData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension BeginQuorumEpochRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.clusterId = rng.coin() ? nil : rng.string()
        if version >= 1 {
            m.voterId = rng.integer(Int32.self)
        }
        m.topics = (0..<rng.count()).map { _ in BeginQuorumEpochRequest.TopicData.random(version: version, using: &rng) }
        if version >= 1 {
            m.leaderEndpoints = (0..<rng.count()).map { _ in BeginQuorumEpochRequest.LeaderEndpoint.random(version: version, using: &rng) }
        }
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension BeginQuorumEpochRequest.TopicData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicName = rng.string()
        m.partitions = (0..<rng.count()).map { _ in BeginQuorumEpochRequest.PartitionData.random(version: version, using: &rng) }
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension BeginQuorumEpochRequest.PartitionData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        if version >= 1 {
            m.voterDirectoryId = rng.uuid()
        }
        m.leaderId = rng.integer(Int32.self)
        m.leaderEpoch = rng.integer(Int32.self)
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension BeginQuorumEpochRequest.LeaderEndpoint {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.host = rng.string()
        m.port = rng.integer(UInt16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension BeginQuorumEpochResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.topics = (0..<rng.count()).map { _ in BeginQuorumEpochResponse.TopicData.random(version: version, using: &rng) }
        if version >= 1 {
            m.nodeEndpoints = (0..<rng.count()).map { _ in BeginQuorumEpochResponse.NodeEndpoint.random(version: version, using: &rng) }
        }
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension BeginQuorumEpochResponse.TopicData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicName = rng.string()
        m.partitions = (0..<rng.count()).map { _ in BeginQuorumEpochResponse.PartitionData.random(version: version, using: &rng) }
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension BeginQuorumEpochResponse.PartitionData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.leaderId = rng.integer(Int32.self)
        m.leaderEpoch = rng.integer(Int32.self)
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension BeginQuorumEpochResponse.NodeEndpoint {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.nodeId = rng.integer(Int32.self)
        m.host = rng.string()
        m.port = rng.integer(UInt16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension BrokerHeartbeatRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.brokerId = rng.integer(Int32.self)
        m.brokerEpoch = rng.integer(Int64.self)
        m.currentMetadataOffset = rng.integer(Int64.self)
        m.wantFence = rng.coin()
        m.wantShutDown = rng.coin()
        if version >= 1 {
            m.offlineLogDirs = (0..<rng.count()).map { _ in rng.uuid() }
        }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension BrokerHeartbeatResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.isCaughtUp = rng.coin()
        m.isFenced = rng.coin()
        m.shouldShutDown = rng.coin()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension BrokerRegistrationRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.brokerId = rng.integer(Int32.self)
        m.clusterId = rng.string()
        m.incarnationId = rng.uuid()
        m.listeners = (0..<rng.count()).map { _ in BrokerRegistrationRequest.Listener.random(version: version, using: &rng) }
        m.features = (0..<rng.count()).map { _ in BrokerRegistrationRequest.Feature.random(version: version, using: &rng) }
        m.rack = rng.coin() ? nil : rng.string()
        if version >= 1 {
            m.isMigratingZkBroker = rng.coin()
        }
        if version >= 2 {
            m.logDirs = (0..<rng.count()).map { _ in rng.uuid() }
        }
        if version >= 3 {
            m.previousBrokerEpoch = rng.integer(Int64.self)
        }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension BrokerRegistrationRequest.Listener {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.host = rng.string()
        m.port = rng.integer(UInt16.self)
        m.securityProtocol = rng.integer(Int16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension BrokerRegistrationRequest.Feature {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.minSupportedVersion = rng.integer(Int16.self)
        m.maxSupportedVersion = rng.integer(Int16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension BrokerRegistrationResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.brokerEpoch = rng.integer(Int64.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ConsumerGroupDescribeRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.groupIds = (0..<rng.count()).map { _ in rng.string() }
        m.includeAuthorizedOperations = rng.coin()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ConsumerGroupDescribeResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.groups = (0..<rng.count()).map { _ in ConsumerGroupDescribeResponse.DescribedGroup.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ConsumerGroupDescribeResponse.DescribedGroup {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        m.groupId = rng.string()
        m.groupState = rng.string()
        m.groupEpoch = rng.integer(Int32.self)
        m.assignmentEpoch = rng.integer(Int32.self)
        m.assignorName = rng.string()
        m.members = (0..<rng.count()).map { _ in ConsumerGroupDescribeResponse.Member.random(version: version, using: &rng) }
        m.authorizedOperations = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ConsumerGroupDescribeResponse.Member {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.memberId = rng.string()
        m.instanceId = rng.coin() ? nil : rng.string()
        m.rackId = rng.coin() ? nil : rng.string()
        m.memberEpoch = rng.integer(Int32.self)
        m.clientId = rng.string()
        m.clientHost = rng.string()
        m.subscribedTopicNames = (0..<rng.count()).map { _ in rng.string() }
        m.subscribedTopicRegex = rng.coin() ? nil : rng.string()
        m.assignment = ConsumerGroupDescribeResponse.Assignment.random(version: version, using: &rng)
        m.targetAssignment = ConsumerGroupDescribeResponse.Assignment.random(version: version, using: &rng)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ConsumerGroupDescribeResponse.TopicPartitions {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicId = rng.uuid()
        m.topicName = rng.string()
        m.partitions = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ConsumerGroupDescribeResponse.Assignment {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicPartitions = (0..<rng.count()).map { _ in ConsumerGroupDescribeResponse.TopicPartitions.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ConsumerGroupHeartbeatRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.groupId = rng.string()
        m.memberId = rng.string()
        m.memberEpoch = rng.integer(Int32.self)
        m.instanceId = rng.coin() ? nil : rng.string()
        m.rackId = rng.coin() ? nil : rng.string()
        m.rebalanceTimeoutMs = rng.integer(Int32.self)
        m.subscribedTopicNames = rng.coin() ? nil : (0..<rng.count()).map { _ in rng.string() }
        if version >= 1 {
            m.subscribedTopicRegex = version >= 1 && rng.coin() ? nil : rng.string()
        }
        m.serverAssignor = rng.coin() ? nil : rng.string()
        m.topicPartitions = rng.coin() ? nil : (0..<rng.count()).map { _ in ConsumerGroupHeartbeatRequest.TopicPartitions.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ConsumerGroupHeartbeatRequest.TopicPartitions {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicId = rng.uuid()
        m.partitions = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ConsumerGroupHeartbeatResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        m.memberId = rng.coin() ? nil : rng.string()
        m.memberEpoch = rng.integer(Int32.self)
        m.heartbeatIntervalMs = rng.integer(Int32.self)
        m.assignment = rng.coin() ? nil : ConsumerGroupHeartbeatResponse.Assignment.random(version: version, using: &rng)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ConsumerGroupHeartbeatResponse.Assignment {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicPartitions = (0..<rng.count()).map { _ in ConsumerGroupHeartbeatResponse.TopicPartitions.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ConsumerGroupHeartbeatResponse.TopicPartitions {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicId = rng.uuid()
        m.partitions = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ConsumerProtocolAssignment: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.assignedPartitions = (0..<rng.count()).map { _ in ConsumerProtocolAssignment.TopicPartition.random(version: version, using: &rng) }
        m.userData = rng.coin() ? nil : rng.bytes()
        return m
    }
}

extension ConsumerProtocolAssignment.TopicPartition {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topic = rng.string()
        m.partitions = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        return m
    }
}

extension ConsumerProtocolSubscription: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topics = (0..<rng.count()).map { _ in rng.string() }
        m.userData = rng.coin() ? nil : rng.bytes()
        if version >= 1 {
            m.ownedPartitions = (0..<rng.count()).map { _ in ConsumerProtocolSubscription.TopicPartition.random(version: version, using: &rng) }
        }
        if version >= 2 {
            m.generationId = rng.integer(Int32.self)
        }
        if version >= 3 {
            m.rackId = version >= 3 && rng.coin() ? nil : rng.string()
        }
        return m
    }
}

extension ConsumerProtocolSubscription.TopicPartition {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topic = rng.string()
        m.partitions = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        return m
    }
}

extension ControlledShutdownRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.brokerId = rng.integer(Int32.self)
        if version >= 2 {
            m.brokerEpoch = rng.integer(Int64.self)
        }
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ControlledShutdownResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.remainingPartitions = (0..<rng.count()).map { _ in ControlledShutdownResponse.RemainingPartition.random(version: version, using: &rng) }
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ControlledShutdownResponse.RemainingPartition {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicName = rng.string()
        m.partitionIndex = rng.integer(Int32.self)
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ControllerRegistrationRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.controllerId = rng.integer(Int32.self)
        m.incarnationId = rng.uuid()
        m.zkMigrationReady = rng.coin()
        m.listeners = (0..<rng.count()).map { _ in ControllerRegistrationRequest.Listener.random(version: version, using: &rng) }
        m.features = (0..<rng.count()).map { _ in ControllerRegistrationRequest.Feature.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ControllerRegistrationRequest.Listener {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.host = rng.string()
        m.port = rng.integer(UInt16.self)
        m.securityProtocol = rng.integer(Int16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ControllerRegistrationRequest.Feature {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.minSupportedVersion = rng.integer(Int16.self)
        m.maxSupportedVersion = rng.integer(Int16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ControllerRegistrationResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension CreateAclsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.creations = (0..<rng.count()).map { _ in CreateAclsRequest.AclCreation.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension CreateAclsRequest.AclCreation {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.resourceType = rng.integer(Int8.self)
        m.resourceName = rng.string()
        if version >= 1 {
            m.resourcePatternType = rng.integer(Int8.self)
        }
        m.principal = rng.string()
        m.host = rng.string()
        m.operation = rng.integer(Int8.self)
        m.permissionType = rng.integer(Int8.self)
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension CreateAclsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.results = (0..<rng.count()).map { _ in CreateAclsResponse.AclCreationResult.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension CreateAclsResponse.AclCreationResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension CreateDelegationTokenRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version >= 3 {
            m.ownerPrincipalType = version >= 3 && rng.coin() ? nil : rng.string()
        }
        if version >= 3 {
            m.ownerPrincipalName = version >= 3 && rng.coin() ? nil : rng.string()
        }
        m.renewers = (0..<rng.count()).map { _ in CreateDelegationTokenRequest.CreatableRenewers.random(version: version, using: &rng) }
        m.maxLifetimeMs = rng.integer(Int64.self)
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension CreateDelegationTokenRequest.CreatableRenewers {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.principalType = rng.string()
        m.principalName = rng.string()
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension CreateDelegationTokenResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.principalType = rng.string()
        m.principalName = rng.string()
        if version >= 3 {
            m.tokenRequesterPrincipalType = rng.string()
        }
        if version >= 3 {
            m.tokenRequesterPrincipalName = rng.string()
        }
        m.issueTimestampMs = rng.integer(Int64.self)
        m.expiryTimestampMs = rng.integer(Int64.self)
        m.maxTimestampMs = rng.integer(Int64.self)
        m.tokenId = rng.string()
        m.hmac = rng.bytes()
        m.throttleTimeMs = rng.integer(Int32.self)
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension CreatePartitionsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topics = (0..<rng.count()).map { _ in CreatePartitionsRequest.CreatePartitionsTopic.random(version: version, using: &rng) }
        m.timeoutMs = rng.integer(Int32.self)
        m.validateOnly = rng.coin()
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension CreatePartitionsRequest.CreatePartitionsTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.count = rng.integer(Int32.self)
        m.assignments = rng.coin() ? nil : (0..<rng.count()).map { _ in CreatePartitionsRequest.CreatePartitionsAssignment.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension CreatePartitionsRequest.CreatePartitionsAssignment {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.brokerIds = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension CreatePartitionsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.results = (0..<rng.count()).map { _ in CreatePartitionsResponse.CreatePartitionsTopicResult.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension CreatePartitionsResponse.CreatePartitionsTopicResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension CreateTopicsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topics = (0..<rng.count()).map { _ in CreateTopicsRequest.CreatableTopic.random(version: version, using: &rng) }
        m.timeoutMs = rng.integer(Int32.self)
        if version >= 1 {
            m.validateOnly = rng.coin()
        }
        if version >= 5 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension CreateTopicsRequest.CreatableTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.numPartitions = rng.integer(Int32.self)
        m.replicationFactor = rng.integer(Int16.self)
        m.assignments = (0..<rng.count()).map { _ in CreateTopicsRequest.CreatableReplicaAssignment.random(version: version, using: &rng) }
        m.configs = (0..<rng.count()).map { _ in CreateTopicsRequest.CreatableTopicConfig.random(version: version, using: &rng) }
        if version >= 5 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension CreateTopicsRequest.CreatableReplicaAssignment {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.brokerIds = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if version >= 5 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension CreateTopicsRequest.CreatableTopicConfig {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.value = rng.coin() ? nil : rng.string()
        if version >= 5 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension CreateTopicsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version >= 2 {
            m.throttleTimeMs = rng.integer(Int32.self)
        }
        m.topics = (0..<rng.count()).map { _ in CreateTopicsResponse.CreatableTopicResult.random(version: version, using: &rng) }
        if version >= 5 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension CreateTopicsResponse.CreatableTopicResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        if version >= 7 {
            m.topicId = rng.uuid()
        }
        m.errorCode = rng.integer(Int16.self)
        if version >= 1 {
            m.errorMessage = version >= 1 && rng.coin() ? nil : rng.string()
        }
        if version >= 5 {
            m.topicConfigErrorCode = rng.integer(Int16.self)
        }
        if version >= 5 {
            m.numPartitions = rng.integer(Int32.self)
        }
        if version >= 5 {
            m.replicationFactor = rng.integer(Int16.self)
        }
        if version >= 5 {
            m.configs = version >= 5 && rng.coin() ? nil : (0..<rng.count()).map { _ in CreateTopicsResponse.CreatableTopicConfigs.random(version: version, using: &rng) }
        }
        if version >= 5 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension CreateTopicsResponse.CreatableTopicConfigs {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.value = rng.coin() ? nil : rng.string()
        m.readOnly = rng.coin()
        m.configSource = rng.integer(Int8.self)
        m.isSensitive = rng.coin()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DefaultPrincipalData: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.type = rng.string()
        m.name = rng.string()
        m.tokenAuthenticated = rng.coin()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DeleteAclsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.filters = (0..<rng.count()).map { _ in DeleteAclsRequest.DeleteAclsFilter.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DeleteAclsRequest.DeleteAclsFilter {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.resourceTypeFilter = rng.integer(Int8.self)
        m.resourceNameFilter = rng.coin() ? nil : rng.string()
        if version >= 1 {
            m.patternTypeFilter = rng.integer(Int8.self)
        }
        m.principalFilter = rng.coin() ? nil : rng.string()
        m.hostFilter = rng.coin() ? nil : rng.string()
        m.operation = rng.integer(Int8.self)
        m.permissionType = rng.integer(Int8.self)
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DeleteAclsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.filterResults = (0..<rng.count()).map { _ in DeleteAclsResponse.DeleteAclsFilterResult.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DeleteAclsResponse.DeleteAclsFilterResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        m.matchingAcls = (0..<rng.count()).map { _ in DeleteAclsResponse.DeleteAclsMatchingAcl.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DeleteAclsResponse.DeleteAclsMatchingAcl {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        m.resourceType = rng.integer(Int8.self)
        m.resourceName = rng.string()
        if version >= 1 {
            m.patternType = rng.integer(Int8.self)
        }
        m.principal = rng.string()
        m.host = rng.string()
        m.operation = rng.integer(Int8.self)
        m.permissionType = rng.integer(Int8.self)
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DeleteGroupsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.groupsNames = (0..<rng.count()).map { _ in rng.string() }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DeleteGroupsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.results = (0..<rng.count()).map { _ in DeleteGroupsResponse.DeletableGroupResult.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DeleteGroupsResponse.DeletableGroupResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.groupId = rng.string()
        m.errorCode = rng.integer(Int16.self)
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DeleteRecordsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topics = (0..<rng.count()).map { _ in DeleteRecordsRequest.DeleteRecordsTopic.random(version: version, using: &rng) }
        m.timeoutMs = rng.integer(Int32.self)
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DeleteRecordsRequest.DeleteRecordsTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitions = (0..<rng.count()).map { _ in DeleteRecordsRequest.DeleteRecordsPartition.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DeleteRecordsRequest.DeleteRecordsPartition {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.offset = rng.integer(Int64.self)
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DeleteRecordsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.topics = (0..<rng.count()).map { _ in DeleteRecordsResponse.DeleteRecordsTopicResult.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DeleteRecordsResponse.DeleteRecordsTopicResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitions = (0..<rng.count()).map { _ in DeleteRecordsResponse.DeleteRecordsPartitionResult.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DeleteRecordsResponse.DeleteRecordsPartitionResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.lowWatermark = rng.integer(Int64.self)
        m.errorCode = rng.integer(Int16.self)
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DeleteShareGroupStateRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.groupId = rng.string()
        m.topics = (0..<rng.count()).map { _ in DeleteShareGroupStateRequest.DeleteStateData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DeleteShareGroupStateRequest.DeleteStateData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicId = rng.uuid()
        m.partitions = (0..<rng.count()).map { _ in DeleteShareGroupStateRequest.PartitionData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DeleteShareGroupStateRequest.PartitionData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partition = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DeleteShareGroupStateResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.results = (0..<rng.count()).map { _ in DeleteShareGroupStateResponse.DeleteStateResult.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DeleteShareGroupStateResponse.DeleteStateResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicId = rng.uuid()
        m.partitions = (0..<rng.count()).map { _ in DeleteShareGroupStateResponse.PartitionResult.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DeleteShareGroupStateResponse.PartitionResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partition = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DeleteTopicsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version >= 6 {
            m.topics = (0..<rng.count()).map { _ in DeleteTopicsRequest.DeleteTopicState.random(version: version, using: &rng) }
        }
        if version <= 5 {
            m.topicNames = (0..<rng.count()).map { _ in rng.string() }
        }
        m.timeoutMs = rng.integer(Int32.self)
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DeleteTopicsRequest.DeleteTopicState {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.coin() ? nil : rng.string()
        m.topicId = rng.uuid()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DeleteTopicsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version >= 1 {
            m.throttleTimeMs = rng.integer(Int32.self)
        }
        m.responses = (0..<rng.count()).map { _ in DeleteTopicsResponse.DeletableTopicResult.random(version: version, using: &rng) }
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DeleteTopicsResponse.DeletableTopicResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = version >= 6 && rng.coin() ? nil : rng.string()
        if version >= 6 {
            m.topicId = rng.uuid()
        }
        m.errorCode = rng.integer(Int16.self)
        if version >= 5 {
            m.errorMessage = version >= 5 && rng.coin() ? nil : rng.string()
        }
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeAclsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.resourceTypeFilter = rng.integer(Int8.self)
        m.resourceNameFilter = rng.coin() ? nil : rng.string()
        if version >= 1 {
            m.patternTypeFilter = rng.integer(Int8.self)
        }
        m.principalFilter = rng.coin() ? nil : rng.string()
        m.hostFilter = rng.coin() ? nil : rng.string()
        m.operation = rng.integer(Int8.self)
        m.permissionType = rng.integer(Int8.self)
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeAclsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        m.resources = (0..<rng.count()).map { _ in DescribeAclsResponse.DescribeAclsResource.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeAclsResponse.DescribeAclsResource {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.resourceType = rng.integer(Int8.self)
        m.resourceName = rng.string()
        if version >= 1 {
            m.patternType = rng.integer(Int8.self)
        }
        m.acls = (0..<rng.count()).map { _ in DescribeAclsResponse.AclDescription.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeAclsResponse.AclDescription {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.principal = rng.string()
        m.host = rng.string()
        m.operation = rng.integer(Int8.self)
        m.permissionType = rng.integer(Int8.self)
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeClientQuotasRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.components = (0..<rng.count()).map { _ in DescribeClientQuotasRequest.ComponentData.random(version: version, using: &rng) }
        m.strict = rng.coin()
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeClientQuotasRequest.ComponentData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.entityType = rng.string()
        m.matchType = rng.integer(Int8.self)
        m.match = rng.coin() ? nil : rng.string()
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeClientQuotasResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        m.entries = rng.coin() ? nil : (0..<rng.count()).map { _ in DescribeClientQuotasResponse.EntryData.random(version: version, using: &rng) }
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeClientQuotasResponse.EntryData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.entity = (0..<rng.count()).map { _ in DescribeClientQuotasResponse.EntityData.random(version: version, using: &rng) }
        m.values = (0..<rng.count()).map { _ in DescribeClientQuotasResponse.ValueData.random(version: version, using: &rng) }
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeClientQuotasResponse.EntityData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.entityType = rng.string()
        m.entityName = rng.coin() ? nil : rng.string()
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeClientQuotasResponse.ValueData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.key = rng.string()
        m.value = rng.double()
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeClusterRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.includeClusterAuthorizedOperations = rng.coin()
        if version >= 1 {
            m.endpointType = rng.integer(Int8.self)
        }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeClusterResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        if version >= 1 {
            m.endpointType = rng.integer(Int8.self)
        }
        m.clusterId = rng.string()
        m.controllerId = rng.integer(Int32.self)
        m.brokers = (0..<rng.count()).map { _ in DescribeClusterResponse.DescribeClusterBroker.random(version: version, using: &rng) }
        m.clusterAuthorizedOperations = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeClusterResponse.DescribeClusterBroker {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.brokerId = rng.integer(Int32.self)
        m.host = rng.string()
        m.port = rng.integer(Int32.self)
        m.rack = rng.coin() ? nil : rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeConfigsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.resources = (0..<rng.count()).map { _ in DescribeConfigsRequest.DescribeConfigsResource.random(version: version, using: &rng) }
        if version >= 1 {
            m.includeSynonyms = rng.coin()
        }
        if version >= 3 {
            m.includeDocumentation = rng.coin()
        }
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeConfigsRequest.DescribeConfigsResource {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.resourceType = rng.integer(Int8.self)
        m.resourceName = rng.string()
        m.configurationKeys = rng.coin() ? nil : (0..<rng.count()).map { _ in rng.string() }
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeConfigsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.results = (0..<rng.count()).map { _ in DescribeConfigsResponse.DescribeConfigsResult.random(version: version, using: &rng) }
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeConfigsResponse.DescribeConfigsResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        m.resourceType = rng.integer(Int8.self)
        m.resourceName = rng.string()
        m.configs = (0..<rng.count()).map { _ in DescribeConfigsResponse.DescribeConfigsResourceResult.random(version: version, using: &rng) }
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeConfigsResponse.DescribeConfigsResourceResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.value = rng.coin() ? nil : rng.string()
        m.readOnly = rng.coin()
        if version <= 0 {
            m.isDefault = rng.coin()
        }
        if version >= 1 {
            m.configSource = rng.integer(Int8.self)
        }
        m.isSensitive = rng.coin()
        if version >= 1 {
            m.synonyms = (0..<rng.count()).map { _ in DescribeConfigsResponse.DescribeConfigsSynonym.random(version: version, using: &rng) }
        }
        if version >= 3 {
            m.configType = rng.integer(Int8.self)
        }
        if version >= 3 {
            m.documentation = version >= 3 && rng.coin() ? nil : rng.string()
        }
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeConfigsResponse.DescribeConfigsSynonym {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.value = rng.coin() ? nil : rng.string()
        m.source = rng.integer(Int8.self)
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeDelegationTokenRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.owners = rng.coin() ? nil : (0..<rng.count()).map { _ in DescribeDelegationTokenRequest.DescribeDelegationTokenOwner.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeDelegationTokenRequest.DescribeDelegationTokenOwner {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.principalType = rng.string()
        m.principalName = rng.string()
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeDelegationTokenResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.tokens = (0..<rng.count()).map { _ in DescribeDelegationTokenResponse.DescribedDelegationToken.random(version: version, using: &rng) }
        m.throttleTimeMs = rng.integer(Int32.self)
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeDelegationTokenResponse.DescribedDelegationToken {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.principalType = rng.string()
        m.principalName = rng.string()
        if version >= 3 {
            m.tokenRequesterPrincipalType = rng.string()
        }
        if version >= 3 {
            m.tokenRequesterPrincipalName = rng.string()
        }
        m.issueTimestamp = rng.integer(Int64.self)
        m.expiryTimestamp = rng.integer(Int64.self)
        m.maxTimestamp = rng.integer(Int64.self)
        m.tokenId = rng.string()
        m.hmac = rng.bytes()
        m.renewers = (0..<rng.count()).map { _ in DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeDelegationTokenResponse.DescribedDelegationTokenRenewer {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.principalType = rng.string()
        m.principalName = rng.string()
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeGroupsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.groups = (0..<rng.count()).map { _ in rng.string() }
        if version >= 3 {
            m.includeAuthorizedOperations = rng.coin()
        }
        if version >= 5 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeGroupsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version >= 1 {
            m.throttleTimeMs = rng.integer(Int32.self)
        }
        m.groups = (0..<rng.count()).map { _ in DescribeGroupsResponse.DescribedGroup.random(version: version, using: &rng) }
        if version >= 5 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeGroupsResponse.DescribedGroup {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.groupId = rng.string()
        m.groupState = rng.string()
        m.protocolType = rng.string()
        m.protocolData = rng.string()
        m.members = (0..<rng.count()).map { _ in DescribeGroupsResponse.DescribedGroupMember.random(version: version, using: &rng) }
        if version >= 3 {
            m.authorizedOperations = rng.integer(Int32.self)
        }
        if version >= 5 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeGroupsResponse.DescribedGroupMember {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.memberId = rng.string()
        if version >= 4 {
            m.groupInstanceId = version >= 4 && rng.coin() ? nil : rng.string()
        }
        m.clientId = rng.string()
        m.clientHost = rng.string()
        m.memberMetadata = rng.bytes()
        m.memberAssignment = rng.bytes()
        if version >= 5 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeLogDirsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topics = rng.coin() ? nil : (0..<rng.count()).map { _ in DescribeLogDirsRequest.DescribableLogDirTopic.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeLogDirsRequest.DescribableLogDirTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topic = rng.string()
        m.partitions = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeLogDirsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        if version >= 3 {
            m.errorCode = rng.integer(Int16.self)
        }
        m.results = (0..<rng.count()).map { _ in DescribeLogDirsResponse.DescribeLogDirsResult.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeLogDirsResponse.DescribeLogDirsResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.logDir = rng.string()
        m.topics = (0..<rng.count()).map { _ in DescribeLogDirsResponse.DescribeLogDirsTopic.random(version: version, using: &rng) }
        if version >= 4 {
            m.totalBytes = rng.integer(Int64.self)
        }
        if version >= 4 {
            m.usableBytes = rng.integer(Int64.self)
        }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeLogDirsResponse.DescribeLogDirsTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitions = (0..<rng.count()).map { _ in DescribeLogDirsResponse.DescribeLogDirsPartition.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeLogDirsResponse.DescribeLogDirsPartition {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.partitionSize = rng.integer(Int64.self)
        m.offsetLag = rng.integer(Int64.self)
        m.isFutureKey = rng.coin()
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeProducersRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topics = (0..<rng.count()).map { _ in DescribeProducersRequest.TopicRequest.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeProducersRequest.TopicRequest {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitionIndexes = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeProducersResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.topics = (0..<rng.count()).map { _ in DescribeProducersResponse.TopicResponse.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeProducersResponse.TopicResponse {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitions = (0..<rng.count()).map { _ in DescribeProducersResponse.PartitionResponse.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeProducersResponse.PartitionResponse {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        m.activeProducers = (0..<rng.count()).map { _ in DescribeProducersResponse.ProducerState.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeProducersResponse.ProducerState {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.producerId = rng.integer(Int64.self)
        m.producerEpoch = rng.integer(Int32.self)
        m.lastSequence = rng.integer(Int32.self)
        m.lastTimestamp = rng.integer(Int64.self)
        m.coordinatorEpoch = rng.integer(Int32.self)
        m.currentTxnStartOffset = rng.integer(Int64.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeQuorumRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topics = (0..<rng.count()).map { _ in DescribeQuorumRequest.TopicData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeQuorumRequest.TopicData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicName = rng.string()
        m.partitions = (0..<rng.count()).map { _ in DescribeQuorumRequest.PartitionData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeQuorumRequest.PartitionData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeQuorumResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        if version >= 2 {
            m.errorMessage = version >= 2 && rng.coin() ? nil : rng.string()
        }
        m.topics = (0..<rng.count()).map { _ in DescribeQuorumResponse.TopicData.random(version: version, using: &rng) }
        if version >= 2 {
            m.nodes = (0..<rng.count()).map { _ in DescribeQuorumResponse.Node.random(version: version, using: &rng) }
        }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeQuorumResponse.TopicData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicName = rng.string()
        m.partitions = (0..<rng.count()).map { _ in DescribeQuorumResponse.PartitionData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeQuorumResponse.PartitionData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        if version >= 2 {
            m.errorMessage = version >= 2 && rng.coin() ? nil : rng.string()
        }
        m.leaderId = rng.integer(Int32.self)
        m.leaderEpoch = rng.integer(Int32.self)
        m.highWatermark = rng.integer(Int64.self)
        m.currentVoters = (0..<rng.count()).map { _ in DescribeQuorumResponse.ReplicaState.random(version: version, using: &rng) }
        m.observers = (0..<rng.count()).map { _ in DescribeQuorumResponse.ReplicaState.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeQuorumResponse.Node {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.nodeId = rng.integer(Int32.self)
        m.listeners = (0..<rng.count()).map { _ in DescribeQuorumResponse.Listener.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeQuorumResponse.Listener {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.host = rng.string()
        m.port = rng.integer(UInt16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeQuorumResponse.ReplicaState {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.replicaId = rng.integer(Int32.self)
        if version >= 2 {
            m.replicaDirectoryId = rng.uuid()
        }
        m.logEndOffset = rng.integer(Int64.self)
        if version >= 1 {
            m.lastFetchTimestamp = rng.integer(Int64.self)
        }
        if version >= 1 {
            m.lastCaughtUpTimestamp = rng.integer(Int64.self)
        }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeTopicPartitionsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topics = (0..<rng.count()).map { _ in DescribeTopicPartitionsRequest.TopicRequest.random(version: version, using: &rng) }
        m.responsePartitionLimit = rng.integer(Int32.self)
        m.cursor = rng.coin() ? nil : DescribeTopicPartitionsRequest.Cursor.random(version: version, using: &rng)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeTopicPartitionsRequest.TopicRequest {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeTopicPartitionsRequest.Cursor {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicName = rng.string()
        m.partitionIndex = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeTopicPartitionsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.topics = (0..<rng.count()).map { _ in DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic.random(version: version, using: &rng) }
        m.nextCursor = rng.coin() ? nil : DescribeTopicPartitionsResponse.Cursor.random(version: version, using: &rng)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.name = rng.coin() ? nil : rng.string()
        m.topicId = rng.uuid()
        m.isInternal = rng.coin()
        m.partitions = (0..<rng.count()).map { _ in DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition.random(version: version, using: &rng) }
        m.topicAuthorizedOperations = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.partitionIndex = rng.integer(Int32.self)
        m.leaderId = rng.integer(Int32.self)
        m.leaderEpoch = rng.integer(Int32.self)
        m.replicaNodes = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        m.isrNodes = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        m.eligibleLeaderReplicas = rng.coin() ? nil : (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        m.lastKnownElr = rng.coin() ? nil : (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        m.offlineReplicas = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeTopicPartitionsResponse.Cursor {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicName = rng.string()
        m.partitionIndex = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeTransactionsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.transactionalIds = (0..<rng.count()).map { _ in rng.string() }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeTransactionsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.transactionStates = (0..<rng.count()).map { _ in DescribeTransactionsResponse.TransactionState.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeTransactionsResponse.TransactionState {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.transactionalId = rng.string()
        m.transactionState = rng.string()
        m.transactionTimeoutMs = rng.integer(Int32.self)
        m.transactionStartTimeMs = rng.integer(Int64.self)
        m.producerId = rng.integer(Int64.self)
        m.producerEpoch = rng.integer(Int16.self)
        m.topics = (0..<rng.count()).map { _ in DescribeTransactionsResponse.TopicData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeTransactionsResponse.TopicData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topic = rng.string()
        m.partitions = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeUserScramCredentialsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.users = rng.coin() ? nil : (0..<rng.count()).map { _ in DescribeUserScramCredentialsRequest.UserName.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeUserScramCredentialsRequest.UserName {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeUserScramCredentialsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        m.results = (0..<rng.count()).map { _ in DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.user = rng.string()
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        m.credentialInfos = (0..<rng.count()).map { _ in DescribeUserScramCredentialsResponse.CredentialInfo.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DescribeUserScramCredentialsResponse.CredentialInfo {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.mechanism = rng.integer(Int8.self)
        m.iterations = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ElectLeadersRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version >= 1 {
            m.electionType = rng.integer(Int8.self)
        }
        m.topicPartitions = rng.coin() ? nil : (0..<rng.count()).map { _ in ElectLeadersRequest.TopicPartitions.random(version: version, using: &rng) }
        m.timeoutMs = rng.integer(Int32.self)
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ElectLeadersRequest.TopicPartitions {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topic = rng.string()
        m.partitions = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ElectLeadersResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        if version >= 1 {
            m.errorCode = rng.integer(Int16.self)
        }
        m.replicaElectionResults = (0..<rng.count()).map { _ in ElectLeadersResponse.ReplicaElectionResult.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ElectLeadersResponse.ReplicaElectionResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topic = rng.string()
        m.partitionResult = (0..<rng.count()).map { _ in ElectLeadersResponse.PartitionResult.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ElectLeadersResponse.PartitionResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionId = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension EndQuorumEpochRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.clusterId = rng.coin() ? nil : rng.string()
        m.topics = (0..<rng.count()).map { _ in EndQuorumEpochRequest.TopicData.random(version: version, using: &rng) }
        if version >= 1 {
            m.leaderEndpoints = (0..<rng.count()).map { _ in EndQuorumEpochRequest.LeaderEndpoint.random(version: version, using: &rng) }
        }
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension EndQuorumEpochRequest.TopicData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicName = rng.string()
        m.partitions = (0..<rng.count()).map { _ in EndQuorumEpochRequest.PartitionData.random(version: version, using: &rng) }
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension EndQuorumEpochRequest.PartitionData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.leaderId = rng.integer(Int32.self)
        m.leaderEpoch = rng.integer(Int32.self)
        if version <= 0 {
            m.preferredSuccessors = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        }
        if version >= 1 {
            m.preferredCandidates = (0..<rng.count()).map { _ in EndQuorumEpochRequest.ReplicaInfo.random(version: version, using: &rng) }
        }
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension EndQuorumEpochRequest.ReplicaInfo {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.candidateId = rng.integer(Int32.self)
        m.candidateDirectoryId = rng.uuid()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension EndQuorumEpochRequest.LeaderEndpoint {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.host = rng.string()
        m.port = rng.integer(UInt16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension EndQuorumEpochResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.topics = (0..<rng.count()).map { _ in EndQuorumEpochResponse.TopicData.random(version: version, using: &rng) }
        if version >= 1 {
            m.nodeEndpoints = (0..<rng.count()).map { _ in EndQuorumEpochResponse.NodeEndpoint.random(version: version, using: &rng) }
        }
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension EndQuorumEpochResponse.TopicData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicName = rng.string()
        m.partitions = (0..<rng.count()).map { _ in EndQuorumEpochResponse.PartitionData.random(version: version, using: &rng) }
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension EndQuorumEpochResponse.PartitionData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.leaderId = rng.integer(Int32.self)
        m.leaderEpoch = rng.integer(Int32.self)
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension EndQuorumEpochResponse.NodeEndpoint {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.nodeId = rng.integer(Int32.self)
        m.host = rng.string()
        m.port = rng.integer(UInt16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension EndTxnRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.transactionalId = rng.string()
        m.producerId = rng.integer(Int64.self)
        m.producerEpoch = rng.integer(Int16.self)
        m.committed = rng.coin()
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension EndTxnResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        if version >= 5 {
            m.producerId = rng.integer(Int64.self)
        }
        if version >= 5 {
            m.producerEpoch = rng.integer(Int16.self)
        }
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension EnvelopeRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.requestData = rng.bytes()
        m.requestPrincipal = rng.coin() ? nil : rng.bytes()
        m.clientHostAddress = rng.bytes()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension EnvelopeResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.responseData = rng.coin() ? nil : rng.bytes()
        m.errorCode = rng.integer(Int16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ExpireDelegationTokenRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.hmac = rng.bytes()
        m.expiryTimePeriodMs = rng.integer(Int64.self)
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ExpireDelegationTokenResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.expiryTimestampMs = rng.integer(Int64.self)
        m.throttleTimeMs = rng.integer(Int32.self)
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FetchRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version >= 12 {
            m.clusterId = version >= 12 && rng.coin() ? nil : rng.string()
        }
        if version <= 14 {
            m.replicaId = rng.integer(Int32.self)
        }
        if version >= 15 {
            m.replicaState = FetchRequest.ReplicaState.random(version: version, using: &rng)
        }
        m.maxWaitMs = rng.integer(Int32.self)
        m.minBytes = rng.integer(Int32.self)
        if version >= 3 {
            m.maxBytes = rng.integer(Int32.self)
        }
        if version >= 4 {
            m.isolationLevel = rng.integer(Int8.self)
        }
        if version >= 7 {
            m.sessionId = rng.integer(Int32.self)
        }
        if version >= 7 {
            m.sessionEpoch = rng.integer(Int32.self)
        }
        m.topics = (0..<rng.count()).map { _ in FetchRequest.FetchTopic.random(version: version, using: &rng) }
        if version >= 7 {
            m.forgottenTopicsData = (0..<rng.count()).map { _ in FetchRequest.ForgottenTopic.random(version: version, using: &rng) }
        }
        if version >= 11 {
            m.rackId = rng.string()
        }
        if version >= 12 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FetchRequest.ReplicaState {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.replicaId = rng.integer(Int32.self)
        m.replicaEpoch = rng.integer(Int64.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FetchRequest.FetchTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version <= 12 {
            m.topic = rng.string()
        }
        if version >= 13 {
            m.topicId = rng.uuid()
        }
        m.partitions = (0..<rng.count()).map { _ in FetchRequest.FetchPartition.random(version: version, using: &rng) }
        if version >= 12 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FetchRequest.FetchPartition {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partition = rng.integer(Int32.self)
        if version >= 9 {
            m.currentLeaderEpoch = rng.integer(Int32.self)
        }
        m.fetchOffset = rng.integer(Int64.self)
        if version >= 12 {
            m.lastFetchedEpoch = rng.integer(Int32.self)
        }
        if version >= 5 {
            m.logStartOffset = rng.integer(Int64.self)
        }
        m.partitionMaxBytes = rng.integer(Int32.self)
        if version >= 17 {
            m.replicaDirectoryId = rng.uuid()
        }
        if version >= 12 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FetchRequest.ForgottenTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version <= 12 {
            m.topic = rng.string()
        }
        if version >= 13 {
            m.topicId = rng.uuid()
        }
        m.partitions = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if version >= 12 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FetchResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version >= 1 {
            m.throttleTimeMs = rng.integer(Int32.self)
        }
        if version >= 7 {
            m.errorCode = rng.integer(Int16.self)
        }
        if version >= 7 {
            m.sessionId = rng.integer(Int32.self)
        }
        m.responses = (0..<rng.count()).map { _ in FetchResponse.FetchableTopicResponse.random(version: version, using: &rng) }
        if version >= 16 {
            m.nodeEndpoints = (0..<rng.count()).map { _ in FetchResponse.NodeEndpoint.random(version: version, using: &rng) }
        }
        if version >= 12 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FetchResponse.FetchableTopicResponse {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version <= 12 {
            m.topic = rng.string()
        }
        if version >= 13 {
            m.topicId = rng.uuid()
        }
        m.partitions = (0..<rng.count()).map { _ in FetchResponse.PartitionData.random(version: version, using: &rng) }
        if version >= 12 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FetchResponse.PartitionData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.highWatermark = rng.integer(Int64.self)
        if version >= 4 {
            m.lastStableOffset = rng.integer(Int64.self)
        }
        if version >= 5 {
            m.logStartOffset = rng.integer(Int64.self)
        }
        if version >= 12 {
            m.divergingEpoch = FetchResponse.EpochEndOffset.random(version: version, using: &rng)
        }
        if version >= 12 {
            m.currentLeader = FetchResponse.LeaderIdAndEpoch.random(version: version, using: &rng)
        }
        if version >= 12 {
            m.snapshotId = FetchResponse.SnapshotId.random(version: version, using: &rng)
        }
        if version >= 4 {
            m.abortedTransactions = version >= 4 && rng.coin() ? nil : (0..<rng.count()).map { _ in FetchResponse.AbortedTransaction.random(version: version, using: &rng) }
        }
        if version >= 11 {
            m.preferredReadReplica = rng.integer(Int32.self)
        }
        m.records = rng.coin() ? nil : rng.bytes()
        if version >= 12 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FetchResponse.EpochEndOffset {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.epoch = rng.integer(Int32.self)
        m.endOffset = rng.integer(Int64.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FetchResponse.LeaderIdAndEpoch {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.leaderId = rng.integer(Int32.self)
        m.leaderEpoch = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FetchResponse.SnapshotId {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.endOffset = rng.integer(Int64.self)
        m.epoch = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FetchResponse.AbortedTransaction {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.producerId = rng.integer(Int64.self)
        m.firstOffset = rng.integer(Int64.self)
        if version >= 12 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FetchResponse.NodeEndpoint {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.nodeId = rng.integer(Int32.self)
        m.host = rng.string()
        m.port = rng.integer(Int32.self)
        m.rack = rng.coin() ? nil : rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FetchSnapshotRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.clusterId = rng.coin() ? nil : rng.string()
        m.replicaId = rng.integer(Int32.self)
        m.maxBytes = rng.integer(Int32.self)
        m.topics = (0..<rng.count()).map { _ in FetchSnapshotRequest.TopicSnapshot.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FetchSnapshotRequest.TopicSnapshot {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitions = (0..<rng.count()).map { _ in FetchSnapshotRequest.PartitionSnapshot.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FetchSnapshotRequest.PartitionSnapshot {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partition = rng.integer(Int32.self)
        m.currentLeaderEpoch = rng.integer(Int32.self)
        m.snapshotId = FetchSnapshotRequest.SnapshotId.random(version: version, using: &rng)
        m.position = rng.integer(Int64.self)
        if version >= 1 {
            m.replicaDirectoryId = rng.uuid()
        }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FetchSnapshotRequest.SnapshotId {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.endOffset = rng.integer(Int64.self)
        m.epoch = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FetchSnapshotResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.topics = (0..<rng.count()).map { _ in FetchSnapshotResponse.TopicSnapshot.random(version: version, using: &rng) }
        if version >= 1 {
            m.nodeEndpoints = (0..<rng.count()).map { _ in FetchSnapshotResponse.NodeEndpoint.random(version: version, using: &rng) }
        }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FetchSnapshotResponse.TopicSnapshot {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitions = (0..<rng.count()).map { _ in FetchSnapshotResponse.PartitionSnapshot.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FetchSnapshotResponse.PartitionSnapshot {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.index = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.snapshotId = FetchSnapshotResponse.SnapshotId.random(version: version, using: &rng)
        m.currentLeader = FetchSnapshotResponse.LeaderIdAndEpoch.random(version: version, using: &rng)
        m.size = rng.integer(Int64.self)
        m.position = rng.integer(Int64.self)
        m.unalignedRecords = rng.bytes()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FetchSnapshotResponse.SnapshotId {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.endOffset = rng.integer(Int64.self)
        m.epoch = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FetchSnapshotResponse.LeaderIdAndEpoch {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.leaderId = rng.integer(Int32.self)
        m.leaderEpoch = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FetchSnapshotResponse.NodeEndpoint {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.nodeId = rng.integer(Int32.self)
        m.host = rng.string()
        m.port = rng.integer(UInt16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FindCoordinatorRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version <= 3 {
            m.key = rng.string()
        }
        if version >= 1 {
            m.keyType = rng.integer(Int8.self)
        }
        if version >= 4 {
            m.coordinatorKeys = (0..<rng.count()).map { _ in rng.string() }
        }
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FindCoordinatorResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version >= 1 {
            m.throttleTimeMs = rng.integer(Int32.self)
        }
        if version <= 3 {
            m.errorCode = rng.integer(Int16.self)
        }
        if version >= 1 && version <= 3 {
            m.errorMessage = version >= 1 && version <= 3 && rng.coin() ? nil : rng.string()
        }
        if version <= 3 {
            m.nodeId = rng.integer(Int32.self)
        }
        if version <= 3 {
            m.host = rng.string()
        }
        if version <= 3 {
            m.port = rng.integer(Int32.self)
        }
        if version >= 4 {
            m.coordinators = (0..<rng.count()).map { _ in FindCoordinatorResponse.Coordinator.random(version: version, using: &rng) }
        }
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FindCoordinatorResponse.Coordinator {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.key = rng.string()
        m.nodeId = rng.integer(Int32.self)
        m.host = rng.string()
        m.port = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension GetTelemetrySubscriptionsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.clientInstanceId = rng.uuid()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension GetTelemetrySubscriptionsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.clientInstanceId = rng.uuid()
        m.subscriptionId = rng.integer(Int32.self)
        m.acceptedCompressionTypes = (0..<rng.count()).map { _ in rng.integer(Int8.self) }
        m.pushIntervalMs = rng.integer(Int32.self)
        m.telemetryMaxBytes = rng.integer(Int32.self)
        m.deltaTemporality = rng.coin()
        m.requestedMetrics = (0..<rng.count()).map { _ in rng.string() }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension HeartbeatRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.groupId = rng.string()
        m.generationId = rng.integer(Int32.self)
        m.memberId = rng.string()
        if version >= 3 {
            m.groupInstanceId = version >= 3 && rng.coin() ? nil : rng.string()
        }
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension HeartbeatResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version >= 1 {
            m.throttleTimeMs = rng.integer(Int32.self)
        }
        m.errorCode = rng.integer(Int16.self)
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension IncrementalAlterConfigsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.resources = (0..<rng.count()).map { _ in IncrementalAlterConfigsRequest.AlterConfigsResource.random(version: version, using: &rng) }
        m.validateOnly = rng.coin()
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension IncrementalAlterConfigsRequest.AlterConfigsResource {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.resourceType = rng.integer(Int8.self)
        m.resourceName = rng.string()
        m.configs = (0..<rng.count()).map { _ in IncrementalAlterConfigsRequest.AlterableConfig.random(version: version, using: &rng) }
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension IncrementalAlterConfigsRequest.AlterableConfig {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.configOperation = rng.integer(Int8.self)
        m.value = rng.coin() ? nil : rng.string()
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension IncrementalAlterConfigsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.responses = (0..<rng.count()).map { _ in IncrementalAlterConfigsResponse.AlterConfigsResourceResponse.random(version: version, using: &rng) }
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension IncrementalAlterConfigsResponse.AlterConfigsResourceResponse {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        m.resourceType = rng.integer(Int8.self)
        m.resourceName = rng.string()
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension InitProducerIdRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.transactionalId = rng.coin() ? nil : rng.string()
        m.transactionTimeoutMs = rng.integer(Int32.self)
        if version >= 3 {
            m.producerId = rng.integer(Int64.self)
        }
        if version >= 3 {
            m.producerEpoch = rng.integer(Int16.self)
        }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension InitProducerIdResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.producerId = rng.integer(Int64.self)
        m.producerEpoch = rng.integer(Int16.self)
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension InitializeShareGroupStateRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.groupId = rng.string()
        m.topics = (0..<rng.count()).map { _ in InitializeShareGroupStateRequest.InitializeStateData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension InitializeShareGroupStateRequest.InitializeStateData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicId = rng.uuid()
        m.partitions = (0..<rng.count()).map { _ in InitializeShareGroupStateRequest.PartitionData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension InitializeShareGroupStateRequest.PartitionData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partition = rng.integer(Int32.self)
        m.stateEpoch = rng.integer(Int32.self)
        m.startOffset = rng.integer(Int64.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension InitializeShareGroupStateResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.results = (0..<rng.count()).map { _ in InitializeShareGroupStateResponse.InitializeStateResult.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension InitializeShareGroupStateResponse.InitializeStateResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicId = rng.uuid()
        m.partitions = (0..<rng.count()).map { _ in InitializeShareGroupStateResponse.PartitionResult.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension InitializeShareGroupStateResponse.PartitionResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partition = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension JoinGroupRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.groupId = rng.string()
        m.sessionTimeoutMs = rng.integer(Int32.self)
        if version >= 1 {
            m.rebalanceTimeoutMs = rng.integer(Int32.self)
        }
        m.memberId = rng.string()
        if version >= 5 {
            m.groupInstanceId = version >= 5 && rng.coin() ? nil : rng.string()
        }
        m.protocolType = rng.string()
        m.protocols = (0..<rng.count()).map { _ in JoinGroupRequest.JoinGroupRequestProtocol.random(version: version, using: &rng) }
        if version >= 8 {
            m.reason = version >= 8 && rng.coin() ? nil : rng.string()
        }
        if version >= 6 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension JoinGroupRequest.JoinGroupRequestProtocol {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.metadata = rng.bytes()
        if version >= 6 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension JoinGroupResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version >= 2 {
            m.throttleTimeMs = rng.integer(Int32.self)
        }
        m.errorCode = rng.integer(Int16.self)
        m.generationId = rng.integer(Int32.self)
        if version >= 7 {
            m.protocolType = version >= 7 && rng.coin() ? nil : rng.string()
        }
        m.protocolName = version >= 7 && rng.coin() ? nil : rng.string()
        m.leader = rng.string()
        if version >= 9 {
            m.skipAssignment = rng.coin()
        }
        m.memberId = rng.string()
        m.members = (0..<rng.count()).map { _ in JoinGroupResponse.JoinGroupResponseMember.random(version: version, using: &rng) }
        if version >= 6 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension JoinGroupResponse.JoinGroupResponseMember {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.memberId = rng.string()
        if version >= 5 {
            m.groupInstanceId = version >= 5 && rng.coin() ? nil : rng.string()
        }
        m.metadata = rng.bytes()
        if version >= 6 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension KRaftVersionRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.version = rng.integer(Int16.self)
        m.kRaftVersion = rng.integer(Int16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension LeaderAndIsrRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.controllerId = rng.integer(Int32.self)
        if version >= 7 {
            m.isKRaftController = rng.coin()
        }
        m.controllerEpoch = rng.integer(Int32.self)
        if version >= 2 {
            m.brokerEpoch = rng.integer(Int64.self)
        }
        if version >= 5 {
            m.type = rng.integer(Int8.self)
        }
        if version <= 1 {
            m.ungroupedPartitionStates = (0..<rng.count()).map { _ in LeaderAndIsrRequest.LeaderAndIsrPartitionState.random(version: version, using: &rng) }
        }
        if version >= 2 {
            m.topicStates = (0..<rng.count()).map { _ in LeaderAndIsrRequest.LeaderAndIsrTopicState.random(version: version, using: &rng) }
        }
        m.liveLeaders = (0..<rng.count()).map { _ in LeaderAndIsrRequest.LeaderAndIsrLiveLeader.random(version: version, using: &rng) }
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension LeaderAndIsrRequest.LeaderAndIsrTopicState {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicName = rng.string()
        if version >= 5 {
            m.topicId = rng.uuid()
        }
        m.partitionStates = (0..<rng.count()).map { _ in LeaderAndIsrRequest.LeaderAndIsrPartitionState.random(version: version, using: &rng) }
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension LeaderAndIsrRequest.LeaderAndIsrLiveLeader {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.brokerId = rng.integer(Int32.self)
        m.hostName = rng.string()
        m.port = rng.integer(Int32.self)
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension LeaderAndIsrRequest.LeaderAndIsrPartitionState {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version <= 1 {
            m.topicName = rng.string()
        }
        m.partitionIndex = rng.integer(Int32.self)
        m.controllerEpoch = rng.integer(Int32.self)
        m.leader = rng.integer(Int32.self)
        m.leaderEpoch = rng.integer(Int32.self)
        m.isr = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        m.partitionEpoch = rng.integer(Int32.self)
        m.replicas = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if version >= 3 {
            m.addingReplicas = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        }
        if version >= 3 {
            m.removingReplicas = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        }
        if version >= 1 {
            m.isNew = rng.coin()
        }
        if version >= 6 {
            m.leaderRecoveryState = rng.integer(Int8.self)
        }
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension LeaderAndIsrResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        if version <= 4 {
            m.partitionErrors = (0..<rng.count()).map { _ in LeaderAndIsrResponse.LeaderAndIsrPartitionError.random(version: version, using: &rng) }
        }
        if version >= 5 {
            m.topics = (0..<rng.count()).map { _ in LeaderAndIsrResponse.LeaderAndIsrTopicError.random(version: version, using: &rng) }
        }
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension LeaderAndIsrResponse.LeaderAndIsrTopicError {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicId = rng.uuid()
        m.partitionErrors = (0..<rng.count()).map { _ in LeaderAndIsrResponse.LeaderAndIsrPartitionError.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension LeaderAndIsrResponse.LeaderAndIsrPartitionError {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version <= 4 {
            m.topicName = rng.string()
        }
        m.partitionIndex = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension LeaderChangeMessage: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.version = rng.integer(Int16.self)
        m.leaderId = rng.integer(Int32.self)
        m.voters = (0..<rng.count()).map { _ in LeaderChangeMessage.Voter.random(version: version, using: &rng) }
        m.grantingVoters = (0..<rng.count()).map { _ in LeaderChangeMessage.Voter.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension LeaderChangeMessage.Voter {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.voterId = rng.integer(Int32.self)
        if version >= 1 {
            m.voterDirectoryId = rng.uuid()
        }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension LeaveGroupRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.groupId = rng.string()
        if version <= 2 {
            m.memberId = rng.string()
        }
        if version >= 3 {
            m.members = (0..<rng.count()).map { _ in LeaveGroupRequest.MemberIdentity.random(version: version, using: &rng) }
        }
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension LeaveGroupRequest.MemberIdentity {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.memberId = rng.string()
        m.groupInstanceId = rng.coin() ? nil : rng.string()
        if version >= 5 {
            m.reason = version >= 5 && rng.coin() ? nil : rng.string()
        }
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension LeaveGroupResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version >= 1 {
            m.throttleTimeMs = rng.integer(Int32.self)
        }
        m.errorCode = rng.integer(Int16.self)
        if version >= 3 {
            m.members = (0..<rng.count()).map { _ in LeaveGroupResponse.MemberResponse.random(version: version, using: &rng) }
        }
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension LeaveGroupResponse.MemberResponse {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.memberId = rng.string()
        m.groupInstanceId = rng.coin() ? nil : rng.string()
        m.errorCode = rng.integer(Int16.self)
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ListClientMetricsResourcesRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ListClientMetricsResourcesResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.clientMetricsResources = (0..<rng.count()).map { _ in ListClientMetricsResourcesResponse.ClientMetricsResource.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ListClientMetricsResourcesResponse.ClientMetricsResource {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ListGroupsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version >= 4 {
            m.statesFilter = (0..<rng.count()).map { _ in rng.string() }
        }
        if version >= 5 {
            m.typesFilter = (0..<rng.count()).map { _ in rng.string() }
        }
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ListGroupsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version >= 1 {
            m.throttleTimeMs = rng.integer(Int32.self)
        }
        m.errorCode = rng.integer(Int16.self)
        m.groups = (0..<rng.count()).map { _ in ListGroupsResponse.ListedGroup.random(version: version, using: &rng) }
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ListGroupsResponse.ListedGroup {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.groupId = rng.string()
        m.protocolType = rng.string()
        if version >= 4 {
            m.groupState = rng.string()
        }
        if version >= 5 {
            m.groupType = rng.string()
        }
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ListOffsetsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.replicaId = rng.integer(Int32.self)
        if version >= 2 {
            m.isolationLevel = rng.integer(Int8.self)
        }
        m.topics = (0..<rng.count()).map { _ in ListOffsetsRequest.ListOffsetsTopic.random(version: version, using: &rng) }
        if version >= 10 {
            m.timeoutMs = rng.integer(Int32.self)
        }
        if version >= 6 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ListOffsetsRequest.ListOffsetsTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitions = (0..<rng.count()).map { _ in ListOffsetsRequest.ListOffsetsPartition.random(version: version, using: &rng) }
        if version >= 6 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ListOffsetsRequest.ListOffsetsPartition {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        if version >= 4 {
            m.currentLeaderEpoch = rng.integer(Int32.self)
        }
        m.timestamp = rng.integer(Int64.self)
        if version <= 0 {
            m.maxNumOffsets = rng.integer(Int32.self)
        }
        if version >= 6 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ListOffsetsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version >= 2 {
            m.throttleTimeMs = rng.integer(Int32.self)
        }
        m.topics = (0..<rng.count()).map { _ in ListOffsetsResponse.ListOffsetsTopicResponse.random(version: version, using: &rng) }
        if version >= 6 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ListOffsetsResponse.ListOffsetsTopicResponse {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitions = (0..<rng.count()).map { _ in ListOffsetsResponse.ListOffsetsPartitionResponse.random(version: version, using: &rng) }
        if version >= 6 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ListOffsetsResponse.ListOffsetsPartitionResponse {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        if version <= 0 {
            m.oldStyleOffsets = (0..<rng.count()).map { _ in rng.integer(Int64.self) }
        }
        if version >= 1 {
            m.timestamp = rng.integer(Int64.self)
        }
        if version >= 1 {
            m.offset = rng.integer(Int64.self)
        }
        if version >= 4 {
            m.leaderEpoch = rng.integer(Int32.self)
        }
        if version >= 6 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ListPartitionReassignmentsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.timeoutMs = rng.integer(Int32.self)
        m.topics = rng.coin() ? nil : (0..<rng.count()).map { _ in ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ListPartitionReassignmentsRequest.ListPartitionReassignmentsTopics {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitionIndexes = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ListPartitionReassignmentsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        m.topics = (0..<rng.count()).map { _ in ListPartitionReassignmentsResponse.OngoingTopicReassignment.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ListPartitionReassignmentsResponse.OngoingTopicReassignment {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitions = (0..<rng.count()).map { _ in ListPartitionReassignmentsResponse.OngoingPartitionReassignment.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ListPartitionReassignmentsResponse.OngoingPartitionReassignment {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.replicas = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        m.addingReplicas = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        m.removingReplicas = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ListTransactionsRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.stateFilters = (0..<rng.count()).map { _ in rng.string() }
        m.producerIdFilters = (0..<rng.count()).map { _ in rng.integer(Int64.self) }
        if version >= 1 {
            m.durationFilter = rng.integer(Int64.self)
        }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ListTransactionsResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.unknownStateFilters = (0..<rng.count()).map { _ in rng.string() }
        m.transactionStates = (0..<rng.count()).map { _ in ListTransactionsResponse.TransactionState.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ListTransactionsResponse.TransactionState {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.transactionalId = rng.string()
        m.producerId = rng.integer(Int64.self)
        m.transactionState = rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension MetadataRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topics = version >= 1 && rng.coin() ? nil : (0..<rng.count()).map { _ in MetadataRequest.MetadataRequestTopic.random(version: version, using: &rng) }
        if version >= 4 {
            m.allowAutoTopicCreation = rng.coin()
        }
        if version >= 8 && version <= 10 {
            m.includeClusterAuthorizedOperations = rng.coin()
        }
        if version >= 8 {
            m.includeTopicAuthorizedOperations = rng.coin()
        }
        if version >= 9 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension MetadataRequest.MetadataRequestTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version >= 10 {
            m.topicId = rng.uuid()
        }
        m.name = version >= 10 && rng.coin() ? nil : rng.string()
        if version >= 9 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension MetadataResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version >= 3 {
            m.throttleTimeMs = rng.integer(Int32.self)
        }
        m.brokers = (0..<rng.count()).map { _ in MetadataResponse.MetadataResponseBroker.random(version: version, using: &rng) }
        if version >= 2 {
            m.clusterId = version >= 2 && rng.coin() ? nil : rng.string()
        }
        if version >= 1 {
            m.controllerId = rng.integer(Int32.self)
        }
        m.topics = (0..<rng.count()).map { _ in MetadataResponse.MetadataResponseTopic.random(version: version, using: &rng) }
        if version >= 8 && version <= 10 {
            m.clusterAuthorizedOperations = rng.integer(Int32.self)
        }
        if version >= 9 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension MetadataResponse.MetadataResponseBroker {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.nodeId = rng.integer(Int32.self)
        m.host = rng.string()
        m.port = rng.integer(Int32.self)
        if version >= 1 {
            m.rack = version >= 1 && rng.coin() ? nil : rng.string()
        }
        if version >= 9 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension MetadataResponse.MetadataResponseTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.name = version >= 12 && rng.coin() ? nil : rng.string()
        if version >= 10 {
            m.topicId = rng.uuid()
        }
        if version >= 1 {
            m.isInternal = rng.coin()
        }
        m.partitions = (0..<rng.count()).map { _ in MetadataResponse.MetadataResponsePartition.random(version: version, using: &rng) }
        if version >= 8 {
            m.topicAuthorizedOperations = rng.integer(Int32.self)
        }
        if version >= 9 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension MetadataResponse.MetadataResponsePartition {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.partitionIndex = rng.integer(Int32.self)
        m.leaderId = rng.integer(Int32.self)
        if version >= 7 {
            m.leaderEpoch = rng.integer(Int32.self)
        }
        m.replicaNodes = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        m.isrNodes = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if version >= 5 {
            m.offlineReplicas = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        }
        if version >= 9 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension OffsetCommitRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.groupId = rng.string()
        if version >= 1 {
            m.generationIdOrMemberEpoch = rng.integer(Int32.self)
        }
        if version >= 1 {
            m.memberId = rng.string()
        }
        if version >= 7 {
            m.groupInstanceId = version >= 7 && rng.coin() ? nil : rng.string()
        }
        if version >= 2 && version <= 4 {
            m.retentionTimeMs = rng.integer(Int64.self)
        }
        m.topics = (0..<rng.count()).map { _ in OffsetCommitRequest.OffsetCommitRequestTopic.random(version: version, using: &rng) }
        if version >= 8 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension OffsetCommitRequest.OffsetCommitRequestTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitions = (0..<rng.count()).map { _ in OffsetCommitRequest.OffsetCommitRequestPartition.random(version: version, using: &rng) }
        if version >= 8 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension OffsetCommitRequest.OffsetCommitRequestPartition {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.committedOffset = rng.integer(Int64.self)
        if version >= 6 {
            m.committedLeaderEpoch = rng.integer(Int32.self)
        }
        if version == 1 {
            m.commitTimestamp = rng.integer(Int64.self)
        }
        m.committedMetadata = rng.coin() ? nil : rng.string()
        if version >= 8 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension OffsetCommitResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version >= 3 {
            m.throttleTimeMs = rng.integer(Int32.self)
        }
        m.topics = (0..<rng.count()).map { _ in OffsetCommitResponse.OffsetCommitResponseTopic.random(version: version, using: &rng) }
        if version >= 8 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension OffsetCommitResponse.OffsetCommitResponseTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitions = (0..<rng.count()).map { _ in OffsetCommitResponse.OffsetCommitResponsePartition.random(version: version, using: &rng) }
        if version >= 8 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension OffsetCommitResponse.OffsetCommitResponsePartition {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        if version >= 8 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension OffsetDeleteRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.groupId = rng.string()
        m.topics = (0..<rng.count()).map { _ in OffsetDeleteRequest.OffsetDeleteRequestTopic.random(version: version, using: &rng) }
        return m
    }
}

extension OffsetDeleteRequest.OffsetDeleteRequestTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitions = (0..<rng.count()).map { _ in OffsetDeleteRequest.OffsetDeleteRequestPartition.random(version: version, using: &rng) }
        return m
    }
}

extension OffsetDeleteRequest.OffsetDeleteRequestPartition {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        return m
    }
}

extension OffsetDeleteResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.throttleTimeMs = rng.integer(Int32.self)
        m.topics = (0..<rng.count()).map { _ in OffsetDeleteResponse.OffsetDeleteResponseTopic.random(version: version, using: &rng) }
        return m
    }
}

extension OffsetDeleteResponse.OffsetDeleteResponseTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitions = (0..<rng.count()).map { _ in OffsetDeleteResponse.OffsetDeleteResponsePartition.random(version: version, using: &rng) }
        return m
    }
}

extension OffsetDeleteResponse.OffsetDeleteResponsePartition {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        return m
    }
}

extension OffsetFetchRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version <= 7 {
            m.groupId = rng.string()
        }
        if version <= 7 {
            m.topics = version >= 2 && version <= 7 && rng.coin() ? nil : (0..<rng.count()).map { _ in OffsetFetchRequest.OffsetFetchRequestTopic.random(version: version, using: &rng) }
        }
        if version >= 8 {
            m.groups = (0..<rng.count()).map { _ in OffsetFetchRequest.OffsetFetchRequestGroup.random(version: version, using: &rng) }
        }
        if version >= 7 {
            m.requireStable = rng.coin()
        }
        if version >= 6 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension OffsetFetchRequest.OffsetFetchRequestTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitionIndexes = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if version >= 6 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension OffsetFetchRequest.OffsetFetchRequestGroup {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.groupId = rng.string()
        if version >= 9 {
            m.memberId = version >= 9 && rng.coin() ? nil : rng.string()
        }
        if version >= 9 {
            m.memberEpoch = rng.integer(Int32.self)
        }
        m.topics = rng.coin() ? nil : (0..<rng.count()).map { _ in OffsetFetchRequest.OffsetFetchRequestTopics.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension OffsetFetchRequest.OffsetFetchRequestTopics {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitionIndexes = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension OffsetFetchResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version >= 3 {
            m.throttleTimeMs = rng.integer(Int32.self)
        }
        if version <= 7 {
            m.topics = (0..<rng.count()).map { _ in OffsetFetchResponse.OffsetFetchResponseTopic.random(version: version, using: &rng) }
        }
        if version >= 2 && version <= 7 {
            m.errorCode = rng.integer(Int16.self)
        }
        if version >= 8 {
            m.groups = (0..<rng.count()).map { _ in OffsetFetchResponse.OffsetFetchResponseGroup.random(version: version, using: &rng) }
        }
        if version >= 6 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension OffsetFetchResponse.OffsetFetchResponseTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitions = (0..<rng.count()).map { _ in OffsetFetchResponse.OffsetFetchResponsePartition.random(version: version, using: &rng) }
        if version >= 6 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension OffsetFetchResponse.OffsetFetchResponsePartition {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.committedOffset = rng.integer(Int64.self)
        if version >= 5 {
            m.committedLeaderEpoch = rng.integer(Int32.self)
        }
        m.metadata = rng.coin() ? nil : rng.string()
        m.errorCode = rng.integer(Int16.self)
        if version >= 6 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension OffsetFetchResponse.OffsetFetchResponseGroup {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.groupId = rng.string()
        m.topics = (0..<rng.count()).map { _ in OffsetFetchResponse.OffsetFetchResponseTopics.random(version: version, using: &rng) }
        m.errorCode = rng.integer(Int16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension OffsetFetchResponse.OffsetFetchResponseTopics {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitions = (0..<rng.count()).map { _ in OffsetFetchResponse.OffsetFetchResponsePartitions.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension OffsetFetchResponse.OffsetFetchResponsePartitions {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.committedOffset = rng.integer(Int64.self)
        m.committedLeaderEpoch = rng.integer(Int32.self)
        m.metadata = rng.coin() ? nil : rng.string()
        m.errorCode = rng.integer(Int16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension OffsetForLeaderEpochRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version >= 3 {
            m.replicaId = rng.integer(Int32.self)
        }
        m.topics = (0..<rng.count()).map { _ in OffsetForLeaderEpochRequest.OffsetForLeaderTopic.random(version: version, using: &rng) }
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension OffsetForLeaderEpochRequest.OffsetForLeaderTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topic = rng.string()
        m.partitions = (0..<rng.count()).map { _ in OffsetForLeaderEpochRequest.OffsetForLeaderPartition.random(version: version, using: &rng) }
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension OffsetForLeaderEpochRequest.OffsetForLeaderPartition {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partition = rng.integer(Int32.self)
        if version >= 2 {
            m.currentLeaderEpoch = rng.integer(Int32.self)
        }
        m.leaderEpoch = rng.integer(Int32.self)
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension OffsetForLeaderEpochResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version >= 2 {
            m.throttleTimeMs = rng.integer(Int32.self)
        }
        m.topics = (0..<rng.count()).map { _ in OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult.random(version: version, using: &rng) }
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension OffsetForLeaderEpochResponse.OffsetForLeaderTopicResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topic = rng.string()
        m.partitions = (0..<rng.count()).map { _ in OffsetForLeaderEpochResponse.EpochEndOffset.random(version: version, using: &rng) }
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension OffsetForLeaderEpochResponse.EpochEndOffset {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.partition = rng.integer(Int32.self)
        if version >= 1 {
            m.leaderEpoch = rng.integer(Int32.self)
        }
        m.endOffset = rng.integer(Int64.self)
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ProduceRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version >= 3 {
            m.transactionalId = version >= 3 && rng.coin() ? nil : rng.string()
        }
        m.acks = rng.integer(Int16.self)
        m.timeoutMs = rng.integer(Int32.self)
        m.topicData = (0..<rng.count()).map { _ in ProduceRequest.TopicProduceData.random(version: version, using: &rng) }
        if version >= 9 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ProduceRequest.TopicProduceData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitionData = (0..<rng.count()).map { _ in ProduceRequest.PartitionProduceData.random(version: version, using: &rng) }
        if version >= 9 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ProduceRequest.PartitionProduceData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.index = rng.integer(Int32.self)
        m.records = rng.coin() ? nil : rng.bytes()
        if version >= 9 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ProduceResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.responses = (0..<rng.count()).map { _ in ProduceResponse.TopicProduceResponse.random(version: version, using: &rng) }
        if version >= 1 {
            m.throttleTimeMs = rng.integer(Int32.self)
        }
        if version >= 10 {
            m.nodeEndpoints = (0..<rng.count()).map { _ in ProduceResponse.NodeEndpoint.random(version: version, using: &rng) }
        }
        if version >= 9 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ProduceResponse.TopicProduceResponse {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitionResponses = (0..<rng.count()).map { _ in ProduceResponse.PartitionProduceResponse.random(version: version, using: &rng) }
        if version >= 9 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ProduceResponse.PartitionProduceResponse {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.index = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.baseOffset = rng.integer(Int64.self)
        if version >= 2 {
            m.logAppendTimeMs = rng.integer(Int64.self)
        }
        if version >= 5 {
            m.logStartOffset = rng.integer(Int64.self)
        }
        if version >= 8 {
            m.recordErrors = (0..<rng.count()).map { _ in ProduceResponse.BatchIndexAndErrorMessage.random(version: version, using: &rng) }
        }
        if version >= 8 {
            m.errorMessage = version >= 8 && rng.coin() ? nil : rng.string()
        }
        if version >= 10 {
            m.currentLeader = ProduceResponse.LeaderIdAndEpoch.random(version: version, using: &rng)
        }
        if version >= 9 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ProduceResponse.BatchIndexAndErrorMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.batchIndex = rng.integer(Int32.self)
        m.batchIndexErrorMessage = rng.coin() ? nil : rng.string()
        if version >= 9 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ProduceResponse.LeaderIdAndEpoch {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.leaderId = rng.integer(Int32.self)
        m.leaderEpoch = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ProduceResponse.NodeEndpoint {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.nodeId = rng.integer(Int32.self)
        m.host = rng.string()
        m.port = rng.integer(Int32.self)
        m.rack = rng.coin() ? nil : rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension PushTelemetryRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.clientInstanceId = rng.uuid()
        m.subscriptionId = rng.integer(Int32.self)
        m.terminating = rng.coin()
        m.compressionType = rng.integer(Int8.self)
        m.metrics = rng.bytes()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension PushTelemetryResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ReadShareGroupStateRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.groupId = rng.string()
        m.topics = (0..<rng.count()).map { _ in ReadShareGroupStateRequest.ReadStateData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ReadShareGroupStateRequest.ReadStateData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicId = rng.uuid()
        m.partitions = (0..<rng.count()).map { _ in ReadShareGroupStateRequest.PartitionData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ReadShareGroupStateRequest.PartitionData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partition = rng.integer(Int32.self)
        m.leaderEpoch = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ReadShareGroupStateResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.results = (0..<rng.count()).map { _ in ReadShareGroupStateResponse.ReadStateResult.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ReadShareGroupStateResponse.ReadStateResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicId = rng.uuid()
        m.partitions = (0..<rng.count()).map { _ in ReadShareGroupStateResponse.PartitionResult.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ReadShareGroupStateResponse.PartitionResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partition = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        m.stateEpoch = rng.integer(Int32.self)
        m.startOffset = rng.integer(Int64.self)
        m.stateBatches = (0..<rng.count()).map { _ in ReadShareGroupStateResponse.StateBatch.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ReadShareGroupStateResponse.StateBatch {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.firstOffset = rng.integer(Int64.self)
        m.lastOffset = rng.integer(Int64.self)
        m.deliveryState = rng.integer(Int8.self)
        m.deliveryCount = rng.integer(Int16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ReadShareGroupStateSummaryRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.groupId = rng.string()
        m.topics = (0..<rng.count()).map { _ in ReadShareGroupStateSummaryRequest.ReadStateSummaryData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ReadShareGroupStateSummaryRequest.ReadStateSummaryData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicId = rng.uuid()
        m.partitions = (0..<rng.count()).map { _ in ReadShareGroupStateSummaryRequest.PartitionData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ReadShareGroupStateSummaryRequest.PartitionData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partition = rng.integer(Int32.self)
        m.leaderEpoch = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ReadShareGroupStateSummaryResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.results = (0..<rng.count()).map { _ in ReadShareGroupStateSummaryResponse.ReadStateSummaryResult.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ReadShareGroupStateSummaryResponse.ReadStateSummaryResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicId = rng.uuid()
        m.partitions = (0..<rng.count()).map { _ in ReadShareGroupStateSummaryResponse.PartitionResult.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ReadShareGroupStateSummaryResponse.PartitionResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partition = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        m.stateEpoch = rng.integer(Int32.self)
        m.startOffset = rng.integer(Int64.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension RemoveRaftVoterRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.clusterId = rng.coin() ? nil : rng.string()
        m.voterId = rng.integer(Int32.self)
        m.voterDirectoryId = rng.uuid()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension RemoveRaftVoterResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension RenewDelegationTokenRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.hmac = rng.bytes()
        m.renewPeriodMs = rng.integer(Int64.self)
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension RenewDelegationTokenResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.expiryTimestampMs = rng.integer(Int64.self)
        m.throttleTimeMs = rng.integer(Int32.self)
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension RequestHeader: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.requestApiKey = rng.integer(Int16.self)
        m.requestApiVersion = rng.integer(Int16.self)
        m.correlationId = rng.integer(Int32.self)
        if version >= 1 {
            m.clientId = version >= 1 && rng.coin() ? nil : rng.string()
        }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ResponseHeader: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.correlationId = rng.integer(Int32.self)
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension SaslAuthenticateRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.authBytes = rng.bytes()
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension SaslAuthenticateResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        m.authBytes = rng.bytes()
        if version >= 1 {
            m.sessionLifetimeMs = rng.integer(Int64.self)
        }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension SaslHandshakeRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.mechanism = rng.string()
        return m
    }
}

extension SaslHandshakeResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.mechanisms = (0..<rng.count()).map { _ in rng.string() }
        return m
    }
}

extension ShareAcknowledgeRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.groupId = rng.coin() ? nil : rng.string()
        m.memberId = rng.coin() ? nil : rng.string()
        m.shareSessionEpoch = rng.integer(Int32.self)
        m.topics = (0..<rng.count()).map { _ in ShareAcknowledgeRequest.AcknowledgeTopic.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareAcknowledgeRequest.AcknowledgeTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicId = rng.uuid()
        m.partitions = (0..<rng.count()).map { _ in ShareAcknowledgeRequest.AcknowledgePartition.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareAcknowledgeRequest.AcknowledgePartition {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.acknowledgementBatches = (0..<rng.count()).map { _ in ShareAcknowledgeRequest.AcknowledgementBatch.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareAcknowledgeRequest.AcknowledgementBatch {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.firstOffset = rng.integer(Int64.self)
        m.lastOffset = rng.integer(Int64.self)
        m.acknowledgeTypes = (0..<rng.count()).map { _ in rng.integer(Int8.self) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareAcknowledgeResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        m.responses = (0..<rng.count()).map { _ in ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse.random(version: version, using: &rng) }
        m.nodeEndpoints = (0..<rng.count()).map { _ in ShareAcknowledgeResponse.NodeEndpoint.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareAcknowledgeResponse.ShareAcknowledgeTopicResponse {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicId = rng.uuid()
        m.partitions = (0..<rng.count()).map { _ in ShareAcknowledgeResponse.PartitionData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareAcknowledgeResponse.PartitionData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        m.currentLeader = ShareAcknowledgeResponse.LeaderIdAndEpoch.random(version: version, using: &rng)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareAcknowledgeResponse.LeaderIdAndEpoch {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.leaderId = rng.integer(Int32.self)
        m.leaderEpoch = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareAcknowledgeResponse.NodeEndpoint {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.nodeId = rng.integer(Int32.self)
        m.host = rng.string()
        m.port = rng.integer(Int32.self)
        m.rack = rng.coin() ? nil : rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareFetchRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.groupId = rng.coin() ? nil : rng.string()
        m.memberId = rng.coin() ? nil : rng.string()
        m.shareSessionEpoch = rng.integer(Int32.self)
        m.maxWaitMs = rng.integer(Int32.self)
        m.minBytes = rng.integer(Int32.self)
        m.maxBytes = rng.integer(Int32.self)
        m.topics = (0..<rng.count()).map { _ in ShareFetchRequest.FetchTopic.random(version: version, using: &rng) }
        m.forgottenTopicsData = (0..<rng.count()).map { _ in ShareFetchRequest.ForgottenTopic.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareFetchRequest.FetchTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicId = rng.uuid()
        m.partitions = (0..<rng.count()).map { _ in ShareFetchRequest.FetchPartition.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareFetchRequest.FetchPartition {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.partitionMaxBytes = rng.integer(Int32.self)
        m.acknowledgementBatches = (0..<rng.count()).map { _ in ShareFetchRequest.AcknowledgementBatch.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareFetchRequest.AcknowledgementBatch {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.firstOffset = rng.integer(Int64.self)
        m.lastOffset = rng.integer(Int64.self)
        m.acknowledgeTypes = (0..<rng.count()).map { _ in rng.integer(Int8.self) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareFetchRequest.ForgottenTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicId = rng.uuid()
        m.partitions = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareFetchResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        m.responses = (0..<rng.count()).map { _ in ShareFetchResponse.ShareFetchableTopicResponse.random(version: version, using: &rng) }
        m.nodeEndpoints = (0..<rng.count()).map { _ in ShareFetchResponse.NodeEndpoint.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareFetchResponse.ShareFetchableTopicResponse {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicId = rng.uuid()
        m.partitions = (0..<rng.count()).map { _ in ShareFetchResponse.PartitionData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareFetchResponse.PartitionData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        m.acknowledgeErrorCode = rng.integer(Int16.self)
        m.acknowledgeErrorMessage = rng.coin() ? nil : rng.string()
        m.currentLeader = ShareFetchResponse.LeaderIdAndEpoch.random(version: version, using: &rng)
        m.records = rng.coin() ? nil : rng.bytes()
        m.acquiredRecords = (0..<rng.count()).map { _ in ShareFetchResponse.AcquiredRecords.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareFetchResponse.LeaderIdAndEpoch {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.leaderId = rng.integer(Int32.self)
        m.leaderEpoch = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareFetchResponse.AcquiredRecords {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.firstOffset = rng.integer(Int64.self)
        m.lastOffset = rng.integer(Int64.self)
        m.deliveryCount = rng.integer(Int16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareFetchResponse.NodeEndpoint {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.nodeId = rng.integer(Int32.self)
        m.host = rng.string()
        m.port = rng.integer(Int32.self)
        m.rack = rng.coin() ? nil : rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareGroupDescribeRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.groupIds = (0..<rng.count()).map { _ in rng.string() }
        m.includeAuthorizedOperations = rng.coin()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareGroupDescribeResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.groups = (0..<rng.count()).map { _ in ShareGroupDescribeResponse.DescribedGroup.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareGroupDescribeResponse.DescribedGroup {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        m.groupId = rng.string()
        m.groupState = rng.string()
        m.groupEpoch = rng.integer(Int32.self)
        m.assignmentEpoch = rng.integer(Int32.self)
        m.assignorName = rng.string()
        m.members = (0..<rng.count()).map { _ in ShareGroupDescribeResponse.Member.random(version: version, using: &rng) }
        m.authorizedOperations = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareGroupDescribeResponse.Member {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.memberId = rng.string()
        m.rackId = rng.coin() ? nil : rng.string()
        m.memberEpoch = rng.integer(Int32.self)
        m.clientId = rng.string()
        m.clientHost = rng.string()
        m.subscribedTopicNames = (0..<rng.count()).map { _ in rng.string() }
        m.assignment = ShareGroupDescribeResponse.Assignment.random(version: version, using: &rng)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareGroupDescribeResponse.TopicPartitions {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicId = rng.uuid()
        m.topicName = rng.string()
        m.partitions = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareGroupDescribeResponse.Assignment {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicPartitions = (0..<rng.count()).map { _ in ShareGroupDescribeResponse.TopicPartitions.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareGroupHeartbeatRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.groupId = rng.string()
        m.memberId = rng.string()
        m.memberEpoch = rng.integer(Int32.self)
        m.rackId = rng.coin() ? nil : rng.string()
        m.subscribedTopicNames = rng.coin() ? nil : (0..<rng.count()).map { _ in rng.string() }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareGroupHeartbeatResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        m.memberId = rng.coin() ? nil : rng.string()
        m.memberEpoch = rng.integer(Int32.self)
        m.heartbeatIntervalMs = rng.integer(Int32.self)
        m.assignment = rng.coin() ? nil : ShareGroupHeartbeatResponse.Assignment.random(version: version, using: &rng)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareGroupHeartbeatResponse.Assignment {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicPartitions = (0..<rng.count()).map { _ in ShareGroupHeartbeatResponse.TopicPartitions.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ShareGroupHeartbeatResponse.TopicPartitions {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicId = rng.uuid()
        m.partitions = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension SnapshotFooterRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.version = rng.integer(Int16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension SnapshotHeaderRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.version = rng.integer(Int16.self)
        m.lastContainedLogTimestamp = rng.integer(Int64.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension StopReplicaRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.controllerId = rng.integer(Int32.self)
        if version >= 4 {
            m.isKRaftController = rng.coin()
        }
        m.controllerEpoch = rng.integer(Int32.self)
        if version >= 1 {
            m.brokerEpoch = rng.integer(Int64.self)
        }
        if version <= 2 {
            m.deletePartitions = rng.coin()
        }
        if version <= 0 {
            m.ungroupedPartitions = (0..<rng.count()).map { _ in StopReplicaRequest.StopReplicaPartitionV0.random(version: version, using: &rng) }
        }
        if version >= 1 && version <= 2 {
            m.topics = (0..<rng.count()).map { _ in StopReplicaRequest.StopReplicaTopicV1.random(version: version, using: &rng) }
        }
        if version >= 3 {
            m.topicStates = (0..<rng.count()).map { _ in StopReplicaRequest.StopReplicaTopicState.random(version: version, using: &rng) }
        }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension StopReplicaRequest.StopReplicaPartitionV0 {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicName = rng.string()
        m.partitionIndex = rng.integer(Int32.self)
        return m
    }
}

extension StopReplicaRequest.StopReplicaTopicV1 {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitionIndexes = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension StopReplicaRequest.StopReplicaTopicState {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicName = rng.string()
        m.partitionStates = (0..<rng.count()).map { _ in StopReplicaRequest.StopReplicaPartitionState.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension StopReplicaRequest.StopReplicaPartitionState {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.leaderEpoch = rng.integer(Int32.self)
        m.deletePartition = rng.coin()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension StopReplicaResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.partitionErrors = (0..<rng.count()).map { _ in StopReplicaResponse.StopReplicaPartitionError.random(version: version, using: &rng) }
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension StopReplicaResponse.StopReplicaPartitionError {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicName = rng.string()
        m.partitionIndex = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        if version >= 2 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension SyncGroupRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.groupId = rng.string()
        m.generationId = rng.integer(Int32.self)
        m.memberId = rng.string()
        if version >= 3 {
            m.groupInstanceId = version >= 3 && rng.coin() ? nil : rng.string()
        }
        if version >= 5 {
            m.protocolType = version >= 5 && rng.coin() ? nil : rng.string()
        }
        if version >= 5 {
            m.protocolName = version >= 5 && rng.coin() ? nil : rng.string()
        }
        m.assignments = (0..<rng.count()).map { _ in SyncGroupRequest.SyncGroupRequestAssignment.random(version: version, using: &rng) }
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension SyncGroupRequest.SyncGroupRequestAssignment {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.memberId = rng.string()
        m.assignment = rng.bytes()
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension SyncGroupResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version >= 1 {
            m.throttleTimeMs = rng.integer(Int32.self)
        }
        m.errorCode = rng.integer(Int16.self)
        if version >= 5 {
            m.protocolType = version >= 5 && rng.coin() ? nil : rng.string()
        }
        if version >= 5 {
            m.protocolName = version >= 5 && rng.coin() ? nil : rng.string()
        }
        m.assignment = rng.bytes()
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension TxnOffsetCommitRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.transactionalId = rng.string()
        m.groupId = rng.string()
        m.producerId = rng.integer(Int64.self)
        m.producerEpoch = rng.integer(Int16.self)
        if version >= 3 {
            m.generationId = rng.integer(Int32.self)
        }
        if version >= 3 {
            m.memberId = rng.string()
        }
        if version >= 3 {
            m.groupInstanceId = version >= 3 && rng.coin() ? nil : rng.string()
        }
        m.topics = (0..<rng.count()).map { _ in TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic.random(version: version, using: &rng) }
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension TxnOffsetCommitRequest.TxnOffsetCommitRequestTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitions = (0..<rng.count()).map { _ in TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition.random(version: version, using: &rng) }
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension TxnOffsetCommitRequest.TxnOffsetCommitRequestPartition {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.committedOffset = rng.integer(Int64.self)
        if version >= 2 {
            m.committedLeaderEpoch = rng.integer(Int32.self)
        }
        m.committedMetadata = rng.coin() ? nil : rng.string()
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension TxnOffsetCommitResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.topics = (0..<rng.count()).map { _ in TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic.random(version: version, using: &rng) }
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension TxnOffsetCommitResponse.TxnOffsetCommitResponseTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitions = (0..<rng.count()).map { _ in TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition.random(version: version, using: &rng) }
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension TxnOffsetCommitResponse.TxnOffsetCommitResponsePartition {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        if version >= 3 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension UnregisterBrokerRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.brokerId = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension UnregisterBrokerResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension UpdateFeaturesRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.timeoutMs = rng.integer(Int32.self)
        m.featureUpdates = (0..<rng.count()).map { _ in UpdateFeaturesRequest.FeatureUpdateKey.random(version: version, using: &rng) }
        if version >= 1 {
            m.validateOnly = rng.coin()
        }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension UpdateFeaturesRequest.FeatureUpdateKey {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.feature = rng.string()
        m.maxVersionLevel = rng.integer(Int16.self)
        if version <= 0 {
            m.allowDowngrade = rng.coin()
        }
        if version >= 1 {
            m.upgradeType = rng.integer(Int8.self)
        }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension UpdateFeaturesResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        if version <= 1 {
            m.results = (0..<rng.count()).map { _ in UpdateFeaturesResponse.UpdatableFeatureResult.random(version: version, using: &rng) }
        }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension UpdateFeaturesResponse.UpdatableFeatureResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.feature = rng.string()
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension UpdateMetadataRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.controllerId = rng.integer(Int32.self)
        if version >= 8 {
            m.isKRaftController = rng.coin()
        }
        if version >= 8 {
            m.type = rng.integer(Int8.self)
        }
        m.controllerEpoch = rng.integer(Int32.self)
        if version >= 5 {
            m.brokerEpoch = rng.integer(Int64.self)
        }
        if version <= 4 {
            m.ungroupedPartitionStates = (0..<rng.count()).map { _ in UpdateMetadataRequest.UpdateMetadataPartitionState.random(version: version, using: &rng) }
        }
        if version >= 5 {
            m.topicStates = (0..<rng.count()).map { _ in UpdateMetadataRequest.UpdateMetadataTopicState.random(version: version, using: &rng) }
        }
        m.liveBrokers = (0..<rng.count()).map { _ in UpdateMetadataRequest.UpdateMetadataBroker.random(version: version, using: &rng) }
        if version >= 6 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension UpdateMetadataRequest.UpdateMetadataTopicState {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicName = rng.string()
        if version >= 7 {
            m.topicId = rng.uuid()
        }
        m.partitionStates = (0..<rng.count()).map { _ in UpdateMetadataRequest.UpdateMetadataPartitionState.random(version: version, using: &rng) }
        if version >= 6 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension UpdateMetadataRequest.UpdateMetadataBroker {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.id = rng.integer(Int32.self)
        if version <= 0 {
            m.v0Host = rng.string()
        }
        if version <= 0 {
            m.v0Port = rng.integer(Int32.self)
        }
        if version >= 1 {
            m.endpoints = (0..<rng.count()).map { _ in UpdateMetadataRequest.UpdateMetadataEndpoint.random(version: version, using: &rng) }
        }
        if version >= 2 {
            m.rack = version >= 2 && rng.coin() ? nil : rng.string()
        }
        if version >= 6 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension UpdateMetadataRequest.UpdateMetadataEndpoint {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.port = rng.integer(Int32.self)
        m.host = rng.string()
        if version >= 3 {
            m.listener = rng.string()
        }
        m.securityProtocol = rng.integer(Int16.self)
        if version >= 6 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension UpdateMetadataRequest.UpdateMetadataPartitionState {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version <= 4 {
            m.topicName = rng.string()
        }
        m.partitionIndex = rng.integer(Int32.self)
        m.controllerEpoch = rng.integer(Int32.self)
        m.leader = rng.integer(Int32.self)
        m.leaderEpoch = rng.integer(Int32.self)
        m.isr = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        m.zkVersion = rng.integer(Int32.self)
        m.replicas = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if version >= 4 {
            m.offlineReplicas = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        }
        if version >= 6 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension UpdateMetadataResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        if version >= 6 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension UpdateRaftVoterRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.clusterId = rng.coin() ? nil : rng.string()
        m.currentLeaderEpoch = rng.integer(Int32.self)
        m.voterId = rng.integer(Int32.self)
        m.voterDirectoryId = rng.uuid()
        m.listeners = (0..<rng.count()).map { _ in UpdateRaftVoterRequest.Listener.random(version: version, using: &rng) }
        m.kRaftVersionFeature = UpdateRaftVoterRequest.KRaftVersionFeature.random(version: version, using: &rng)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension UpdateRaftVoterRequest.Listener {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.host = rng.string()
        m.port = rng.integer(UInt16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension UpdateRaftVoterRequest.KRaftVersionFeature {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.minSupportedVersion = rng.integer(Int16.self)
        m.maxSupportedVersion = rng.integer(Int16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension UpdateRaftVoterResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.throttleTimeMs = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.currentLeader = UpdateRaftVoterResponse.CurrentLeader.random(version: version, using: &rng)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension UpdateRaftVoterResponse.CurrentLeader {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.leaderId = rng.integer(Int32.self)
        m.leaderEpoch = rng.integer(Int32.self)
        m.host = rng.string()
        m.port = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension VoteRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.clusterId = rng.coin() ? nil : rng.string()
        if version >= 1 {
            m.voterId = rng.integer(Int32.self)
        }
        m.topics = (0..<rng.count()).map { _ in VoteRequest.TopicData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension VoteRequest.TopicData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicName = rng.string()
        m.partitions = (0..<rng.count()).map { _ in VoteRequest.PartitionData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension VoteRequest.PartitionData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.candidateEpoch = rng.integer(Int32.self)
        m.candidateId = rng.integer(Int32.self)
        if version >= 1 {
            m.candidateDirectoryId = rng.uuid()
        }
        if version >= 1 {
            m.voterDirectoryId = rng.uuid()
        }
        m.lastOffsetEpoch = rng.integer(Int32.self)
        m.lastOffset = rng.integer(Int64.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension VoteResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.errorCode = rng.integer(Int16.self)
        m.topics = (0..<rng.count()).map { _ in VoteResponse.TopicData.random(version: version, using: &rng) }
        if version >= 1 {
            m.nodeEndpoints = (0..<rng.count()).map { _ in VoteResponse.NodeEndpoint.random(version: version, using: &rng) }
        }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension VoteResponse.TopicData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicName = rng.string()
        m.partitions = (0..<rng.count()).map { _ in VoteResponse.PartitionData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension VoteResponse.PartitionData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.leaderId = rng.integer(Int32.self)
        m.leaderEpoch = rng.integer(Int32.self)
        m.voteGranted = rng.coin()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension VoteResponse.NodeEndpoint {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.nodeId = rng.integer(Int32.self)
        m.host = rng.string()
        m.port = rng.integer(UInt16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension VotersRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.version = rng.integer(Int16.self)
        m.voters = (0..<rng.count()).map { _ in VotersRecord.Voter.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension VotersRecord.Voter {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.voterId = rng.integer(Int32.self)
        m.voterDirectoryId = rng.uuid()
        m.endpoints = (0..<rng.count()).map { _ in VotersRecord.Endpoint.random(version: version, using: &rng) }
        m.kRaftVersionFeature = VotersRecord.KRaftVersionFeature.random(version: version, using: &rng)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension VotersRecord.Endpoint {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.host = rng.string()
        m.port = rng.integer(UInt16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension VotersRecord.KRaftVersionFeature {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.minSupportedVersion = rng.integer(Int16.self)
        m.maxSupportedVersion = rng.integer(Int16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension WriteShareGroupStateRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.groupId = rng.string()
        m.topics = (0..<rng.count()).map { _ in WriteShareGroupStateRequest.WriteStateData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension WriteShareGroupStateRequest.WriteStateData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicId = rng.uuid()
        m.partitions = (0..<rng.count()).map { _ in WriteShareGroupStateRequest.PartitionData.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension WriteShareGroupStateRequest.PartitionData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partition = rng.integer(Int32.self)
        m.stateEpoch = rng.integer(Int32.self)
        m.leaderEpoch = rng.integer(Int32.self)
        m.startOffset = rng.integer(Int64.self)
        m.stateBatches = (0..<rng.count()).map { _ in WriteShareGroupStateRequest.StateBatch.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension WriteShareGroupStateRequest.StateBatch {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.firstOffset = rng.integer(Int64.self)
        m.lastOffset = rng.integer(Int64.self)
        m.deliveryState = rng.integer(Int8.self)
        m.deliveryCount = rng.integer(Int16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension WriteShareGroupStateResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.results = (0..<rng.count()).map { _ in WriteShareGroupStateResponse.WriteStateResult.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension WriteShareGroupStateResponse.WriteStateResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicId = rng.uuid()
        m.partitions = (0..<rng.count()).map { _ in WriteShareGroupStateResponse.PartitionResult.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension WriteShareGroupStateResponse.PartitionResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partition = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        m.errorMessage = rng.coin() ? nil : rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension WriteTxnMarkersRequest: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.markers = (0..<rng.count()).map { _ in WriteTxnMarkersRequest.WritableTxnMarker.random(version: version, using: &rng) }
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension WriteTxnMarkersRequest.WritableTxnMarker {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.producerId = rng.integer(Int64.self)
        m.producerEpoch = rng.integer(Int16.self)
        m.transactionResult = rng.coin()
        m.topics = (0..<rng.count()).map { _ in WriteTxnMarkersRequest.WritableTxnMarkerTopic.random(version: version, using: &rng) }
        m.coordinatorEpoch = rng.integer(Int32.self)
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension WriteTxnMarkersRequest.WritableTxnMarkerTopic {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitionIndexes = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension WriteTxnMarkersResponse: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.markers = (0..<rng.count()).map { _ in WriteTxnMarkersResponse.WritableTxnMarkerResult.random(version: version, using: &rng) }
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension WriteTxnMarkersResponse.WritableTxnMarkerResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.producerId = rng.integer(Int64.self)
        m.topics = (0..<rng.count()).map { _ in WriteTxnMarkersResponse.WritableTxnMarkerTopicResult.random(version: version, using: &rng) }
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension WriteTxnMarkersResponse.WritableTxnMarkerTopicResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.partitions = (0..<rng.count()).map { _ in WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult.random(version: version, using: &rng) }
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension WriteTxnMarkersResponse.WritableTxnMarkerPartitionResult {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionIndex = rng.integer(Int32.self)
        m.errorCode = rng.integer(Int16.self)
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AbortTransactionRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.reason = rng.coin() ? nil : rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension AccessControlEntryRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.id = rng.uuid()
        m.resourceType = rng.integer(Int8.self)
        m.resourceName = rng.string()
        m.patternType = rng.integer(Int8.self)
        m.principal = rng.string()
        m.host = rng.string()
        m.operation = rng.integer(Int8.self)
        m.permissionType = rng.integer(Int8.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension BeginTransactionRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.coin() ? nil : rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension BrokerRegistrationChangeRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.brokerId = rng.integer(Int32.self)
        m.brokerEpoch = rng.integer(Int64.self)
        m.fenced = rng.integer(Int8.self)
        if version >= 1 {
            m.inControlledShutdown = rng.integer(Int8.self)
        }
        if version >= 2 {
            m.logDirs = (0..<rng.count()).map { _ in rng.uuid() }
        }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ClientQuotaRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.entity = (0..<rng.count()).map { _ in ClientQuotaRecord.EntityData.random(version: version, using: &rng) }
        m.key = rng.string()
        m.value = rng.double()
        m.remove = rng.coin()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ClientQuotaRecord.EntityData {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.entityType = rng.string()
        m.entityName = rng.coin() ? nil : rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ConfigRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.resourceType = rng.integer(Int8.self)
        m.resourceName = rng.string()
        m.name = rng.string()
        m.value = rng.coin() ? nil : rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension DelegationTokenRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.owner = rng.string()
        m.requester = rng.string()
        m.renewers = (0..<rng.count()).map { _ in rng.string() }
        m.issueTimestamp = rng.integer(Int64.self)
        m.maxTimestamp = rng.integer(Int64.self)
        m.expirationTimestamp = rng.integer(Int64.self)
        m.tokenId = rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension EndTransactionRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FeatureLevelRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.featureLevel = rng.integer(Int16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension FenceBrokerRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.id = rng.integer(Int32.self)
        m.epoch = rng.integer(Int64.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension NoOpRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension PartitionChangeRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionId = rng.integer(Int32.self)
        m.topicId = rng.uuid()
        m.isr = rng.coin() ? nil : (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        m.leader = rng.integer(Int32.self)
        m.replicas = rng.coin() ? nil : (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        m.removingReplicas = rng.coin() ? nil : (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        m.addingReplicas = rng.coin() ? nil : (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        m.leaderRecoveryState = rng.integer(Int8.self)
        if version >= 1 {
            m.directories = version >= 1 && rng.coin() ? nil : (0..<rng.count()).map { _ in rng.uuid() }
        }
        if version >= 2 {
            m.eligibleLeaderReplicas = version >= 2 && rng.coin() ? nil : (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        }
        if version >= 2 {
            m.lastKnownElr = version >= 2 && rng.coin() ? nil : (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension PartitionRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.partitionId = rng.integer(Int32.self)
        m.topicId = rng.uuid()
        m.replicas = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        m.isr = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        m.removingReplicas = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        m.addingReplicas = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        m.leader = rng.integer(Int32.self)
        m.leaderRecoveryState = rng.integer(Int8.self)
        m.leaderEpoch = rng.integer(Int32.self)
        m.partitionEpoch = rng.integer(Int32.self)
        if version >= 1 {
            m.directories = (0..<rng.count()).map { _ in rng.uuid() }
        }
        if version >= 2 {
            m.eligibleLeaderReplicas = version >= 2 && rng.coin() ? nil : (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        }
        if version >= 2 {
            m.lastKnownElr = version >= 2 && rng.coin() ? nil : (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ProducerIdsRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.brokerId = rng.integer(Int32.self)
        m.brokerEpoch = rng.integer(Int64.self)
        m.nextProducerId = rng.integer(Int64.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension QuorumStateData: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        if version <= 0 {
            m.clusterId = rng.string()
        }
        m.leaderId = rng.integer(Int32.self)
        m.leaderEpoch = rng.integer(Int32.self)
        m.votedId = rng.integer(Int32.self)
        if version >= 1 {
            m.votedDirectoryId = rng.uuid()
        }
        if version <= 0 {
            m.appliedOffset = rng.integer(Int64.self)
        }
        if version <= 0 {
            m.currentVoters = version <= 0 && rng.coin() ? nil : (0..<rng.count()).map { _ in QuorumStateData.Voter.random(version: version, using: &rng) }
        }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension QuorumStateData.Voter {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.voterId = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension RegisterBrokerRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.brokerId = rng.integer(Int32.self)
        if version >= 2 {
            m.isMigratingZkBroker = rng.coin()
        }
        m.incarnationId = rng.uuid()
        m.brokerEpoch = rng.integer(Int64.self)
        m.endPoints = (0..<rng.count()).map { _ in RegisterBrokerRecord.BrokerEndpoint.random(version: version, using: &rng) }
        m.features = (0..<rng.count()).map { _ in RegisterBrokerRecord.BrokerFeature.random(version: version, using: &rng) }
        m.rack = rng.coin() ? nil : rng.string()
        m.fenced = rng.coin()
        if version >= 1 {
            m.inControlledShutdown = rng.coin()
        }
        if version >= 3 {
            m.logDirs = (0..<rng.count()).map { _ in rng.uuid() }
        }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension RegisterBrokerRecord.BrokerEndpoint {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.host = rng.string()
        m.port = rng.integer(UInt16.self)
        m.securityProtocol = rng.integer(Int16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension RegisterBrokerRecord.BrokerFeature {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.minSupportedVersion = rng.integer(Int16.self)
        m.maxSupportedVersion = rng.integer(Int16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension RegisterControllerRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.controllerId = rng.integer(Int32.self)
        m.incarnationId = rng.uuid()
        m.zkMigrationReady = rng.coin()
        m.endPoints = (0..<rng.count()).map { _ in RegisterControllerRecord.ControllerEndpoint.random(version: version, using: &rng) }
        m.features = (0..<rng.count()).map { _ in RegisterControllerRecord.ControllerFeature.random(version: version, using: &rng) }
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension RegisterControllerRecord.ControllerEndpoint {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.host = rng.string()
        m.port = rng.integer(UInt16.self)
        m.securityProtocol = rng.integer(Int16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension RegisterControllerRecord.ControllerFeature {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.minSupportedVersion = rng.integer(Int16.self)
        m.maxSupportedVersion = rng.integer(Int16.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension RemoveAccessControlEntryRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.id = rng.uuid()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension RemoveDelegationTokenRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.tokenId = rng.string()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension RemoveTopicRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topicId = rng.uuid()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension RemoveUserScramCredentialRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.mechanism = rng.integer(Int8.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension TopicRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.topicId = rng.uuid()
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension UnfenceBrokerRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.id = rng.integer(Int32.self)
        m.epoch = rng.integer(Int64.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension UnregisterBrokerRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.brokerId = rng.integer(Int32.self)
        m.brokerEpoch = rng.integer(Int64.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension UserScramCredentialRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.name = rng.string()
        m.mechanism = rng.integer(Int8.self)
        m.salt = rng.bytes()
        m.storedKey = rng.bytes()
        m.serverKey = rng.bytes()
        m.iterations = rng.integer(Int32.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ZkMigrationStateRecord: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.zkMigrationState = rng.integer(Int8.self)
        if rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension GroupMetadataKey: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.group = rng.string()
        return m
    }
}

extension GroupMetadataValue: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.protocolType = rng.string()
        m.generation = rng.integer(Int32.self)
        m.`protocol` = rng.coin() ? nil : rng.string()
        m.leader = rng.coin() ? nil : rng.string()
        if version >= 2 {
            m.currentStateTimestamp = rng.integer(Int64.self)
        }
        m.members = (0..<rng.count()).map { _ in GroupMetadataValue.MemberMetadata.random(version: version, using: &rng) }
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension GroupMetadataValue.MemberMetadata {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.memberId = rng.string()
        if version >= 3 {
            m.groupInstanceId = version >= 3 && rng.coin() ? nil : rng.string()
        }
        m.clientId = rng.string()
        m.clientHost = rng.string()
        if version >= 1 {
            m.rebalanceTimeout = rng.integer(Int32.self)
        }
        m.sessionTimeout = rng.integer(Int32.self)
        m.subscription = rng.bytes()
        m.assignment = rng.bytes()
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension OffsetCommitKey: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.group = rng.string()
        m.topic = rng.string()
        m.partition = rng.integer(Int32.self)
        return m
    }
}

extension OffsetCommitValue: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.offset = rng.integer(Int64.self)
        if version >= 3 {
            m.leaderEpoch = rng.integer(Int32.self)
        }
        m.metadata = rng.string()
        m.commitTimestamp = rng.integer(Int64.self)
        if version == 1 {
            m.expireTimestamp = rng.integer(Int64.self)
        }
        if version >= 4 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension TransactionLogKey: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.transactionalId = rng.string()
        return m
    }
}

extension TransactionLogValue: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.producerId = rng.integer(Int64.self)
        if version >= 1 {
            m.previousProducerId = rng.integer(Int64.self)
        }
        if version >= 1 {
            m.nextProducerId = rng.integer(Int64.self)
        }
        m.producerEpoch = rng.integer(Int16.self)
        m.transactionTimeoutMs = rng.integer(Int32.self)
        m.transactionStatus = rng.integer(Int8.self)
        m.transactionPartitions = rng.coin() ? nil : (0..<rng.count()).map { _ in TransactionLogValue.PartitionsSchema.random(version: version, using: &rng) }
        m.transactionLastUpdateTimestampMs = rng.integer(Int64.self)
        m.transactionStartTimestampMs = rng.integer(Int64.self)
        if version >= 1 {
            m.clientTransactionVersion = rng.integer(Int16.self)
        }
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension TransactionLogValue.PartitionsSchema {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.topic = rng.string()
        m.partitionIds = (0..<rng.count()).map { _ in rng.integer(Int32.self) }
        if version >= 1 && rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }
        return m
    }
}

extension ProducerSnapshot: RandomizableMessage {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.crc = rng.integer(UInt32.self)
        m.producerEntries = (0..<rng.count()).map { _ in ProducerSnapshot.ProducerEntry.random(version: version, using: &rng) }
        return m
    }
}

extension ProducerSnapshot.ProducerEntry {
    static func random(version: Int16, using rng: inout TestRandom) -> Self {
        var m = Self()
        m.producerId = rng.integer(Int64.self)
        m.epoch = rng.integer(Int16.self)
        m.lastSequence = rng.integer(Int32.self)
        m.lastOffset = rng.integer(Int64.self)
        m.offsetDelta = rng.integer(Int32.self)
        m.timestamp = rng.integer(Int64.self)
        m.coordinatorEpoch = rng.integer(Int32.self)
        m.currentTxnFirstOffset = rng.integer(Int64.self)
        return m
    }
}
