import Testing

@testable import KafkaEngine

@Suite struct QuorumControllerTests {
    @Test func bootstrapWritesTheMetadataVersionOnce() async throws {
        try await withTemporaryMetadataDirectory { dir in
            let (controller, raft, loader) = try await startedController(dir: dir, registerBroker: false)
            #expect(loader.image.features["metadata.version"] == QuorumController.bootstrapMetadataVersion)
            let end = raft.logEndOffset
            raft.shutdown()
            let (_, again, _) = try await startedController(dir: dir, registerBroker: false)
            // One more leader change, no second bootstrap record.
            #expect(again.logEndOffset == end + 1)
            again.shutdown()
            _ = controller
        }
    }

    @Test func createTopicsCommitsBeforeAnsweringAndFillsV5Fields() async throws {
        try await withTemporaryMetadataDirectory { dir in
            let (controller, raft, loader) = try await startedController(dir: dir)
            let response = await controller.createTopics(
                createTopicsRequest([creatableTopic("orders", partitions: 3, configs: ["cleanup.policy": "compact"])]),
                version: 7)
            let result = try #require(response.topics.first)
            #expect(result.errorCode == 0)
            #expect(result.errorMessage == nil)
            #expect(result.numPartitions == 3 && result.replicationFactor == 1)
            let topic = try #require(loader.image.topics["orders"])
            #expect(result.topicId == topic.id)
            #expect(topic.partitions.count == 3)
            #expect(topic.partitions[2]?.replicas == [1] && topic.partitions[2]?.leader == 1)
            #expect(loader.image.topicConfigs("orders") == ["cleanup.policy": "compact"])
            let policy = try #require(result.configs?.first { $0.name == "cleanup.policy" })
            #expect(policy.value == "compact" && policy.configSource == ConfigSource.dynamicTopicConfig.rawValue)
            let segment = try #require(result.configs?.first { $0.name == "segment.bytes" })
            #expect(segment.configSource == ConfigSource.staticBrokerConfig.rawValue)
            #expect(result.configs?.map(\.name) == result.configs?.map(\.name).sorted())
            // Encodes at every version.
            for version in CreateTopicsResponse.validVersions { _ = try response.encoded(version: version) }
            raft.shutdown()
        }
    }

