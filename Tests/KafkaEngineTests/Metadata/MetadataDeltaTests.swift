import Testing

@testable import KafkaEngine

@Suite struct MetadataDeltaTests {
    let id = KafkaUUID(high: 9, low: 9)

    func replayed(_ records: [MetadataRecord], from image: MetadataImage = .empty) -> MetadataImage {
        var delta = MetadataDelta(image: image)
        for (offset, record) in records.enumerated() { delta.replay(record, offset: Int64(offset), epoch: 1) }
        return delta.apply()
    }

    func broker(_ id: Int32, epoch: Int64, fenced: Bool = true) -> MetadataRecord {
        var record = RegisterBrokerRecord()
        record.brokerId = id
        record.brokerEpoch = epoch
        record.incarnationId = KafkaUUID(high: 1, low: UInt64(id))
        var endpoint = RegisterBrokerRecord.BrokerEndpoint()
        endpoint.name = "PLAINTEXT"
        endpoint.host = "h"
        endpoint.port = 9092
        record.endPoints = [endpoint]
        record.fenced = fenced
        record.rack = nil
        return MetadataRecord(record, version: 3)
    }

    @Test func topicsPartitionsAndTheirRemoval() {
        var image = replayed([topicRecord("t", id), partitionRecord(id, 0, replicas: [1, 2]), partitionRecord(id, 1)])
        #expect(image.offset == 2 && image.epoch == 1)
        #expect(image.topics["t"]?.partitions.count == 2)
        #expect(image.topics[id: id]?.name == "t")
        #expect(image.topics.partition(TopicPartition("t", 0))?.replicas == [1, 2])

        var change = PartitionChangeRecord()
        change.topicId = id
        change.partitionId = 0
        change.isr = [1]
        image = replayed([MetadataRecord(change, version: 1)], from: image)
        var partition = image.topics.partition(TopicPartition("t", 0))
        #expect(partition?.isr == [1] && partition?.leader == 1)
        #expect(partition?.leaderEpoch == 0 && partition?.partitionEpoch == 1)
        change.isr = nil
        change.leader = 2
        image = replayed([MetadataRecord(change, version: 1)], from: image)
        partition = image.topics.partition(TopicPartition("t", 0))
        #expect(partition?.leader == 2 && partition?.leaderEpoch == 1 && partition?.partitionEpoch == 2)
        #expect(partition?.isr == [1])

        image = replayed([configRecord(.topic, "t", "retention.ms", "5")], from: image)
        #expect(image.topicConfigs("t") == ["retention.ms": "5"])
        var remove = RemoveTopicRecord()
        remove.topicId = id
        image = replayed([MetadataRecord(remove, version: 0)], from: image)
        #expect(image.topics["t"] == nil && image.topics[id: id] == nil)
        #expect(image.topicConfigs("t").isEmpty)
    }

    @Test func configsSetAndNullRemoves() {
        var image = replayed([configRecord(.broker, "", "log.retention.ms", "10"), configRecord(.broker, "1", "a", "b")])
        #expect(image.configs[ConfigResource(type: .broker, name: "")] == ["log.retention.ms": "10"])
        image = replayed([configRecord(.broker, "", "log.retention.ms", nil)], from: image)
        #expect(image.configs[ConfigResource(type: .broker, name: "")] == nil)
        #expect(image.configs[ConfigResource(type: .broker, name: "1")] == ["a": "b"])
    }

    @Test func brokersRegisterFenceUnfenceChangeAndUnregister() {
        var image = replayed([broker(1, epoch: 10), broker(2, epoch: 11, fenced: false)])
        #expect(image.brokers[1]?.fenced == true)
        #expect(image.brokers[1]?.endpoint(listener: "PLAINTEXT")?.port == 9092)
        var unfence = UnfenceBrokerRecord()
        unfence.id = 1
        unfence.epoch = 10
        image = replayed([MetadataRecord(unfence, version: 0)], from: image)
        #expect(image.brokers[1]?.fenced == false)
        var staleFence = FenceBrokerRecord()
        staleFence.id = 1
        staleFence.epoch = 9
        image = replayed([MetadataRecord(staleFence, version: 0)], from: image)
        #expect(image.brokers[1]?.fenced == false)
        var fence = FenceBrokerRecord()
        fence.id = 1
        fence.epoch = 10
        image = replayed([MetadataRecord(fence, version: 0)], from: image)
        #expect(image.brokers[1]?.fenced == true)
        var change = BrokerRegistrationChangeRecord()
        change.brokerId = 1
        change.brokerEpoch = 10
        change.fenced = -1
        change.inControlledShutdown = 1
        image = replayed([MetadataRecord(change, version: 1)], from: image)
        #expect(image.brokers[1]?.fenced == false && image.brokers[1]?.inControlledShutdown == true)
        var unregister = UnregisterBrokerRecord()
        unregister.brokerId = 2
        unregister.brokerEpoch = 11
        image = replayed([MetadataRecord(unregister, version: 0)], from: image)
        #expect(image.brokers[2] == nil && image.brokers[1] != nil)
    }

    @Test func featuresProducerIdsAndIgnoredRecords() {
        var feature = FeatureLevelRecord()
        feature.name = "metadata.version"
        feature.featureLevel = 21
        var producerIds = ProducerIdsRecord()
        producerIds.brokerId = 1
        producerIds.nextProducerId = 2000
        var image = replayed([
            MetadataRecord(feature, version: 0), MetadataRecord(producerIds, version: 0),
            MetadataRecord(NoOpRecord(), version: 0),
        ])
        #expect(image.features == ["metadata.version": 21])
        #expect(image.nextProducerId == 2000)
        #expect(image.offset == 2)
        feature.featureLevel = 0
        image = replayed([MetadataRecord(feature, version: 0)], from: image)
        #expect(image.features.isEmpty)
    }

    @Test func theLoaderPublishesTheReplayedLogOnceThenEachCommit() async throws {
        try await withTemporaryMetadataDirectory { dir in
            do {
                let raft = try KafkaRaftClient.open(nodeId: 1, voters: [1], logDir: dir, clusterId: "c", clock: ManualClock())
                try await raft.start()
                try await raft.append([topicRecord("a", id)])
                try await raft.append([partitionRecord(id, 0)])
                raft.shutdown()
            }
            let raft = try KafkaRaftClient.open(nodeId: 1, voters: [1], logDir: dir, clusterId: "c", clock: ManualClock())
            let publisher = RecordingPublisher()
            let cache = MetadataCache()
            let loader = MetadataLoader(publishers: [publisher], clusterId: "c")
            loader.install(cache)
            raft.register(loader)
            try await raft.start()
            #expect(publisher.received.count == 1)
            #expect(publisher.received.first?.isInitialLoad == true)
            #expect(publisher.received.first?.image.topics["a"]?.partitions.count == 1)
            #expect(loader.image.offset == 3)
            #expect(loader.image.clusterId == "c")
            let offset = try await raft.append([configRecord(.topic, "a", "retention.ms", "1")])
            #expect(publisher.received.count == 2)
            #expect(publisher.received.last?.isInitialLoad == false)
            #expect(publisher.received.last?.previous.topicConfigs("a").isEmpty == true)
            #expect(cache.image.offset == offset)
            await cache.waitForOffset(offset)
            let late = RecordingPublisher()
            loader.install(late)
            #expect(late.received.count == 1 && late.received.first?.isInitialLoad == true)
            raft.shutdown()
        }
    }
}
