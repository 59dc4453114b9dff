import NIOCore
import Testing

@testable import KafkaEngine

@Suite struct TopicsAndConfigsHandlerTests {
    func context(_ key: ApiKey, _ version: Int16) -> RequestContext {
        var header = RequestHeader()
        header.requestApiKey = key.rawValue
        header.requestApiVersion = version
        header.correlationId = 1
        return RequestContext(
            header: header, apiKey: key,
            connection: ConnectionInfo(listenerName: "PLAINTEXT", connectionId: "c", remoteAddress: nil, localAddress: nil),
            receivedNanoseconds: 0)
    }

    func response<R: KafkaResponseMessage>(_ result: HandlerResult, as: R.Type) throws -> R {
        guard case .response(let message) = result else { throw KafkaProtocolError.malformed("no response") }
        return try #require(message as? R)
    }

    @Test func declaresEverySpecVersion() async throws {
        try await withTemporaryMetadataDirectory { dir in
            let (controller, raft, _) = try await startedController(dir: dir)
            let topics = TopicsHandler(controller: controller)
            #expect(topics.versions[.createTopics] == 0...7)
            #expect(topics.versions[.deleteTopics] == 0...6)
            #expect(topics.versions[.createPartitions] == 0...3)
            let configs = ConfigsHandler(
                controller: controller, config: controller.config, metadataCache: MetadataCache(), nodeId: 1)
            #expect(configs.versions[.describeConfigs] == 0...4)
            #expect(configs.versions[.alterConfigs] == 0...2)
            #expect(configs.versions[.incrementalAlterConfigs] == 0...1)
            raft.shutdown()
        }
    }

    @Test func topicsHandlerAnswersAtSeveralVersions() async throws {
        try await withTemporaryMetadataDirectory { dir in
            let (controller, raft, loader) = try await startedController(dir: dir)
            let handler = TopicsHandler(controller: controller)
            for version: Int16 in [0, 4, 5, 7] {
                let name = "t\(version)"
                let result = await handler.handle(
                    createTopicsRequest([creatableTopic(name, partitions: 2)]), context: context(.createTopics, version))
                let created = try response(result, as: CreateTopicsResponse.self)
                #expect(created.topics.first?.errorCode == 0)
                _ = try created.encoded(version: version)
                #expect(loader.image.topics[name]?.partitions.count == 2)
            }
            var delete = DeleteTopicsRequest()
            delete.topicNames = ["t0"]
            let deleted = try response(
                await handler.handle(delete, context: context(.deleteTopics, 1)), as: DeleteTopicsResponse.self)
            #expect(deleted.responses.first?.errorCode == 0)
            _ = try deleted.encoded(version: 1)
            raft.shutdown()
        }
    }

    @Test func describeConfigsForTopicsAndTheBroker() async throws {
        try await withTemporaryMetadataDirectory { dir in
            let (controller, raft, loader) = try await startedController(dir: dir)
            let cache = MetadataCache()
            loader.install(cache)
            _ = await controller.createTopics(
                createTopicsRequest([creatableTopic("d", configs: ["retention.ms": "1234"])]), version: 7)
            let handler = ConfigsHandler(controller: controller, config: controller.config, metadataCache: cache, nodeId: 1)
            var request = DescribeConfigsRequest()
            var topic = DescribeConfigsRequest.DescribeConfigsResource()
            topic.resourceType = 2
            topic.resourceName = "d"
            topic.configurationKeys = nil
            var missing = topic
            missing.resourceName = "nope"
            var broker = topic
            broker.resourceType = 4
            broker.resourceName = "1"
            broker.configurationKeys = ["log.dirs", "num.partitions"]
            var otherBroker = broker
            otherBroker.resourceName = "2"
            request.resources = [topic, missing, broker, otherBroker]
            request.includeSynonyms = true
            request.includeDocumentation = true
            for version: Int16 in [0, 1, 3, 4] {
                let described = try response(
                    await handler.handle(request, context: context(.describeConfigs, version)),
                    as: DescribeConfigsResponse.self)
                _ = try described.encoded(version: version)
                let retention = try #require(described.results[0].configs.first { $0.name == "retention.ms" })
                #expect(retention.value == "1234")
                if version >= 1 {
                    #expect(retention.configSource == ConfigSource.dynamicTopicConfig.rawValue)
                    #expect(retention.synonyms.first?.source == ConfigSource.dynamicTopicConfig.rawValue)
                }
                if version >= 3 { #expect(retention.documentation?.isEmpty == false) }
                #expect(described.results[1].errorCode == ErrorCode.unknownTopicOrPartition.rawValue)
                #expect(described.results[2].configs.map(\.name).sorted() == ["log.dirs", "num.partitions"])
                #expect(described.results[2].configs.first { $0.name == "log.dirs" }?.value == dir)
                #expect(described.results[3].errorCode == ErrorCode.invalidRequest.rawValue)
            }

            var alter = IncrementalAlterConfigsRequest()
            var resource = IncrementalAlterConfigsRequest.AlterConfigsResource()
            resource.resourceType = 2
            resource.resourceName = "d"
            var config = IncrementalAlterConfigsRequest.AlterableConfig()
            config.name = "retention.ms"
            config.configOperation = 1
            resource.configs = [config]
            alter.resources = [resource]
            let altered = try response(
                await handler.handle(alter, context: context(.incrementalAlterConfigs, 1)),
                as: IncrementalAlterConfigsResponse.self)
            #expect(altered.responses.first?.errorCode == 0)
            #expect(cache.image.topicConfigs("d").isEmpty)
            raft.shutdown()
        }
    }
}
