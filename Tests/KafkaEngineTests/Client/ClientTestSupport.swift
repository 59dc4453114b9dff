import Foundation
import Logging
import NIOCore
import Testing

@testable import KafkaEngine

/// A combined broker and controller started in-process on ephemeral loopback ports, with a
/// temporary log dir, for the client tests.
final class TestBroker: Sendable {
    let node: KafkaNode
    let port: Int
    let directory: URL
    /// Serves connections (`KafkaNode.run`) until `stop()`.
    let serving: Task<Void, Never>

    private init(node: KafkaNode, port: Int, directory: URL) {
        self.node = node
        self.port = port
        self.directory = directory
        self.serving = Task { try? await node.run() }
    }

    static func start(_ extra: [String] = []) async throws -> TestBroker {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("swkafka-client-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let text = """
            process.roles=broker,controller
            node.id=1
            controller.quorum.voters=1@127.0.0.1:0
            listeners=PLAINTEXT://127.0.0.1:0,CONTROLLER://127.0.0.1:0
            controller.listener.names=CONTROLLER
            log.dirs=\(directory.path)/data
            num.partitions=1
            offsets.topic.replication.factor=1
            """
        let config = try BrokerConfig(fileText: text, overrides: extra)
        var logger = Logger(label: "test-broker")
        logger.logLevel = .warning
        let node = try await KafkaNode.start(config: config, logger: logger)
        guard let port = node.port(listener: "PLAINTEXT") else {
            await node.shutdown()
            throw TestBrokerError.noPort
        }
        return TestBroker(node: node, port: port, directory: directory)
    }

    var bootstrap: String { "127.0.0.1:\(port)" }

    var clientConfig: ClientConfig {
        ClientConfig(bootstrapServers: [BrokerAddress(host: "127.0.0.1", port: port)], clientId: "client-tests")
    }

    func stop() async {
        serving.cancel()
        await node.shutdown()
        await serving.value
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs `body` against a fresh broker, stopping it afterwards even when `body` throws.
    static func with<T>(_ extra: [String] = [], _ body: (TestBroker) async throws -> T) async throws -> T {
        let broker = try await start(extra)
        do {
            let result = try await body(broker)
            await broker.stop()
            return result
        } catch {
            await broker.stop()
            throw error
        }
    }
}

enum TestBrokerError: Error {
    case noPort
}

extension ByteBuffer {
    init(text: String) {
        self.init(string: text)
    }

    var text: String { String(buffer: self) }
}

extension AdminClient {
    /// Creates one topic and fails the test when the broker refuses.
    func create(_ name: String, partitions: Int32 = 1, configs: [String: String] = [:]) async throws {
        let results = try await createTopics([NewTopic(name: name, numPartitions: partitions, replicationFactor: 1, configs: configs)])
        _ = try #require(results[name]).get()
    }
}
