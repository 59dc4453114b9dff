import ArgumentParser
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
            config = try BrokerConfig.load(path: propertiesFile, overrides: overrides)
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
        do {
            let (pid, output) = try ProcessControl.startDaemon(
                config: config, propertiesFile: propertiesFile, overrides: overrides)
            print("swkafka server-start: running in the background (pid \(pid)); output in \(output)")
        } catch {
            SwKafka.writeStandardError("swkafka server-start: \(error)\n")
            throw ExitCode(1)
        }
    }
}