    @Test func createTopicsErrorsCarryKafkasCodesAndMessages() async throws {
        try await withTemporaryMetadataDirectory { dir in
            let (controller, raft, loader) = try await startedController(dir: dir)
            _ = await controller.createTopics(createTopicsRequest([creatableTopic("a.b")]), version: 7)
            let response = await controller.createTopics(
                createTopicsRequest([
                    creatableTopic("a.b"), creatableTopic("a_b"), creatableTopic("bad/name"), creatableTopic(".."),
                    creatableTopic(String(repeating: "x", count: 250)), creatableTopic("rf", replicationFactor: 3),
                    creatableTopic("rf0", replicationFactor: 0), creatableTopic("p0", partitions: 0),
                    creatableTopic("cfg", configs: ["retention.ms": "abc"]), creatableTopic("unknown", configs: ["foo": "1"]),
                    creatableTopic("null", configs: ["retention.ms": nil]), creatableTopic("dup"), creatableTopic("dup"),
                ]), version: 7)
            let byName = Dictionary(response.topics.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
            func check(_ name: String, _ code: ErrorCode, _ message: String) {
                #expect(byName[name]?.errorCode == code.rawValue, "\(name)")
                #expect(byName[name]?.errorMessage == message, "\(name)")
            }
            check("a.b", .topicAlreadyExists, "Topic 'a.b' already exists.")
            check("a_b", .invalidTopicException, "Topic 'a_b' collides with existing topic: a.b")
            check(
                "bad/name", .invalidTopicException,
                "Topic name \"bad/name\" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'")
            check("..", .invalidTopicException, "Topic name cannot be \".\" or \"..\"")
            #expect(byName[String(repeating: "x", count: 250)]?.errorCode == ErrorCode.invalidTopicException.rawValue)
            check(
                "rf", .invalidReplicationFactor,
                "Unable to replicate the partition 3 time(s): The target replication factor of 3 cannot be reached because only 1 broker(s) are registered."
            )
            check("rf0", .invalidReplicationFactor, "Replication factor must be larger than 0, or -1 to use the default value.")
            check("p0", .invalidPartitions, "Number of partitions was set to an invalid non-positive value.")
            check("cfg", .invalidConfig, "Invalid value abc for configuration retention.ms: Not a number of type LONG")
            check("unknown", .invalidConfig, "Unknown topic config name: foo")
            check("null", .invalidConfig, "Null value not supported for topic configs: retention.ms")
            check("dup", .invalidRequest, "Duplicate topic name.")
            #expect(response.topics.count == 12)
            #expect(loader.image.topics.byName.count == 1)
            raft.shutdown()
        }
    }

    @Test func defaultsValidateOnlyAndManualAssignments() async throws {
        try await withTemporaryMetadataDirectory { dir in
            let (controller, raft, loader) = try await startedController(dir: dir, overrides: ["num.partitions=4"])
            var response = await controller.createTopics(
                createTopicsRequest([creatableTopic("d", partitions: -1, replicationFactor: -1)], validateOnly: true),
                version: 5)
            #expect(response.topics.first?.errorCode == 0 && response.topics.first?.numPartitions == 4)
            #expect(loader.image.topics["d"] == nil)
            response = await controller.createTopics(
                createTopicsRequest([creatableTopic("d", partitions: -1, replicationFactor: -1)]), version: 4)
            #expect(response.topics.first?.numPartitions == -1)
            #expect(loader.image.topics["d"]?.partitions.count == 4)

            var manual = creatableTopic("m", partitions: -1, replicationFactor: -1)
            var assignment = CreateTopicsRequest.CreatableReplicaAssignment()
            assignment.partitionIndex = 0
            assignment.brokerIds = [1, 2]
            manual.assignments = [assignment]
            response = await controller.createTopics(createTopicsRequest([manual]), version: 7)
            #expect(response.topics.first?.errorCode == ErrorCode.invalidReplicaAssignment.rawValue)
            #expect(
                response.topics.first?.errorMessage
                    == "The manual partition assignment includes broker 2, but no such broker is registered.")
            manual.assignments[0].brokerIds = [1]
            response = await controller.createTopics(createTopicsRequest([manual]), version: 7)
            #expect(response.topics.first?.errorCode == 0)
            raft.shutdown()
        }
    }

    @Test func deleteTopicsByNameAndById() async throws {
        try await withTemporaryMetadataDirectory { dir in
            let (controller, raft, loader) = try await startedController(dir: dir)
            _ = await controller.createTopics(createTopicsRequest([creatableTopic("x"), creatableTopic("y")]), version: 7)
            let yId = try #require(loader.image.topics["y"]?.id)
            var request = DeleteTopicsRequest()
            request.topicNames = ["x", "nope"]
            var response = await controller.deleteTopics(request, version: 5)
            #expect(response.responses.count == 2)
            #expect(response.responses.first { $0.name == "nope" }?.errorCode == ErrorCode.unknownTopicOrPartition.rawValue)
            #expect(response.responses.first { $0.name == "x" }?.errorCode == 0)
            #expect(loader.image.topics["x"] == nil)

            var byId = DeleteTopicsRequest.DeleteTopicState()
            byId.topicId = yId
            var missing = DeleteTopicsRequest.DeleteTopicState()
            missing.topicId = KafkaUUID(high: 5, low: 5)
            request = DeleteTopicsRequest()
            request.topics = [byId, missing]
            response = await controller.deleteTopics(request, version: 6)
            #expect(response.responses.first { $0.topicId == yId }?.name == "y")
            #expect(response.responses.first { $0.topicId == yId }?.errorCode == 0)
            #expect(response.responses.first { $0.topicId == missing.topicId }?.errorCode == ErrorCode.unknownTopicId.rawValue)
            #expect(loader.image.topics.byName.isEmpty)
            raft.shutdown()
        }
    }

