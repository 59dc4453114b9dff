import Foundation
import Testing

/// `topics`, `console-producer` and `console-consumer` run as a user runs them, without a broker:
/// usage errors, `--help`, and what happens when the bootstrap server cannot be reached. Their work
/// against a broker is covered by Tests/Interop/test_tools.py.
@Suite struct NetworkToolCommandTests {
    typealias Result = DumpLogCommandTests.Result

    /// Nothing listens on port 1 of the loopback address: connections are refused at once.
    static let unreachable = "127.0.0.1:1"

    static func swkafka(_ arguments: [String], input: String = "") throws -> Result {
        let binary = DumpLogCommandTests.packageRoot.appendingPathComponent(".build/debug/swkafka")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let stdin = Pipe()
        let out = Pipe()
        let err = Pipe()
        process.standardInput = stdin
        process.standardOutput = out
        process.standardError = err
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
            err: String(decoding: errData, as: UTF8.self))
    }

    static func lines(_ text: String) -> [Substring] { text.split(separator: "\n") }

    @Test(arguments: ["topics", "console-producer", "console-consumer"])
    func helpGoesToStdoutAndExitsZero(_ tool: String) throws {
        let result = try Self.swkafka([tool, "--help"])
        #expect(result.status == 0)
        #expect(result.err == "")
        #expect(result.out.contains("--bootstrap-server"))
    }

    @Test func topicsUsageErrors() throws {
        let noAction = try Self.swkafka(["topics", "--bootstrap-server", "localhost:9092"])
        #expect(noAction.status == 2)
        #expect(
            noAction.err
                == "swkafka topics: Command must include exactly one action: --list, --describe, --create, --alter or --delete\nRun 'swkafka topics --help' for usage.\n"
        )
        let twoActions = try Self.swkafka(["topics", "--list", "--delete", "--bootstrap-server", "localhost:9092"])
        #expect(twoActions.status == 2)
        let noBootstrap = try Self.swkafka(["topics", "--list"])
        #expect(noBootstrap.status == 2)
        #expect(Self.lines(noBootstrap.err).first == "swkafka topics: --bootstrap-server must be specified")
        let noTopic = try Self.swkafka(["topics", "--create", "--bootstrap-server", "localhost:9092"])
        #expect(noTopic.status == 2)
        #expect(Self.lines(noTopic.err).first == "swkafka topics: Missing required argument \"[topic]\"")
        let badPartitions = try Self.swkafka([
            "topics", "--create", "--topic", "t", "--partitions", "0", "--bootstrap-server", "localhost:9092",
        ])
        #expect(badPartitions.status == 1)
        #expect(badPartitions.err == "Error while executing topic command : The partitions must be greater than 0\n")
        let unknownOption = try Self.swkafka(["topics", "--list", "--bogus"])
        #expect(unknownOption.status == 2)
        #expect(Self.lines(unknownOption.err).count == 2)
    }

    @Test func topicsWithAnUnreachableBootstrapFailsFastInOneLine() throws {
        let started = Date()
        let result = try Self.swkafka(["topics", "--list", "--bootstrap-server", Self.unreachable])
        #expect(Date().timeIntervalSince(started) < 60, "no hang: an unreachable server is reported, not waited on")
        #expect(result.status == 1)
        #expect(result.out == "")
        #expect(Self.lines(result.err).count == 1)
        #expect(
            result.err.hasPrefix(
                "Error while executing topic command : Could not connect to any of the bootstrap servers [\(Self.unreachable)]"
            ))
    }

    @Test func consoleProducerUsageErrors() throws {
        let noTopic = try Self.swkafka(["console-producer", "--bootstrap-server", "localhost:9092"])
        #expect(noTopic.status == 2)
        #expect(Self.lines(noTopic.err).first == "swkafka console-producer: Missing required argument \"[topic]\"")
        let badBootstrap = try Self.swkafka(["console-producer", "--bootstrap-server", "nohost", "--topic", "t"])
        #expect(badBootstrap.status == 2)
        #expect(
            Self.lines(badBootstrap.err).first
                == "swkafka console-producer: Please provide valid host:port like host1:9091,host2:9092")
        let badAcks = try Self.swkafka([
            "console-producer", "--bootstrap-server", "localhost:9092", "--topic", "t", "--request-required-acks", "2",
        ])
        #expect(badAcks.status == 1)
        #expect(Self.lines(badAcks.err).count == 1)
    }

    @Test func consoleProducerWithAnUnreachableBootstrapFailsFastInOneLine() throws {
        let started = Date()
        let result = try Self.swkafka(
            ["console-producer", "--bootstrap-server", Self.unreachable, "--topic", "t"], input: "a\nb\n")
        #expect(Date().timeIntervalSince(started) < 60, "no hang: an unreachable server is reported, not waited on")
        #expect(result.status == 1)
        #expect(Self.lines(result.err).count == 1)
        #expect(result.err.hasPrefix("Could not connect to any of the bootstrap servers"))
    }

    @Test func consoleConsumerUsageErrors() throws {
        let noTopic = try Self.swkafka(["console-consumer", "--bootstrap-server", "localhost:9092"])
        #expect(noTopic.status == 2)
        #expect(
            Self.lines(noTopic.err).first
                == "swkafka console-consumer: Exactly one of the following arguments is required: [topic], [include]")
        let offsetWithoutPartition = try Self.swkafka([
            "console-consumer", "--bootstrap-server", "localhost:9092", "--topic", "t", "--offset", "5",
        ])
        #expect(offsetWithoutPartition.status == 2)
        #expect(
            Self.lines(offsetWithoutPartition.err).first
                == "swkafka console-consumer: The partition is required when offset is specified.")
    }

    /// A group starts at its committed offsets, so swkafka's `--offset` ranges are refused with one.
    @Test func consoleConsumerRefusesOffsetRangesWithAGroup() throws {
        let result = try Self.swkafka([
            "console-consumer", "--bootstrap-server", Self.unreachable, "--topic", "t", "--group", "g",
            "--offset", "5:10",
        ])
        #expect(result.status == 1)
        #expect(Self.lines(result.err).count == 1)
        #expect(result.err.hasPrefix("The --offset ranges read in assign mode without a group"))
    }

    @Test func consoleConsumerWithAnUnreachableBootstrapFailsFastInOneLine() throws {
        let started = Date()
        let result = try Self.swkafka(["console-consumer", "--bootstrap-server", Self.unreachable, "--topic", "t"])
        #expect(Date().timeIntervalSince(started) < 60, "no hang: an unreachable server is reported, not waited on")
        #expect(result.status == 1)
        #expect(result.out == "")
        #expect(Self.lines(result.err).count == 1)
        #expect(result.err.hasPrefix("Could not connect to any of the bootstrap servers"))
    }
}
