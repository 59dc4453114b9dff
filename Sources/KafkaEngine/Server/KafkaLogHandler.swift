import Glibc
import Logging
import Synchronization

/// A swift-log handler that writes Kafka's log4j layout, one line per event, to a file descriptor
/// (stdout for `server-start`): `[2026-11-21 09:44:01,234] INFO message (logger)`.
package struct KafkaLogHandler: LogHandler {
    package var metadata: Logger.Metadata = [:]
    package var logLevel: Logger.Level
    private let label: String
    private let descriptor: CInt
    /// One write per line; lines from different threads never interleave.
    private static let writeLock = Mutex(())

    package init(label: String, descriptor: CInt = 1, logLevel: Logger.Level = .info) {
        self.label = label
        self.descriptor = descriptor
        self.logLevel = logLevel
    }

    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    package func log(event: LogEvent) {
        let line = "[\(Self.timestamp())] \(Self.levelName(event.level)) \(event.message) (\(label))\n"
        Self.writeLock.withLock { _ in
            var bytes = Array(line.utf8)
            bytes.withUnsafeMutableBytes { raw in
                guard var base = raw.baseAddress else { return }
                var left = raw.count
                while left > 0 {
                    let n = Glibc.write(descriptor, base, left)
                    if n <= 0 { return }
                    base += n
                    left -= n
                }
            }
        }
    }

    static func levelName(_ level: Logger.Level) -> String {
        switch level {
        case .trace: "TRACE"
        case .debug: "DEBUG"
        case .info: "INFO"
        case .notice: "INFO"
        case .warning: "WARN"
        case .error: "ERROR"
        case .critical: "FATAL"
        }
    }

    /// Local time as log4j prints it: `yyyy-MM-dd HH:mm:ss,SSS`.
    static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = now.tv_sec
        var parts = tm()
        localtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2)) "
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2)),\(pad(Int32(now.tv_nsec / 1_000_000), 3))"
    }
}