    @Test func createPartitionsOnlyIncreases() async throws {
        try await withTemporaryMetadataDirectory { dir in
            let (controller, raft, loader) = try await startedController(dir: dir)
            _ = await controller.createTopics(createTopicsRequest([creatableTopic("p", partitions: 2)]), version: 7)
            func topic(_ name: String, _ count: Int32) -> CreatePartitionsRequest.CreatePartitionsTopic {
                var topic = CreatePartitionsRequest.CreatePartitionsTopic()
                topic.name = name
                topic.count = count
                topic.assignments = nil
                return topic
            }
            var request = CreatePartitionsRequest()
            request.topics = [topic("p", 1)]
            var response = await controller.createPartitions(request, version: 3)
            #expect(response.results.first?.errorCode == ErrorCode.invalidPartitions.rawValue)
            #expect(response.results.first?.errorMessage == "The topic p currently has 2 partition(s); 1 would not be an increase.")
            request.topics = [topic("p", 2), topic("none", 3)]
            response = await controller.createPartitions(request, version: 3)
            #expect(response.results[0].errorMessage == "Topic already has 2 partition(s).")
            #expect(response.results[1].errorCode == ErrorCode.unknownTopicOrPartition.rawValue)
            request.topics = [topic("p", 5)]
            response = await controller.createPartitions(request, version: 0)
            #expect(response.results.first?.errorCode == 0)
            #expect(loader.image.topics["p"]?.partitions.count == 5)
            #expect(loader.image.topics["p"]?.partitions[4]?.leader == 1)
            raft.shutdown()
        }
    }

    @Test func incrementalAndLegacyAlterConfigs() async throws {
        try await withTemporaryMetadataDirectory { dir in
            let (controller, raft, loader) = try await startedController(dir: dir)
            _ = await controller.createTopics(createTopicsRequest([creatableTopic("c")]), version: 7)
            func alterable(_ name: String, _ op: Int8, _ value: String?)
                -> IncrementalAlterConfigsRequest.AlterableConfig
            {
                var config = IncrementalAlterConfigsRequest.AlterableConfig()
                config.name = name
                config.configOperation = op
                config.value = value
                return config
            }
            func resource(_ type: Int8, _ name: String, _ configs: [IncrementalAlterConfigsRequest.AlterableConfig])
                -> IncrementalAlterConfigsRequest.AlterConfigsResource
            {
                var resource = IncrementalAlterConfigsRequest.AlterConfigsResource()
                resource.resourceType = type
                resource.resourceName = name
                resource.configs = configs
                return resource
            }
            var request = IncrementalAlterConfigsRequest()
            request.resources = [
                resource(2, "c", [alterable("retention.ms", 0, "1000"), alterable("cleanup.policy", 2, "compact")]),
                resource(2, "missing", [alterable("retention.ms", 0, "1")]),
                resource(2, "c", [alterable("retention.ms", 2, "1")]),
                resource(4, "", [alterable("log.retention.ms", 0, "5000")]),
                resource(4, "1", [alterable("node.id", 0, "3")]),
            ]
            var response = await controller.incrementalAlterConfigs(request, version: 1)
            #expect(response.responses.map(\.errorCode) == [0, 3, 40, 0, 40])
            #expect(response.responses[1].errorMessage == "The topic 'missing' does not exist.")
            #expect(response.responses[2].errorMessage == "Can't APPEND to key retention.ms because its type is not LIST.")
            #expect(loader.image.topicConfigs("c") == ["retention.ms": "1000", "cleanup.policy": "delete,compact"])
            #expect(loader.image.configs[ConfigResource(type: .broker, name: "")] == ["log.retention.ms": "5000"])

            request.resources = [resource(2, "c", [alterable("retention.ms", 1, nil), alterable("cleanup.policy", 3, "delete")])]
            request.validateOnly = true
            response = await controller.incrementalAlterConfigs(request, version: 0)
            #expect(response.responses.first?.errorCode == 0)
            #expect(loader.image.topicConfigs("c")["retention.ms"] == "1000")
            request.validateOnly = false
            response = await controller.incrementalAlterConfigs(request, version: 0)
            #expect(loader.image.topicConfigs("c") == ["cleanup.policy": "compact"])

            var legacy = AlterConfigsRequest()
            var legacyResource = AlterConfigsRequest.AlterConfigsResource()
            legacyResource.resourceType = 2
            legacyResource.resourceName = "c"
            var entry = AlterConfigsRequest.AlterableConfig()
            entry.name = "segment.ms"
            entry.value = "60000"
            legacyResource.configs = [entry]
            legacy.resources = [legacyResource]
            let legacyResponse = await controller.alterConfigs(legacy, version: 2)
            #expect(legacyResponse.responses.first?.errorCode == 0)
            #expect(loader.image.topicConfigs("c") == ["segment.ms": "60000"])
            raft.shutdown()
        }
    }

