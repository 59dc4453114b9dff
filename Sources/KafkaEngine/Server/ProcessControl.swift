import Glibc

/// The process side of `server-start --daemon` and `server-stop`: PID files, starting a detached copy
/// of this binary, finding running servers and stopping them with SIGTERM (the clean path).
package enum ProcessControl {
    /// The PID file of a node: in its first log dir, written once the node is ready.
    package static func pidFilePath(config: BrokerConfig) -> String {
        StorageFile.join(config.logDirs.first ?? config.metadataLogDir, "swkafka.pid")
    }

    /// Where a daemon's stdout and stderr go: `$LOG_DIR/swkafkaServer.out` (Kafka's variable), else
    /// beside the PID file.
    package static func daemonOutputPath(config: BrokerConfig, environment: [String: String]) -> String {
        if let dir = environment["LOG_DIR"], !dir.isEmpty { return StorageFile.join(dir, "swkafkaServer.out") }
        return StorageFile.join(config.logDirs.first ?? config.metadataLogDir, "swkafkaServer.out")
    }

    package static func writePidFile(_ path: String, pid: pid_t = getpid()) {
        let text = "\(pid)\n"
        let temp = path + ".tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return }
        _ = text.withCString { write(fd, $0, strlen($0)) }
        close(fd)
        rename(temp, path)
    }

    package static func readPidFile(_ path: String) -> pid_t? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 32)
        let n = read(fd, &buffer, buffer.count)
        guard n > 0 else { return nil }
        let text = String(decoding: buffer[0..<n], as: UTF8.self).trimmingWhitespace()
        return pid_t(text)
    }

    /// Removes the PID file if it still names this process.
    package static func removePidFile(_ path: String) {
        if readPidFile(path) == getpid() { unlink(path) }
    }

    /// Starts `executable arguments` in a new session with stdin from /dev/null and stdout/stderr
    /// appended to `outputPath`; returns its pid.
    package static func spawnDetached(executable: String, arguments: [String], outputPath: String) throws(NodeStartError)
        -> pid_t
    {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // POSIX_SPAWN_SETSID (glibc 2.26+; the header's macro is not imported into Swift).
        posix_spawnattr_setflags(&attributes, 0x80)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard status == 0 else {
            throw NodeStartError("Could not start \(executable) in the background: \(String(cString: strerror(status)))")
        }
        return pid
    }

    /// `server-start --daemon`: starts this executable again with `server-start [propertiesFile]
    /// [--override ...]`, detached, and waits until the node is ready. Returns its pid and where its
    /// output goes.
    /// - Throws: `NodeStartError` naming the output file when the node does not become ready.
    package static func startDaemon(config: BrokerConfig, propertiesFile: String?, overrides: [String])
        throws(NodeStartError) -> (pid: pid_t, output: String)
    {
        let output = daemonOutputPath(config: config, environment: environment())
        let pidFile = pidFilePath(config: config)
        for dir in [output, pidFile].map(parentDirectory) { _ = mkdir(dir, 0o755) }
        var arguments = ["server-start"]
        if let propertiesFile { arguments.append(absolutePath(propertiesFile)) }
        for override in overrides { arguments += ["--override", override] }
        let pid = try spawnDetached(executable: executablePath(), arguments: arguments, outputPath: output)
        guard waitUntilReady(pid: pid, pidFile: pidFile, timeoutMs: 60_000) else {
            throw NodeStartError("the node did not start; see \(output)")
        }
        return (pid, output)
    }

    /// This process's executable, from /proc.
    static func executablePath() -> String {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = buffer.withUnsafeMutableBufferPointer { raw in
            raw.baseAddress!.withMemoryRebound(to: CChar.self, capacity: raw.count) { readlink("/proc/self/exe", $0, raw.count - 1) }
        }
        guard n > 0 else { return CommandLine.arguments[0] }
        return String(decoding: buffer[0..<n], as: UTF8.self)
    }

    static func absolutePath(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let ok = buffer.withUnsafeMutableBufferPointer { raw in
            raw.baseAddress!.withMemoryRebound(to: CChar.self, capacity: raw.count) { getcwd($0, raw.count) != nil }
        }
        guard ok else { return path }
        return String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self) + "/" + path
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

    /// Waits until `pidFile` names `pid` (the node is ready) or the process has exited; true when ready.
    package static func waitUntilReady(pid: pid_t, pidFile: String, timeoutMs: Int) -> Bool {
        var waited = 0
        while waited < timeoutMs {
            if readPidFile(pidFile) == pid { return true }
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { return false }
            usleep(20_000)
            waited += 20
        }
        return false
    }

    /// The running `swkafka server-start` processes (not this one), found like Kafka's
    /// `kafka-server-stop.sh` finds `kafka.Kafka`: by their command line.
    package static func findServerProcesses() -> [pid_t] {
        guard let dir = opendir("/proc") else { return [] }
        defer { closedir(dir) }
        var pids: [pid_t] = []
        let me = getpid()
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard let pid = pid_t(name), pid != me else { continue }
            let arguments = commandLine(of: pid)
            guard arguments.count >= 2, arguments[0].split(separator: "/").last == "swkafka",
                arguments[1] == "server-start"
            else { continue }
            pids.append(pid)
        }
        return pids.sorted()
    }

    static func commandLine(of pid: pid_t) -> [String] {
        let fd = open("/proc/\(pid)/cmdline", O_RDONLY)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        return bytes.split(separator: 0, omittingEmptySubsequences: false).dropLast().map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    /// Sends SIGTERM to each process and waits up to `timeoutMs` for all of them to exit; returns the
    /// ones still running.
    package static func stop(_ pids: [pid_t], timeoutMs: Int) -> [pid_t] {
        for pid in pids { kill(pid, SIGTERM) }
        var running = pids
        var waited = 0
        while !running.isEmpty && waited < timeoutMs {
            running = running.filter { kill($0, 0) == 0 && !isZombie($0) }
            if running.isEmpty { break }
            usleep(50_000)
            waited += 50
        }
        return running
    }

    static func isZombie(_ pid: pid_t) -> Bool {
        let fd = open("/proc/\(pid)/stat", O_RDONLY)
        guard fd >= 0 else { return true }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 512)
        let n = read(fd, &buffer, buffer.count)
        guard n > 0 else { return true }
        let text = String(decoding: buffer[0..<n], as: UTF8.self)
        guard let close = text.lastIndex(of: ")") else { return false }
        return text[text.index(after: close)...].trimmingWhitespace().hasPrefix("Z")
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
