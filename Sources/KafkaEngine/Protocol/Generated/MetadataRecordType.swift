// Generated from Kafka's metadata record definitions by bin/regenerate. Do not edit.

import NIOCore

/// The record types of the `__cluster_metadata` log (the `apiKey` of each metadata record schema).
package enum MetadataRecordType: Int16, Sendable, CaseIterable {
    case registerBrokerRecord = 0
    case unregisterBrokerRecord = 1
    case topicRecord = 2
    case partitionRecord = 3
    case configRecord = 4
    case partitionChangeRecord = 5
    case fenceBrokerRecord = 7
    case unfenceBrokerRecord = 8
    case removeTopicRecord = 9
    case delegationTokenRecord = 10
    case userScramCredentialRecord = 11
    case featureLevelRecord = 12
    case clientQuotaRecord = 14
    case producerIdsRecord = 15
    case brokerRegistrationChangeRecord = 17
    case accessControlEntryRecord = 18
    case removeAccessControlEntryRecord = 19
    case noOpRecord = 20
    case zkMigrationStateRecord = 21
    case removeUserScramCredentialRecord = 22
    case beginTransactionRecord = 23
    case endTransactionRecord = 24
    case abortTransactionRecord = 25
    case removeDelegationTokenRecord = 26
    case registerControllerRecord = 27

    package var recordType: any KafkaMessage.Type {
        switch self {
        case .registerBrokerRecord: RegisterBrokerRecord.self
        case .unregisterBrokerRecord: UnregisterBrokerRecord.self
        case .topicRecord: TopicRecord.self
        case .partitionRecord: PartitionRecord.self
        case .configRecord: ConfigRecord.self
        case .partitionChangeRecord: PartitionChangeRecord.self
        case .fenceBrokerRecord: FenceBrokerRecord.self
        case .unfenceBrokerRecord: UnfenceBrokerRecord.self
        case .removeTopicRecord: RemoveTopicRecord.self
        case .delegationTokenRecord: DelegationTokenRecord.self
        case .userScramCredentialRecord: UserScramCredentialRecord.self
        case .featureLevelRecord: FeatureLevelRecord.self
        case .clientQuotaRecord: ClientQuotaRecord.self
        case .producerIdsRecord: ProducerIdsRecord.self
        case .brokerRegistrationChangeRecord: BrokerRegistrationChangeRecord.self
        case .accessControlEntryRecord: AccessControlEntryRecord.self
        case .removeAccessControlEntryRecord: RemoveAccessControlEntryRecord.self
        case .noOpRecord: NoOpRecord.self
        case .zkMigrationStateRecord: ZkMigrationStateRecord.self
        case .removeUserScramCredentialRecord: RemoveUserScramCredentialRecord.self
        case .beginTransactionRecord: BeginTransactionRecord.self
        case .endTransactionRecord: EndTransactionRecord.self
        case .abortTransactionRecord: AbortTransactionRecord.self
        case .removeDelegationTokenRecord: RemoveDelegationTokenRecord.self
        case .registerControllerRecord: RegisterControllerRecord.self
        }
    }

    package var name: String {
        switch self {
        case .registerBrokerRecord: "RegisterBrokerRecord"
        case .unregisterBrokerRecord: "UnregisterBrokerRecord"
        case .topicRecord: "TopicRecord"
        case .partitionRecord: "PartitionRecord"
        case .configRecord: "ConfigRecord"
        case .partitionChangeRecord: "PartitionChangeRecord"
        case .fenceBrokerRecord: "FenceBrokerRecord"
        case .unfenceBrokerRecord: "UnfenceBrokerRecord"
        case .removeTopicRecord: "RemoveTopicRecord"
        case .delegationTokenRecord: "DelegationTokenRecord"
        case .userScramCredentialRecord: "UserScramCredentialRecord"
        case .featureLevelRecord: "FeatureLevelRecord"
        case .clientQuotaRecord: "ClientQuotaRecord"
        case .producerIdsRecord: "ProducerIdsRecord"
        case .brokerRegistrationChangeRecord: "BrokerRegistrationChangeRecord"
        case .accessControlEntryRecord: "AccessControlEntryRecord"
        case .removeAccessControlEntryRecord: "RemoveAccessControlEntryRecord"
        case .noOpRecord: "NoOpRecord"
        case .zkMigrationStateRecord: "ZkMigrationStateRecord"
        case .removeUserScramCredentialRecord: "RemoveUserScramCredentialRecord"
        case .beginTransactionRecord: "BeginTransactionRecord"
        case .endTransactionRecord: "EndTransactionRecord"
        case .abortTransactionRecord: "AbortTransactionRecord"
        case .removeDelegationTokenRecord: "RemoveDelegationTokenRecord"
        case .registerControllerRecord: "RegisterControllerRecord"
        }
    }
}
