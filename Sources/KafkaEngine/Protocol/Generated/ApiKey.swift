// Generated from Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// Every Kafka API, with the message types and versions its specification defines.
package enum ApiKey: Int16, Sendable, CaseIterable, CustomStringConvertible {
    case produce = 0
    case fetch = 1
    case listOffsets = 2
    case metadata = 3
    case leaderAndIsr = 4
    case stopReplica = 5
    case updateMetadata = 6
    case controlledShutdown = 7
    case offsetCommit = 8
    case offsetFetch = 9
    case findCoordinator = 10
    case joinGroup = 11
    case heartbeat = 12
    case leaveGroup = 13
    case syncGroup = 14
    case describeGroups = 15
    case listGroups = 16
    case saslHandshake = 17
    case apiVersions = 18
    case createTopics = 19
    case deleteTopics = 20
    case deleteRecords = 21
    case initProducerId = 22
    case offsetForLeaderEpoch = 23
    case addPartitionsToTxn = 24
    case addOffsetsToTxn = 25
    case endTxn = 26
    case writeTxnMarkers = 27
    case txnOffsetCommit = 28
    case describeAcls = 29
    case createAcls = 30
    case deleteAcls = 31
    case describeConfigs = 32
    case alterConfigs = 33
    case alterReplicaLogDirs = 34
    case describeLogDirs = 35
    case saslAuthenticate = 36
    case createPartitions = 37
    case createDelegationToken = 38
    case renewDelegationToken = 39
    case expireDelegationToken = 40
    case describeDelegationToken = 41
    case deleteGroups = 42
    case electLeaders = 43
    case incrementalAlterConfigs = 44
    case alterPartitionReassignments = 45
    case listPartitionReassignments = 46
    case offsetDelete = 47
    case describeClientQuotas = 48
    case alterClientQuotas = 49
    case describeUserScramCredentials = 50
    case alterUserScramCredentials = 51
    case vote = 52
    case beginQuorumEpoch = 53
    case endQuorumEpoch = 54
    case describeQuorum = 55
    case alterPartition = 56
    case updateFeatures = 57
    case envelope = 58
    case fetchSnapshot = 59
    case describeCluster = 60
    case describeProducers = 61
    case brokerRegistration = 62
    case brokerHeartbeat = 63
    case unregisterBroker = 64
    case describeTransactions = 65
    case listTransactions = 66
    case allocateProducerIds = 67
    case consumerGroupHeartbeat = 68
    case consumerGroupDescribe = 69
    case controllerRegistration = 70
    case getTelemetrySubscriptions = 71
    case pushTelemetry = 72
    case assignReplicasToDirs = 73
    case listClientMetricsResources = 74
    case describeTopicPartitions = 75
    case shareGroupHeartbeat = 76
    case shareGroupDescribe = 77
    case shareFetch = 78
    case shareAcknowledge = 79
    case addRaftVoter = 80
    case removeRaftVoter = 81
    case updateRaftVoter = 82
    case initializeShareGroupState = 83
    case readShareGroupState = 84
    case writeShareGroupState = 85
    case deleteShareGroupState = 86
    case readShareGroupStateSummary = 87

    /// Kafka's name for the API (`Produce`, `ApiVersions`, …).
    package var name: String {
        switch self {
        case .produce: "Produce"
        case .fetch: "Fetch"
        case .listOffsets: "ListOffsets"
        case .metadata: "Metadata"
        case .leaderAndIsr: "LeaderAndIsr"
        case .stopReplica: "StopReplica"
        case .updateMetadata: "UpdateMetadata"
        case .controlledShutdown: "ControlledShutdown"
        case .offsetCommit: "OffsetCommit"
        case .offsetFetch: "OffsetFetch"
        case .findCoordinator: "FindCoordinator"
        case .joinGroup: "JoinGroup"
        case .heartbeat: "Heartbeat"
        case .leaveGroup: "LeaveGroup"
        case .syncGroup: "SyncGroup"
        case .describeGroups: "DescribeGroups"
        case .listGroups: "ListGroups"
        case .saslHandshake: "SaslHandshake"
        case .apiVersions: "ApiVersions"
        case .createTopics: "CreateTopics"
        case .deleteTopics: "DeleteTopics"
        case .deleteRecords: "DeleteRecords"
        case .initProducerId: "InitProducerId"
        case .offsetForLeaderEpoch: "OffsetForLeaderEpoch"
        case .addPartitionsToTxn: "AddPartitionsToTxn"
        case .addOffsetsToTxn: "AddOffsetsToTxn"
        case .endTxn: "EndTxn"
        case .writeTxnMarkers: "WriteTxnMarkers"
        case .txnOffsetCommit: "TxnOffsetCommit"
        case .describeAcls: "DescribeAcls"
        case .createAcls: "CreateAcls"
        case .deleteAcls: "DeleteAcls"
        case .describeConfigs: "DescribeConfigs"
        case .alterConfigs: "AlterConfigs"
        case .alterReplicaLogDirs: "AlterReplicaLogDirs"
        case .describeLogDirs: "DescribeLogDirs"
        case .saslAuthenticate: "SaslAuthenticate"
        case .createPartitions: "CreatePartitions"
        case .createDelegationToken: "CreateDelegationToken"
        case .renewDelegationToken: "RenewDelegationToken"
        case .expireDelegationToken: "ExpireDelegationToken"
        case .describeDelegationToken: "DescribeDelegationToken"
        case .deleteGroups: "DeleteGroups"
        case .electLeaders: "ElectLeaders"
        case .incrementalAlterConfigs: "IncrementalAlterConfigs"
        case .alterPartitionReassignments: "AlterPartitionReassignments"
        case .listPartitionReassignments: "ListPartitionReassignments"
        case .offsetDelete: "OffsetDelete"
        case .describeClientQuotas: "DescribeClientQuotas"
        case .alterClientQuotas: "AlterClientQuotas"
        case .describeUserScramCredentials: "DescribeUserScramCredentials"
        case .alterUserScramCredentials: "AlterUserScramCredentials"
        case .vote: "Vote"
        case .beginQuorumEpoch: "BeginQuorumEpoch"
        case .endQuorumEpoch: "EndQuorumEpoch"
        case .describeQuorum: "DescribeQuorum"
        case .alterPartition: "AlterPartition"
        case .updateFeatures: "UpdateFeatures"
        case .envelope: "Envelope"
        case .fetchSnapshot: "FetchSnapshot"
        case .describeCluster: "DescribeCluster"
        case .describeProducers: "DescribeProducers"
        case .brokerRegistration: "BrokerRegistration"
        case .brokerHeartbeat: "BrokerHeartbeat"
        case .unregisterBroker: "UnregisterBroker"
        case .describeTransactions: "DescribeTransactions"
        case .listTransactions: "ListTransactions"
        case .allocateProducerIds: "AllocateProducerIds"
        case .consumerGroupHeartbeat: "ConsumerGroupHeartbeat"
        case .consumerGroupDescribe: "ConsumerGroupDescribe"
        case .controllerRegistration: "ControllerRegistration"
        case .getTelemetrySubscriptions: "GetTelemetrySubscriptions"
        case .pushTelemetry: "PushTelemetry"
        case .assignReplicasToDirs: "AssignReplicasToDirs"
        case .listClientMetricsResources: "ListClientMetricsResources"
        case .describeTopicPartitions: "DescribeTopicPartitions"
        case .shareGroupHeartbeat: "ShareGroupHeartbeat"
        case .shareGroupDescribe: "ShareGroupDescribe"
        case .shareFetch: "ShareFetch"
        case .shareAcknowledge: "ShareAcknowledge"
        case .addRaftVoter: "AddRaftVoter"
        case .removeRaftVoter: "RemoveRaftVoter"
        case .updateRaftVoter: "UpdateRaftVoter"
        case .initializeShareGroupState: "InitializeShareGroupState"
        case .readShareGroupState: "ReadShareGroupState"
        case .writeShareGroupState: "WriteShareGroupState"
        case .deleteShareGroupState: "DeleteShareGroupState"
        case .readShareGroupStateSummary: "ReadShareGroupStateSummary"
        }
    }

    package var description: String { name }

    /// The versions Kafka's specification defines (the broker serves a subset).
    package var validVersions: ClosedRange<Int16> {
        switch self {
        case .produce: 0...11
        case .fetch: 0...17
        case .listOffsets: 0...10
        case .metadata: 0...12
        case .leaderAndIsr: 0...7
        case .stopReplica: 0...4
        case .updateMetadata: 0...8
        case .controlledShutdown: 0...3
        case .offsetCommit: 0...9
        case .offsetFetch: 0...9
        case .findCoordinator: 0...6
        case .joinGroup: 0...9
        case .heartbeat: 0...4
        case .leaveGroup: 0...5
        case .syncGroup: 0...5
        case .describeGroups: 0...5
        case .listGroups: 0...5
        case .saslHandshake: 0...1
        case .apiVersions: 0...4
        case .createTopics: 0...7
        case .deleteTopics: 0...6
        case .deleteRecords: 0...2
        case .initProducerId: 0...5
        case .offsetForLeaderEpoch: 0...4
        case .addPartitionsToTxn: 0...5
        case .addOffsetsToTxn: 0...4
        case .endTxn: 0...5
        case .writeTxnMarkers: 0...1
        case .txnOffsetCommit: 0...4
        case .describeAcls: 0...3
        case .createAcls: 0...3
        case .deleteAcls: 0...3
        case .describeConfigs: 0...4
        case .alterConfigs: 0...2
        case .alterReplicaLogDirs: 0...2
        case .describeLogDirs: 0...4
        case .saslAuthenticate: 0...2
        case .createPartitions: 0...3
        case .createDelegationToken: 0...3
        case .renewDelegationToken: 0...2
        case .expireDelegationToken: 0...2
        case .describeDelegationToken: 0...3
        case .deleteGroups: 0...2
        case .electLeaders: 0...2
        case .incrementalAlterConfigs: 0...1
        case .alterPartitionReassignments: 0...0
        case .listPartitionReassignments: 0...0
        case .offsetDelete: 0...0
        case .describeClientQuotas: 0...1
        case .alterClientQuotas: 0...1
        case .describeUserScramCredentials: 0...0
        case .alterUserScramCredentials: 0...0
        case .vote: 0...1
        case .beginQuorumEpoch: 0...1
        case .endQuorumEpoch: 0...1
        case .describeQuorum: 0...2
        case .alterPartition: 0...3
        case .updateFeatures: 0...2
        case .envelope: 0...0
        case .fetchSnapshot: 0...1
        case .describeCluster: 0...1
        case .describeProducers: 0...0
        case .brokerRegistration: 0...4
        case .brokerHeartbeat: 0...1
        case .unregisterBroker: 0...0
        case .describeTransactions: 0...0
        case .listTransactions: 0...1
        case .allocateProducerIds: 0...0
        case .consumerGroupHeartbeat: 0...1
        case .consumerGroupDescribe: 0...0
        case .controllerRegistration: 0...0
        case .getTelemetrySubscriptions: 0...0
        case .pushTelemetry: 0...0
        case .assignReplicasToDirs: 0...0
        case .listClientMetricsResources: 0...0
        case .describeTopicPartitions: 0...0
        case .shareGroupHeartbeat: 0...0
        case .shareGroupDescribe: 0...0
        case .shareFetch: 0...0
        case .shareAcknowledge: 0...0
        case .addRaftVoter: 0...0
        case .removeRaftVoter: 0...0
        case .updateRaftVoter: 0...0
        case .initializeShareGroupState: 0...0
        case .readShareGroupState: 0...0
        case .writeShareGroupState: 0...0
        case .deleteShareGroupState: 0...0
        case .readShareGroupStateSummary: 0...0
        }
    }

    /// Whether Kafka marks the newest version as still unstable (not advertised by default).
    package var latestVersionUnstable: Bool {
        switch self {
        case .endTxn, .consumerGroupHeartbeat, .shareGroupHeartbeat, .shareGroupDescribe, .shareFetch, .shareAcknowledge, .initializeShareGroupState, .readShareGroupState, .writeShareGroupState, .deleteShareGroupState, .readShareGroupStateSummary: true
        default: false
        }
    }

    /// The listeners the API is served on (`broker`, `controller`, `zkBroker`).
    package var listeners: [String] {
        switch self {
        case .produce: ["zkBroker", "broker"]
        case .fetch: ["zkBroker", "broker", "controller"]
        case .listOffsets: ["zkBroker", "broker"]
        case .metadata: ["zkBroker", "broker"]
        case .leaderAndIsr: ["zkBroker"]
        case .stopReplica: ["zkBroker"]
        case .updateMetadata: ["zkBroker"]
        case .controlledShutdown: ["zkBroker", "controller"]
        case .offsetCommit: ["zkBroker", "broker"]
        case .offsetFetch: ["zkBroker", "broker"]
        case .findCoordinator: ["zkBroker", "broker"]
        case .joinGroup: ["zkBroker", "broker"]
        case .heartbeat: ["zkBroker", "broker"]
        case .leaveGroup: ["zkBroker", "broker"]
        case .syncGroup: ["zkBroker", "broker"]
        case .describeGroups: ["zkBroker", "broker"]
        case .listGroups: ["zkBroker", "broker"]
        case .saslHandshake: ["zkBroker", "broker", "controller"]
        case .apiVersions: ["zkBroker", "broker", "controller"]
        case .createTopics: ["zkBroker", "broker", "controller"]
        case .deleteTopics: ["zkBroker", "broker", "controller"]
        case .deleteRecords: ["zkBroker", "broker"]
        case .initProducerId: ["zkBroker", "broker"]
        case .offsetForLeaderEpoch: ["zkBroker", "broker"]
        case .addPartitionsToTxn: ["zkBroker", "broker"]
        case .addOffsetsToTxn: ["zkBroker", "broker"]
        case .endTxn: ["zkBroker", "broker"]
        case .writeTxnMarkers: ["zkBroker", "broker"]
        case .txnOffsetCommit: ["zkBroker", "broker"]
        case .describeAcls: ["zkBroker", "broker", "controller"]
        case .createAcls: ["zkBroker", "broker", "controller"]
        case .deleteAcls: ["zkBroker", "broker", "controller"]
        case .describeConfigs: ["zkBroker", "broker", "controller"]
        case .alterConfigs: ["zkBroker", "broker", "controller"]
        case .alterReplicaLogDirs: ["zkBroker", "broker"]
        case .describeLogDirs: ["zkBroker", "broker"]
        case .saslAuthenticate: ["zkBroker", "broker", "controller"]
        case .createPartitions: ["zkBroker", "broker", "controller"]
        case .createDelegationToken: ["zkBroker", "broker", "controller"]
        case .renewDelegationToken: ["zkBroker", "broker", "controller"]
        case .expireDelegationToken: ["zkBroker", "broker", "controller"]
        case .describeDelegationToken: ["zkBroker", "broker", "controller"]
        case .deleteGroups: ["zkBroker", "broker"]
        case .electLeaders: ["zkBroker", "broker", "controller"]
        case .incrementalAlterConfigs: ["zkBroker", "broker", "controller"]
        case .alterPartitionReassignments: ["broker", "controller", "zkBroker"]
        case .listPartitionReassignments: ["broker", "controller", "zkBroker"]
        case .offsetDelete: ["zkBroker", "broker"]
        case .describeClientQuotas: ["zkBroker", "broker"]
        case .alterClientQuotas: ["zkBroker", "broker", "controller"]
        case .describeUserScramCredentials: ["zkBroker", "broker", "controller"]
        case .alterUserScramCredentials: ["zkBroker", "broker", "controller"]
        case .vote: ["controller"]
        case .beginQuorumEpoch: ["controller"]
        case .endQuorumEpoch: ["controller"]
        case .describeQuorum: ["broker", "controller"]
        case .alterPartition: ["zkBroker", "controller"]
        case .updateFeatures: ["zkBroker", "broker", "controller"]
        case .envelope: ["controller", "zkBroker"]
        case .fetchSnapshot: ["controller"]
        case .describeCluster: ["zkBroker", "broker", "controller"]
        case .describeProducers: ["zkBroker", "broker"]
        case .brokerRegistration: ["controller"]
        case .brokerHeartbeat: ["controller"]
        case .unregisterBroker: ["broker", "controller"]
        case .describeTransactions: ["zkBroker", "broker"]
        case .listTransactions: ["zkBroker", "broker"]
        case .allocateProducerIds: ["zkBroker", "controller"]
        case .consumerGroupHeartbeat: ["zkBroker", "broker"]
        case .consumerGroupDescribe: ["zkBroker", "broker"]
        case .controllerRegistration: ["controller"]
        case .getTelemetrySubscriptions: ["broker"]
        case .pushTelemetry: ["broker"]
        case .assignReplicasToDirs: ["controller"]
        case .listClientMetricsResources: ["broker"]
        case .describeTopicPartitions: ["broker"]
        case .shareGroupHeartbeat: ["broker"]
        case .shareGroupDescribe: ["broker"]
        case .shareFetch: ["broker"]
        case .shareAcknowledge: ["broker"]
        case .addRaftVoter: ["controller", "broker"]
        case .removeRaftVoter: ["controller", "broker"]
        case .updateRaftVoter: ["controller"]
        case .initializeShareGroupState: ["broker"]
        case .readShareGroupState: ["broker"]
        case .writeShareGroupState: ["broker"]
        case .deleteShareGroupState: ["broker"]
        case .readShareGroupStateSummary: ["broker"]
        }
    }

    /// The first flexible version, nil if the API has none.
    package var firstFlexibleVersion: Int16? {
        switch self {
        case .produce: 9
        case .fetch: 12
        case .listOffsets: 6
        case .metadata: 9
        case .leaderAndIsr: 4
        case .stopReplica: 2
        case .updateMetadata: 6
        case .controlledShutdown: 3
        case .offsetCommit: 8
        case .offsetFetch: 6
        case .findCoordinator: 3
        case .joinGroup: 6
        case .heartbeat: 4
        case .leaveGroup: 4
        case .syncGroup: 4
        case .describeGroups: 5
        case .listGroups: 3
        case .saslHandshake: nil
        case .apiVersions: 3
        case .createTopics: 5
        case .deleteTopics: 4
        case .deleteRecords: 2
        case .initProducerId: 2
        case .offsetForLeaderEpoch: 4
        case .addPartitionsToTxn: 3
        case .addOffsetsToTxn: 3
        case .endTxn: 3
        case .writeTxnMarkers: 1
        case .txnOffsetCommit: 3
        case .describeAcls: 2
        case .createAcls: 2
        case .deleteAcls: 2
        case .describeConfigs: 4
        case .alterConfigs: 2
        case .alterReplicaLogDirs: 2
        case .describeLogDirs: 2
        case .saslAuthenticate: 2
        case .createPartitions: 2
        case .createDelegationToken: 2
        case .renewDelegationToken: 2
        case .expireDelegationToken: 2
        case .describeDelegationToken: 2
        case .deleteGroups: 2
        case .electLeaders: 2
        case .incrementalAlterConfigs: 1
        case .alterPartitionReassignments: 0
        case .listPartitionReassignments: 0
        case .offsetDelete: nil
        case .describeClientQuotas: 1
        case .alterClientQuotas: 1
        case .describeUserScramCredentials: 0
        case .alterUserScramCredentials: 0
        case .vote: 0
        case .beginQuorumEpoch: 1
        case .endQuorumEpoch: 1
        case .describeQuorum: 0
        case .alterPartition: 0
        case .updateFeatures: 0
        case .envelope: 0
        case .fetchSnapshot: 0
        case .describeCluster: 0
        case .describeProducers: 0
        case .brokerRegistration: 0
        case .brokerHeartbeat: 0
        case .unregisterBroker: 0
        case .describeTransactions: 0
        case .listTransactions: 0
        case .allocateProducerIds: 0
        case .consumerGroupHeartbeat: 0
        case .consumerGroupDescribe: 0
        case .controllerRegistration: 0
        case .getTelemetrySubscriptions: 0
        case .pushTelemetry: 0
        case .assignReplicasToDirs: 0
        case .listClientMetricsResources: 0
        case .describeTopicPartitions: 0
        case .shareGroupHeartbeat: 0
        case .shareGroupDescribe: 0
        case .shareFetch: 0
        case .shareAcknowledge: 0
        case .addRaftVoter: 0
        case .removeRaftVoter: 0
        case .updateRaftVoter: 0
        case .initializeShareGroupState: 0
        case .readShareGroupState: 0
        case .writeShareGroupState: 0
        case .deleteShareGroupState: 0
        case .readShareGroupStateSummary: 0
        }
    }

    /// Request header version for `apiVersion`: 2 when flexible, else 1; ControlledShutdown v0 uses 0.
    package func requestHeaderVersion(apiVersion: Int16) -> Int16 {
        if self == .controlledShutdown && apiVersion == 0 { return 0 }
        guard let first = firstFlexibleVersion, apiVersion >= first else { return 1 }
        return 2
    }

    /// Response header version: 1 when flexible, else 0; ApiVersions always uses 0 so that
    /// a client that does not know the broker's versions can read it.
    package func responseHeaderVersion(apiVersion: Int16) -> Int16 {
        if self == .apiVersions { return 0 }
        guard let first = firstFlexibleVersion, apiVersion >= first else { return 0 }
        return 1
    }

    package var requestType: any KafkaRequestMessage.Type {
        switch self {
        case .produce: ProduceRequest.self
        case .fetch: FetchRequest.self
        case .listOffsets: ListOffsetsRequest.self
        case .metadata: MetadataRequest.self
        case .leaderAndIsr: LeaderAndIsrRequest.self
        case .stopReplica: StopReplicaRequest.self
        case .updateMetadata: UpdateMetadataRequest.self
        case .controlledShutdown: ControlledShutdownRequest.self
        case .offsetCommit: OffsetCommitRequest.self
        case .offsetFetch: OffsetFetchRequest.self
        case .findCoordinator: FindCoordinatorRequest.self
        case .joinGroup: JoinGroupRequest.self
        case .heartbeat: HeartbeatRequest.self
        case .leaveGroup: LeaveGroupRequest.self
        case .syncGroup: SyncGroupRequest.self
        case .describeGroups: DescribeGroupsRequest.self
        case .listGroups: ListGroupsRequest.self
        case .saslHandshake: SaslHandshakeRequest.self
        case .apiVersions: ApiVersionsRequest.self
        case .createTopics: CreateTopicsRequest.self
        case .deleteTopics: DeleteTopicsRequest.self
        case .deleteRecords: DeleteRecordsRequest.self
        case .initProducerId: InitProducerIdRequest.self
        case .offsetForLeaderEpoch: OffsetForLeaderEpochRequest.self
        case .addPartitionsToTxn: AddPartitionsToTxnRequest.self
        case .addOffsetsToTxn: AddOffsetsToTxnRequest.self
        case .endTxn: EndTxnRequest.self
        case .writeTxnMarkers: WriteTxnMarkersRequest.self
        case .txnOffsetCommit: TxnOffsetCommitRequest.self
        case .describeAcls: DescribeAclsRequest.self
        case .createAcls: CreateAclsRequest.self
        case .deleteAcls: DeleteAclsRequest.self
        case .describeConfigs: DescribeConfigsRequest.self
        case .alterConfigs: AlterConfigsRequest.self
        case .alterReplicaLogDirs: AlterReplicaLogDirsRequest.self
        case .describeLogDirs: DescribeLogDirsRequest.self
        case .saslAuthenticate: SaslAuthenticateRequest.self
        case .createPartitions: CreatePartitionsRequest.self
        case .createDelegationToken: CreateDelegationTokenRequest.self
        case .renewDelegationToken: RenewDelegationTokenRequest.self
        case .expireDelegationToken: ExpireDelegationTokenRequest.self
        case .describeDelegationToken: DescribeDelegationTokenRequest.self
        case .deleteGroups: DeleteGroupsRequest.self
        case .electLeaders: ElectLeadersRequest.self
        case .incrementalAlterConfigs: IncrementalAlterConfigsRequest.self
        case .alterPartitionReassignments: AlterPartitionReassignmentsRequest.self
        case .listPartitionReassignments: ListPartitionReassignmentsRequest.self
        case .offsetDelete: OffsetDeleteRequest.self
        case .describeClientQuotas: DescribeClientQuotasRequest.self
        case .alterClientQuotas: AlterClientQuotasRequest.self
        case .describeUserScramCredentials: DescribeUserScramCredentialsRequest.self
        case .alterUserScramCredentials: AlterUserScramCredentialsRequest.self
        case .vote: VoteRequest.self
        case .beginQuorumEpoch: BeginQuorumEpochRequest.self
        case .endQuorumEpoch: EndQuorumEpochRequest.self
        case .describeQuorum: DescribeQuorumRequest.self
        case .alterPartition: AlterPartitionRequest.self
        case .updateFeatures: UpdateFeaturesRequest.self
        case .envelope: EnvelopeRequest.self
        case .fetchSnapshot: FetchSnapshotRequest.self
        case .describeCluster: DescribeClusterRequest.self
        case .describeProducers: DescribeProducersRequest.self
        case .brokerRegistration: BrokerRegistrationRequest.self
        case .brokerHeartbeat: BrokerHeartbeatRequest.self
        case .unregisterBroker: UnregisterBrokerRequest.self
        case .describeTransactions: DescribeTransactionsRequest.self
        case .listTransactions: ListTransactionsRequest.self
        case .allocateProducerIds: AllocateProducerIdsRequest.self
        case .consumerGroupHeartbeat: ConsumerGroupHeartbeatRequest.self
        case .consumerGroupDescribe: ConsumerGroupDescribeRequest.self
        case .controllerRegistration: ControllerRegistrationRequest.self
        case .getTelemetrySubscriptions: GetTelemetrySubscriptionsRequest.self
        case .pushTelemetry: PushTelemetryRequest.self
        case .assignReplicasToDirs: AssignReplicasToDirsRequest.self
        case .listClientMetricsResources: ListClientMetricsResourcesRequest.self
        case .describeTopicPartitions: DescribeTopicPartitionsRequest.self
        case .shareGroupHeartbeat: ShareGroupHeartbeatRequest.self
        case .shareGroupDescribe: ShareGroupDescribeRequest.self
        case .shareFetch: ShareFetchRequest.self
        case .shareAcknowledge: ShareAcknowledgeRequest.self
        case .addRaftVoter: AddRaftVoterRequest.self
        case .removeRaftVoter: RemoveRaftVoterRequest.self
        case .updateRaftVoter: UpdateRaftVoterRequest.self
        case .initializeShareGroupState: InitializeShareGroupStateRequest.self
        case .readShareGroupState: ReadShareGroupStateRequest.self
        case .writeShareGroupState: WriteShareGroupStateRequest.self
        case .deleteShareGroupState: DeleteShareGroupStateRequest.self
        case .readShareGroupStateSummary: ReadShareGroupStateSummaryRequest.self
        }
    }

    package var responseType: any KafkaResponseMessage.Type {
        switch self {
        case .produce: ProduceResponse.self
        case .fetch: FetchResponse.self
        case .listOffsets: ListOffsetsResponse.self
        case .metadata: MetadataResponse.self
        case .leaderAndIsr: LeaderAndIsrResponse.self
        case .stopReplica: StopReplicaResponse.self
        case .updateMetadata: UpdateMetadataResponse.self
        case .controlledShutdown: ControlledShutdownResponse.self
        case .offsetCommit: OffsetCommitResponse.self
        case .offsetFetch: OffsetFetchResponse.self
        case .findCoordinator: FindCoordinatorResponse.self
        case .joinGroup: JoinGroupResponse.self
        case .heartbeat: HeartbeatResponse.self
        case .leaveGroup: LeaveGroupResponse.self
        case .syncGroup: SyncGroupResponse.self
        case .describeGroups: DescribeGroupsResponse.self
        case .listGroups: ListGroupsResponse.self
        case .saslHandshake: SaslHandshakeResponse.self
        case .apiVersions: ApiVersionsResponse.self
        case .createTopics: CreateTopicsResponse.self
        case .deleteTopics: DeleteTopicsResponse.self
        case .deleteRecords: DeleteRecordsResponse.self
        case .initProducerId: InitProducerIdResponse.self
        case .offsetForLeaderEpoch: OffsetForLeaderEpochResponse.self
        case .addPartitionsToTxn: AddPartitionsToTxnResponse.self
        case .addOffsetsToTxn: AddOffsetsToTxnResponse.self
        case .endTxn: EndTxnResponse.self
        case .writeTxnMarkers: WriteTxnMarkersResponse.self
        case .txnOffsetCommit: TxnOffsetCommitResponse.self
        case .describeAcls: DescribeAclsResponse.self
        case .createAcls: CreateAclsResponse.self
        case .deleteAcls: DeleteAclsResponse.self
        case .describeConfigs: DescribeConfigsResponse.self
        case .alterConfigs: AlterConfigsResponse.self
        case .alterReplicaLogDirs: AlterReplicaLogDirsResponse.self
        case .describeLogDirs: DescribeLogDirsResponse.self
        case .saslAuthenticate: SaslAuthenticateResponse.self
        case .createPartitions: CreatePartitionsResponse.self
        case .createDelegationToken: CreateDelegationTokenResponse.self
        case .renewDelegationToken: RenewDelegationTokenResponse.self
        case .expireDelegationToken: ExpireDelegationTokenResponse.self
        case .describeDelegationToken: DescribeDelegationTokenResponse.self
        case .deleteGroups: DeleteGroupsResponse.self
        case .electLeaders: ElectLeadersResponse.self
        case .incrementalAlterConfigs: IncrementalAlterConfigsResponse.self
        case .alterPartitionReassignments: AlterPartitionReassignmentsResponse.self
        case .listPartitionReassignments: ListPartitionReassignmentsResponse.self
        case .offsetDelete: OffsetDeleteResponse.self
        case .describeClientQuotas: DescribeClientQuotasResponse.self
        case .alterClientQuotas: AlterClientQuotasResponse.self
        case .describeUserScramCredentials: DescribeUserScramCredentialsResponse.self
        case .alterUserScramCredentials: AlterUserScramCredentialsResponse.self
        case .vote: VoteResponse.self
        case .beginQuorumEpoch: BeginQuorumEpochResponse.self
        case .endQuorumEpoch: EndQuorumEpochResponse.self
        case .describeQuorum: DescribeQuorumResponse.self
        case .alterPartition: AlterPartitionResponse.self
        case .updateFeatures: UpdateFeaturesResponse.self
        case .envelope: EnvelopeResponse.self
        case .fetchSnapshot: FetchSnapshotResponse.self
        case .describeCluster: DescribeClusterResponse.self
        case .describeProducers: DescribeProducersResponse.self
        case .brokerRegistration: BrokerRegistrationResponse.self
        case .brokerHeartbeat: BrokerHeartbeatResponse.self
        case .unregisterBroker: UnregisterBrokerResponse.self
        case .describeTransactions: DescribeTransactionsResponse.self
        case .listTransactions: ListTransactionsResponse.self
        case .allocateProducerIds: AllocateProducerIdsResponse.self
        case .consumerGroupHeartbeat: ConsumerGroupHeartbeatResponse.self
        case .consumerGroupDescribe: ConsumerGroupDescribeResponse.self
        case .controllerRegistration: ControllerRegistrationResponse.self
        case .getTelemetrySubscriptions: GetTelemetrySubscriptionsResponse.self
        case .pushTelemetry: PushTelemetryResponse.self
        case .assignReplicasToDirs: AssignReplicasToDirsResponse.self
        case .listClientMetricsResources: ListClientMetricsResourcesResponse.self
        case .describeTopicPartitions: DescribeTopicPartitionsResponse.self
        case .shareGroupHeartbeat: ShareGroupHeartbeatResponse.self
        case .shareGroupDescribe: ShareGroupDescribeResponse.self
        case .shareFetch: ShareFetchResponse.self
        case .shareAcknowledge: ShareAcknowledgeResponse.self
        case .addRaftVoter: AddRaftVoterResponse.self
        case .removeRaftVoter: RemoveRaftVoterResponse.self
        case .updateRaftVoter: UpdateRaftVoterResponse.self
        case .initializeShareGroupState: InitializeShareGroupStateResponse.self
        case .readShareGroupState: ReadShareGroupStateResponse.self
        case .writeShareGroupState: WriteShareGroupStateResponse.self
        case .deleteShareGroupState: DeleteShareGroupStateResponse.self
        case .readShareGroupStateSummary: ReadShareGroupStateSummaryResponse.self
        }
    }

    /// Decodes a request body of this API at `version`.
    package func decodeRequest(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) -> any KafkaRequestMessage {
        switch self {
        case .produce: try ProduceRequest(from: &buffer, version: version)
        case .fetch: try FetchRequest(from: &buffer, version: version)
        case .listOffsets: try ListOffsetsRequest(from: &buffer, version: version)
        case .metadata: try MetadataRequest(from: &buffer, version: version)
        case .leaderAndIsr: try LeaderAndIsrRequest(from: &buffer, version: version)
        case .stopReplica: try StopReplicaRequest(from: &buffer, version: version)
        case .updateMetadata: try UpdateMetadataRequest(from: &buffer, version: version)
        case .controlledShutdown: try ControlledShutdownRequest(from: &buffer, version: version)
        case .offsetCommit: try OffsetCommitRequest(from: &buffer, version: version)
        case .offsetFetch: try OffsetFetchRequest(from: &buffer, version: version)
        case .findCoordinator: try FindCoordinatorRequest(from: &buffer, version: version)
        case .joinGroup: try JoinGroupRequest(from: &buffer, version: version)
        case .heartbeat: try HeartbeatRequest(from: &buffer, version: version)
        case .leaveGroup: try LeaveGroupRequest(from: &buffer, version: version)
        case .syncGroup: try SyncGroupRequest(from: &buffer, version: version)
        case .describeGroups: try DescribeGroupsRequest(from: &buffer, version: version)
        case .listGroups: try ListGroupsRequest(from: &buffer, version: version)
        case .saslHandshake: try SaslHandshakeRequest(from: &buffer, version: version)
        case .apiVersions: try ApiVersionsRequest(from: &buffer, version: version)
        case .createTopics: try CreateTopicsRequest(from: &buffer, version: version)
        case .deleteTopics: try DeleteTopicsRequest(from: &buffer, version: version)
        case .deleteRecords: try DeleteRecordsRequest(from: &buffer, version: version)
        case .initProducerId: try InitProducerIdRequest(from: &buffer, version: version)
        case .offsetForLeaderEpoch: try OffsetForLeaderEpochRequest(from: &buffer, version: version)
        case .addPartitionsToTxn: try AddPartitionsToTxnRequest(from: &buffer, version: version)
        case .addOffsetsToTxn: try AddOffsetsToTxnRequest(from: &buffer, version: version)
        case .endTxn: try EndTxnRequest(from: &buffer, version: version)
        case .writeTxnMarkers: try WriteTxnMarkersRequest(from: &buffer, version: version)
        case .txnOffsetCommit: try TxnOffsetCommitRequest(from: &buffer, version: version)
        case .describeAcls: try DescribeAclsRequest(from: &buffer, version: version)
        case .createAcls: try CreateAclsRequest(from: &buffer, version: version)
        case .deleteAcls: try DeleteAclsRequest(from: &buffer, version: version)
        case .describeConfigs: try DescribeConfigsRequest(from: &buffer, version: version)
        case .alterConfigs: try AlterConfigsRequest(from: &buffer, version: version)
        case .alterReplicaLogDirs: try AlterReplicaLogDirsRequest(from: &buffer, version: version)
        case .describeLogDirs: try DescribeLogDirsRequest(from: &buffer, version: version)
        case .saslAuthenticate: try SaslAuthenticateRequest(from: &buffer, version: version)
        case .createPartitions: try CreatePartitionsRequest(from: &buffer, version: version)
        case .createDelegationToken: try CreateDelegationTokenRequest(from: &buffer, version: version)
        case .renewDelegationToken: try RenewDelegationTokenRequest(from: &buffer, version: version)
        case .expireDelegationToken: try ExpireDelegationTokenRequest(from: &buffer, version: version)
        case .describeDelegationToken: try DescribeDelegationTokenRequest(from: &buffer, version: version)
        case .deleteGroups: try DeleteGroupsRequest(from: &buffer, version: version)
        case .electLeaders: try ElectLeadersRequest(from: &buffer, version: version)
        case .incrementalAlterConfigs: try IncrementalAlterConfigsRequest(from: &buffer, version: version)
        case .alterPartitionReassignments: try AlterPartitionReassignmentsRequest(from: &buffer, version: version)
        case .listPartitionReassignments: try ListPartitionReassignmentsRequest(from: &buffer, version: version)
        case .offsetDelete: try OffsetDeleteRequest(from: &buffer, version: version)
        case .describeClientQuotas: try DescribeClientQuotasRequest(from: &buffer, version: version)
        case .alterClientQuotas: try AlterClientQuotasRequest(from: &buffer, version: version)
        case .describeUserScramCredentials: try DescribeUserScramCredentialsRequest(from: &buffer, version: version)
        case .alterUserScramCredentials: try AlterUserScramCredentialsRequest(from: &buffer, version: version)
        case .vote: try VoteRequest(from: &buffer, version: version)
        case .beginQuorumEpoch: try BeginQuorumEpochRequest(from: &buffer, version: version)
        case .endQuorumEpoch: try EndQuorumEpochRequest(from: &buffer, version: version)
        case .describeQuorum: try DescribeQuorumRequest(from: &buffer, version: version)
        case .alterPartition: try AlterPartitionRequest(from: &buffer, version: version)
        case .updateFeatures: try UpdateFeaturesRequest(from: &buffer, version: version)
        case .envelope: try EnvelopeRequest(from: &buffer, version: version)
        case .fetchSnapshot: try FetchSnapshotRequest(from: &buffer, version: version)
        case .describeCluster: try DescribeClusterRequest(from: &buffer, version: version)
        case .describeProducers: try DescribeProducersRequest(from: &buffer, version: version)
        case .brokerRegistration: try BrokerRegistrationRequest(from: &buffer, version: version)
        case .brokerHeartbeat: try BrokerHeartbeatRequest(from: &buffer, version: version)
        case .unregisterBroker: try UnregisterBrokerRequest(from: &buffer, version: version)
        case .describeTransactions: try DescribeTransactionsRequest(from: &buffer, version: version)
        case .listTransactions: try ListTransactionsRequest(from: &buffer, version: version)
        case .allocateProducerIds: try AllocateProducerIdsRequest(from: &buffer, version: version)
        case .consumerGroupHeartbeat: try ConsumerGroupHeartbeatRequest(from: &buffer, version: version)
        case .consumerGroupDescribe: try ConsumerGroupDescribeRequest(from: &buffer, version: version)
        case .controllerRegistration: try ControllerRegistrationRequest(from: &buffer, version: version)
        case .getTelemetrySubscriptions: try GetTelemetrySubscriptionsRequest(from: &buffer, version: version)
        case .pushTelemetry: try PushTelemetryRequest(from: &buffer, version: version)
        case .assignReplicasToDirs: try AssignReplicasToDirsRequest(from: &buffer, version: version)
        case .listClientMetricsResources: try ListClientMetricsResourcesRequest(from: &buffer, version: version)
        case .describeTopicPartitions: try DescribeTopicPartitionsRequest(from: &buffer, version: version)
        case .shareGroupHeartbeat: try ShareGroupHeartbeatRequest(from: &buffer, version: version)
        case .shareGroupDescribe: try ShareGroupDescribeRequest(from: &buffer, version: version)
        case .shareFetch: try ShareFetchRequest(from: &buffer, version: version)
        case .shareAcknowledge: try ShareAcknowledgeRequest(from: &buffer, version: version)
        case .addRaftVoter: try AddRaftVoterRequest(from: &buffer, version: version)
        case .removeRaftVoter: try RemoveRaftVoterRequest(from: &buffer, version: version)
        case .updateRaftVoter: try UpdateRaftVoterRequest(from: &buffer, version: version)
        case .initializeShareGroupState: try InitializeShareGroupStateRequest(from: &buffer, version: version)
        case .readShareGroupState: try ReadShareGroupStateRequest(from: &buffer, version: version)
        case .writeShareGroupState: try WriteShareGroupStateRequest(from: &buffer, version: version)
        case .deleteShareGroupState: try DeleteShareGroupStateRequest(from: &buffer, version: version)
        case .readShareGroupStateSummary: try ReadShareGroupStateSummaryRequest(from: &buffer, version: version)
        }
    }

    /// Decodes a response body of this API at `version`.
    package func decodeResponse(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) -> any KafkaResponseMessage {
        switch self {
        case .produce: try ProduceResponse(from: &buffer, version: version)
        case .fetch: try FetchResponse(from: &buffer, version: version)
        case .listOffsets: try ListOffsetsResponse(from: &buffer, version: version)
        case .metadata: try MetadataResponse(from: &buffer, version: version)
        case .leaderAndIsr: try LeaderAndIsrResponse(from: &buffer, version: version)
        case .stopReplica: try StopReplicaResponse(from: &buffer, version: version)
        case .updateMetadata: try UpdateMetadataResponse(from: &buffer, version: version)
        case .controlledShutdown: try ControlledShutdownResponse(from: &buffer, version: version)
        case .offsetCommit: try OffsetCommitResponse(from: &buffer, version: version)
        case .offsetFetch: try OffsetFetchResponse(from: &buffer, version: version)
        case .findCoordinator: try FindCoordinatorResponse(from: &buffer, version: version)
        case .joinGroup: try JoinGroupResponse(from: &buffer, version: version)
        case .heartbeat: try HeartbeatResponse(from: &buffer, version: version)
        case .leaveGroup: try LeaveGroupResponse(from: &buffer, version: version)
        case .syncGroup: try SyncGroupResponse(from: &buffer, version: version)
        case .describeGroups: try DescribeGroupsResponse(from: &buffer, version: version)
        case .listGroups: try ListGroupsResponse(from: &buffer, version: version)
        case .saslHandshake: try SaslHandshakeResponse(from: &buffer, version: version)
        case .apiVersions: try ApiVersionsResponse(from: &buffer, version: version)
        case .createTopics: try CreateTopicsResponse(from: &buffer, version: version)
        case .deleteTopics: try DeleteTopicsResponse(from: &buffer, version: version)
        case .deleteRecords: try DeleteRecordsResponse(from: &buffer, version: version)
        case .initProducerId: try InitProducerIdResponse(from: &buffer, version: version)
        case .offsetForLeaderEpoch: try OffsetForLeaderEpochResponse(from: &buffer, version: version)
        case .addPartitionsToTxn: try AddPartitionsToTxnResponse(from: &buffer, version: version)
        case .addOffsetsToTxn: try AddOffsetsToTxnResponse(from: &buffer, version: version)
        case .endTxn: try EndTxnResponse(from: &buffer, version: version)
        case .writeTxnMarkers: try WriteTxnMarkersResponse(from: &buffer, version: version)
        case .txnOffsetCommit: try TxnOffsetCommitResponse(from: &buffer, version: version)
        case .describeAcls: try DescribeAclsResponse(from: &buffer, version: version)
        case .createAcls: try CreateAclsResponse(from: &buffer, version: version)
        case .deleteAcls: try DeleteAclsResponse(from: &buffer, version: version)
        case .describeConfigs: try DescribeConfigsResponse(from: &buffer, version: version)
        case .alterConfigs: try AlterConfigsResponse(from: &buffer, version: version)
        case .alterReplicaLogDirs: try AlterReplicaLogDirsResponse(from: &buffer, version: version)
        case .describeLogDirs: try DescribeLogDirsResponse(from: &buffer, version: version)
        case .saslAuthenticate: try SaslAuthenticateResponse(from: &buffer, version: version)
        case .createPartitions: try CreatePartitionsResponse(from: &buffer, version: version)
        case .createDelegationToken: try CreateDelegationTokenResponse(from: &buffer, version: version)
        case .renewDelegationToken: try RenewDelegationTokenResponse(from: &buffer, version: version)
        case .expireDelegationToken: try ExpireDelegationTokenResponse(from: &buffer, version: version)
        case .describeDelegationToken: try DescribeDelegationTokenResponse(from: &buffer, version: version)
        case .deleteGroups: try DeleteGroupsResponse(from: &buffer, version: version)
        case .electLeaders: try ElectLeadersResponse(from: &buffer, version: version)
        case .incrementalAlterConfigs: try IncrementalAlterConfigsResponse(from: &buffer, version: version)
        case .alterPartitionReassignments: try AlterPartitionReassignmentsResponse(from: &buffer, version: version)
        case .listPartitionReassignments: try ListPartitionReassignmentsResponse(from: &buffer, version: version)
        case .offsetDelete: try OffsetDeleteResponse(from: &buffer, version: version)
        case .describeClientQuotas: try DescribeClientQuotasResponse(from: &buffer, version: version)
        case .alterClientQuotas: try AlterClientQuotasResponse(from: &buffer, version: version)
        case .describeUserScramCredentials: try DescribeUserScramCredentialsResponse(from: &buffer, version: version)
        case .alterUserScramCredentials: try AlterUserScramCredentialsResponse(from: &buffer, version: version)
        case .vote: try VoteResponse(from: &buffer, version: version)
        case .beginQuorumEpoch: try BeginQuorumEpochResponse(from: &buffer, version: version)
        case .endQuorumEpoch: try EndQuorumEpochResponse(from: &buffer, version: version)
        case .describeQuorum: try DescribeQuorumResponse(from: &buffer, version: version)
        case .alterPartition: try AlterPartitionResponse(from: &buffer, version: version)
        case .updateFeatures: try UpdateFeaturesResponse(from: &buffer, version: version)
        case .envelope: try EnvelopeResponse(from: &buffer, version: version)
        case .fetchSnapshot: try FetchSnapshotResponse(from: &buffer, version: version)
        case .describeCluster: try DescribeClusterResponse(from: &buffer, version: version)
        case .describeProducers: try DescribeProducersResponse(from: &buffer, version: version)
        case .brokerRegistration: try BrokerRegistrationResponse(from: &buffer, version: version)
        case .brokerHeartbeat: try BrokerHeartbeatResponse(from: &buffer, version: version)
        case .unregisterBroker: try UnregisterBrokerResponse(from: &buffer, version: version)
        case .describeTransactions: try DescribeTransactionsResponse(from: &buffer, version: version)
        case .listTransactions: try ListTransactionsResponse(from: &buffer, version: version)
        case .allocateProducerIds: try AllocateProducerIdsResponse(from: &buffer, version: version)
        case .consumerGroupHeartbeat: try ConsumerGroupHeartbeatResponse(from: &buffer, version: version)
        case .consumerGroupDescribe: try ConsumerGroupDescribeResponse(from: &buffer, version: version)
        case .controllerRegistration: try ControllerRegistrationResponse(from: &buffer, version: version)
        case .getTelemetrySubscriptions: try GetTelemetrySubscriptionsResponse(from: &buffer, version: version)
        case .pushTelemetry: try PushTelemetryResponse(from: &buffer, version: version)
        case .assignReplicasToDirs: try AssignReplicasToDirsResponse(from: &buffer, version: version)
        case .listClientMetricsResources: try ListClientMetricsResourcesResponse(from: &buffer, version: version)
        case .describeTopicPartitions: try DescribeTopicPartitionsResponse(from: &buffer, version: version)
        case .shareGroupHeartbeat: try ShareGroupHeartbeatResponse(from: &buffer, version: version)
        case .shareGroupDescribe: try ShareGroupDescribeResponse(from: &buffer, version: version)
        case .shareFetch: try ShareFetchResponse(from: &buffer, version: version)
        case .shareAcknowledge: try ShareAcknowledgeResponse(from: &buffer, version: version)
        case .addRaftVoter: try AddRaftVoterResponse(from: &buffer, version: version)
        case .removeRaftVoter: try RemoveRaftVoterResponse(from: &buffer, version: version)
        case .updateRaftVoter: try UpdateRaftVoterResponse(from: &buffer, version: version)
        case .initializeShareGroupState: try InitializeShareGroupStateResponse(from: &buffer, version: version)
        case .readShareGroupState: try ReadShareGroupStateResponse(from: &buffer, version: version)
        case .writeShareGroupState: try WriteShareGroupStateResponse(from: &buffer, version: version)
        case .deleteShareGroupState: try DeleteShareGroupStateResponse(from: &buffer, version: version)
        case .readShareGroupStateSummary: try ReadShareGroupStateSummaryResponse(from: &buffer, version: version)
        }
    }
}
