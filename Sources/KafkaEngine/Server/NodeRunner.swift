import Logging
import ServiceLifecycle
import UnixSignals

/// Runs a node in the foreground the way `server-start` does: Kafka's log layout on stdout, the
/// PID file once ready, SIGTERM/SIGINT for a clean shutdown.
package enum NodeRunner {
    /// Starts the node and serves until a signal; returns the process exit status (1 when start-up
    /// failed, with Kafka's "Exiting Kafka due to fatal exception during startup." line).
    package static func runForeground(config: BrokerConfig) async -> Int32 {
        LoggingSystem.bootstrap { KafkaLogHandler(label: $0) }
        let logger = Logger(label: "kafka.Kafka")
        for warning in config.warnings {
            logger.warning("\(warning)")
        }
        let node: KafkaNode
        do {
            node = try await KafkaNode.start(config: config, logger: logger)
        } catch {
            logger.error("Exiting Kafka due to fatal exception during startup. \(error)")
            return 1
        }
        let pidFile = ProcessControl.pidFilePath(config: config)
        ProcessControl.writePidFile(pidFile)
        defer { ProcessControl.removePidFile(pidFile) }
        var quiet = Logger(label: "kafka.server.ServiceGroup")
        quiet.logLevel = .warning
        let group = ServiceGroup(
            configuration: .init(
                services: [.init(service: node)], gracefulShutdownSignals: [.sigterm, .sigint], logger: quiet))
        do {
            try await group.run()
        } catch {
            logger.error("Node stopped with an error: \(error)")
            return 1
        }
        return 0
    }
}