    @Test func brokersProducerIdsAndStateSurviveAReopen() async throws {
        try await withTemporaryMetadataDirectory { dir in
            let (controller, raft, loader) = try await startedController(dir: dir)
            let epoch = try #require(loader.image.brokers[1]?.epoch)
            var stale = BrokerHeartbeatRequest()
            stale.brokerId = 1
            stale.brokerEpoch = epoch + 100
            #expect(await controller.brokerHeartbeat(stale).errorCode == ErrorCode.staleBrokerEpoch.rawValue)
            stale.brokerId = 9
            #expect(await controller.brokerHeartbeat(stale).errorCode == ErrorCode.brokerIdNotRegistered.rawValue)
            #expect(await controller.allocateProducerIds(brokerId: 1, brokerEpoch: epoch + 1).errorCode == 77)
            let first = await controller.allocateProducerIds(brokerId: 1, brokerEpoch: epoch)
            let second = await controller.allocateProducerIds(brokerId: 1, brokerEpoch: epoch)
            #expect(first.producerIdStart == 0 && first.producerIdLen == 1000)
            #expect(second.producerIdStart == 1000)
            _ = await controller.createTopics(
                createTopicsRequest([creatableTopic("keep", partitions: 2, configs: ["retention.ms": "7"])]), version: 7)
            var partitions = CreatePartitionsRequest()
            var more = CreatePartitionsRequest.CreatePartitionsTopic()
            more.name = "keep"
            more.count = 3
            more.assignments = nil
            partitions.topics = [more]
            _ = await controller.createPartitions(partitions, version: 3)
            // A controlled shutdown leaves the partitions without a leader until the broker is back.
            var shutdown = BrokerHeartbeatRequest()
            shutdown.brokerId = 1
            shutdown.brokerEpoch = epoch
            shutdown.wantShutDown = true
            let bye = await controller.brokerHeartbeat(shutdown)
            #expect(bye.shouldShutDown && bye.isFenced)
            #expect(loader.image.topics["keep"]?.partitions[0]?.leader == -1)
            let before = loader.image
            raft.shutdown()

            let (again, raft2, loader2) = try await startedController(dir: dir)
            let image = loader2.image
            #expect(image.topics["keep"]?.partitions.count == 3)
            #expect(image.topicConfigs("keep") == ["retention.ms": "7"])
            #expect(image.nextProducerId == 2000)
            #expect(image.topics["keep"]?.id == before.topics["keep"]?.id)
            // Unfenced again: it leads its partitions in a new leader epoch.
            #expect(image.topics["keep"]?.partitions[0]?.leader == 1)
            #expect(image.topics["keep"]?.partitions[0]?.leaderEpoch == 2)
            let newEpoch = try #require(image.brokers[1]?.epoch)
            #expect(await again.allocateProducerIds(brokerId: 1, brokerEpoch: newEpoch).producerIdStart == 2000)
            raft2.shutdown()
        }
    }
}
