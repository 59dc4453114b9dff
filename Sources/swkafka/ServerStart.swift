import ArgumentParser
import Glibc
import KafkaEngine

/// `swkafka server-start`: Kafka's `kafka-server-start.sh`. With no properties file it runs the
/// embedded default (one combined node on localhost:9092, controller on 9093).
struct ServerStartCommand: AsyncParsableCommand, KafkaStyleArguments {
    static let configuration = CommandConfiguration(
        commandName: "server-start",
        abstract: "Start a Kafka node (broker and/or controller).",
        usage: "swkafka server-start [-daemon] [server.properties] [--override property=value]...",
        discussion: """
            Without a properties file the embedded default runs: one combined broker and controller \
            (node.id=1) with PLAINTEXT://localhost:9092, CONTROLLER://localhost:9093 and log.dirs=/tmp/swkafka-logs. \
            Log dirs that are not formatted yet are formatted on first start with a new cluster id \
            (use `swkafka storage format` to choose one). SIGTERM or SIGINT shuts the node down cleanly.
            """
    )

    @Argument(help: ArgumentHelp("A server.properties file (Kafka's property names).", valueName: "server.properties"))
    var propertiesFile: String?

    @Option(
        name: .customLong("override"), parsing: .singleValue,
        help: ArgumentHelp("Optional property that should override values set in server.properties file.", valueName: "property=value"))
    var overrides: [String] = []

    @Flag(name: .customLong("daemon"), help: "Run in the background; output goes to $LOG_DIR/swkafkaServer.out or the first log dir.")
    var daemon = false

    /// `-daemon` is the spelling of Kafka's script.
    static func normalize(_ arguments: [String]) -> [String] {
        arguments.map { $0 == "-daemon" ? "--daemon" : $0 }
    }

    func validate() throws {
        for override in overrides where !override.contains("=") {
            throw ValidationError("--override expects property=value, got '\(override)'")
        }
    }

    func run() async throws {
        let config: BrokerConfig
        do {
            config = try propertiesFile.map { try BrokerConfig.load(path: $0, overrides: overrides) }
                ?? BrokerConfig.embeddedDefault(overrides: overrides)
        } catch {
            SwKafka.writeStandardError("swkafka server-start: \(error)\n")
            throw ExitCode(1)
        }
        if daemon {
            try startDaemon(config: config)
            return
        }
        let status = await NodeRunner.runForeground(config: config)
        if status != 0 { throw ExitCode(status) }
    }

    /// Starts this command again without `--daemon`, detached, and waits until it is ready.
    func startDaemon(config: BrokerConfig) throws {
        let environment = Self.environment()
        let output = ProcessControl.daemonOutputPath(config: config, environment: environment)
        let pidFile = ProcessControl.pidFilePath(config: config)
        for dir in [output, pidFile].map(Self.parentDirectory) { _ = mkdir(dir, 0o755) }
        var arguments = ["server-start"]
        if let propertiesFile { arguments.append(Self.absolutePath(propertiesFile)) }
        for override in overrides { arguments += ["--override", override] }
        let executable = Self.executablePath()
        let pid = try ProcessControl.spawnDetached(executable: executable, arguments: arguments, outputPath: output)
        guard ProcessControl.waitUntilReady(pid: pid, pidFile: pidFile, timeoutMs: 60_000) else {
            SwKafka.writeStandardError("swkafka server-start: the node did not start; see \(output)\n")
            throw ExitCode(1)
        }
        print("swkafka server-start: running in the background (pid \(pid)); output in \(output)")
    }

    static func executablePath() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return CommandLine.arguments[0] }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func absolutePath(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return path }
        return String(cString: buffer) + "/" + path
    }

    static func parentDirectory(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func environment() -> [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }
}
