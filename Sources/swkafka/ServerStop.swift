import ArgumentParser
import KafkaEngine

/// `swkafka server-stop`: Kafka's `kafka-server-stop.sh`. Sends SIGTERM (a clean shutdown) to every
/// running `swkafka server-start`, or with a properties file only to the node using that config's
/// log dirs, and, unlike Kafka's script, waits until they have exited.
struct ServerStopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server-stop",
        abstract: "Stop running swkafka nodes (SIGTERM, then wait for a clean shutdown).",
        usage: "swkafka server-stop [server.properties] [--override property=value]...",
        discussion: """
            Without a properties file every `swkafka server-start` on this machine is stopped. With one \
            (and its --override options, as given to server-start) only the node whose PID file is in \
            that config's first log dir. Exit status: 0 when the nodes stopped; 1 when none was running \
            or one did not stop in time.
            """
    )

    @Argument(help: ArgumentHelp("The node's server.properties.", valueName: "server.properties"))
    var propertiesFile: String?

    @Option(
        name: .customLong("override"), parsing: .singleValue,
        help: ArgumentHelp("A property override, as given to server-start.", valueName: "property=value"))
    var overrides: [String] = []

    @Option(name: .customLong("timeout-ms"), help: "How long to wait for the nodes to shut down.")
    var timeoutMs: Int = 60_000

    func run() throws {
        var pids = ProcessControl.findServerProcesses()
        if propertiesFile != nil || !overrides.isEmpty {
            let config: BrokerConfig
            do {
                config = try BrokerConfig.load(path: propertiesFile, overrides: overrides)
            } catch {
                SwKafka.writeStandardError("swkafka server-stop: \(error)\n")
                throw ExitCode(1)
            }
            let pid = ProcessControl.readPidFile(ProcessControl.pidFilePath(config: config))
            pids = pids.filter { $0 == pid }
        }
        guard !pids.isEmpty else {
            SwKafka.writeStandardError("No kafka server to stop\n")
            throw ExitCode(1)
        }
        let left = ProcessControl.stop(pids, timeoutMs: timeoutMs)
        guard left.isEmpty else {
            SwKafka.writeStandardError(
                "swkafka server-stop: still running after \(timeoutMs) ms: pid \(left.map(String.init).joined(separator: ", "))\n")
            throw ExitCode(1)
        }
    }
}
