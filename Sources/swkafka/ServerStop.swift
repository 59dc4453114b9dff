import ArgumentParser
import KafkaEngine

/// `swkafka server-stop`: Kafka's `kafka-server-stop.sh`. Sends SIGTERM (a clean shutdown) to every
/// running `swkafka server-start` and, unlike Kafka's script, waits until they have exited.
struct ServerStopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server-stop",
        abstract: "Stop running swkafka nodes (SIGTERM, then wait for a clean shutdown).",
        discussion: "Exit status: 0 when every node stopped; 1 when none was running or one did not stop in time."
    )

    @Option(name: .customLong("timeout-ms"), help: "How long to wait for the nodes to shut down.")
    var timeoutMs: Int = 60_000

    func run() throws {
        let pids = ProcessControl.findServerProcesses()
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
