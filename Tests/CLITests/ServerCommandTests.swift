import Foundation
import Testing

/// `storage`, `server-start` and `server-stop` as a user runs them: exit statuses, Kafka's output
/// lines, one-line errors for bad configs. The broker's behaviour is tested by the real-client suite.
@Suite struct ServerCommandTests {
    typealias CLI = DumpLogCommandTests

    static func withTemporaryDirectory(_ body: (String) throws -> Void) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("swkafka-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try body(dir.path)
    }

    static func writeConfig(_ dir: String, extra: String = "") throws -> String {
        let path = dir + "/server.properties"
        let text = """
            process.roles=broker,controller
            node.id=1
            controller.quorum.voters=1@127.0.0.1:9093
            listeners=PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093
            controller.listener.names=CONTROLLER
            log.dirs=\(dir)/data
            \(extra)
            """
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func randomUuidIsAKafkaClusterId() throws {
        let result = try CLI.swkafka(["storage", "random-uuid"])
        #expect(result.status == 0)
        let id = result.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(id.count == 22)
        #expect(id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    }

    @Test func formatThenInfoThenFormatAgain() throws {
        try Self.withTemporaryDirectory { dir in
            let config = try Self.writeConfig(dir)
            let clusterId = try CLI.swkafka(["storage", "random-uuid"]).out.trimmingCharacters(in: .whitespacesAndNewlines)
            let format = try CLI.swkafka(["storage", "format", "-t", clusterId, "-c", config])
            #expect(format.status == 0)
            #expect(format.out == "Formatting metadata directory \(dir)/data with metadata.version 3.9-IV0.\n")
            let info = try CLI.swkafka(["storage", "info", "-c", config])
            #expect(info.status == 0)
            #expect(info.out.hasPrefix("Found log directory:\n  \(dir)/data\n\nFound metadata: {cluster.id=\(clusterId), directory.id="))
            #expect(info.out.contains("node.id=1, version=1}"))
            let again = try CLI.swkafka(["storage", "format", "-t", clusterId, "-c", config])
            #expect(again.status == 1)
            #expect(again.err.contains("is already formatted. Use --ignore-formatted"))
            let meta = try String(contentsOfFile: "\(dir)/data/meta.properties", encoding: .utf8)
            #expect(meta.contains("cluster.id=\(clusterId)"))
        }
    }

    @Test func formatRejectsABadClusterId() throws {
        try Self.withTemporaryDirectory { dir in
            let config = try Self.writeConfig(dir)
            let result = try CLI.swkafka(["storage", "format", "-t", "not-a-uuid", "-c", config])
            #expect(result.status == 1)
            #expect(result.err.split(separator: "\n").count == 1)
        }
    }

    @Test func badConfigValueIsOneLineAndExitOne() throws {
        try Self.withTemporaryDirectory { dir in
            let config = try Self.writeConfig(dir, extra: "num.partitions=lots")
            let result = try CLI.swkafka(["server-start", config])
            #expect(result.status == 1)
            #expect(result.err.split(separator: "\n").count == 1)
            #expect(result.err.contains("num.partitions"))
            let override = try CLI.swkafka(["server-start", "--override", "log.segment.bytes=-5"])
            #expect(override.status == 1)
            #expect(override.err.contains("log.segment.bytes"))
            let malformed = try CLI.swkafka(["server-start", "--override", "novalue"])
            #expect(malformed.status == 2)
        }
    }
}
