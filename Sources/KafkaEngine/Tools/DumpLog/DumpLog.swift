#if canImport(Glibc)
    import Glibc
#endif

/// Something wrong that `dump-log` found in a file: corruption (a CRC mismatch, a torn or garbage
/// batch, an index entry that does not match the log, …) or a warning (an offset gap, which
/// compaction leaves legitimately).
package struct DumpLogProblem: Sendable, Equatable, CustomStringConvertible {
    /// The file's absolute path (Java's `getAbsolutePath`, as Kafka's reports print it).
    package var file: String
    /// The byte position in `file` the problem is at, when there is one.
    package var position: Int64?
    package var message: String
    /// False for warnings, which do not change the exit status.
    package var isCorruption = true

    package var description: String {
        let at = self.position.map { " at byte \($0)" } ?? ""
        return "\(self.file)\(at): \(self.message)"
    }
}

/// What a `dump-log` run found, and the exit status it maps to.
package struct DumpLogSummary: Sendable, Equatable {
    /// Corruption and warnings, in the order found.
    package var problems: [DumpLogProblem] = []
    /// Files that could not be dumped (missing, unreadable, not a Kafka file), one line each.
    package var failures: [String] = []

    /// Exit status when corruption was found (Kafka exits 0 and only reports it).
    package static let corruptionExitCode: Int32 = 3
    /// Exit status when a file could not be dumped.
    package static let failureExitCode: Int32 = 1

    package var corruption: [DumpLogProblem] { self.problems.filter(\.isCorruption) }

    /// 3 when any corruption was found, else 1 when a file could not be dumped, else 0.
    package var exitCode: Int32 {
        if !self.corruption.isEmpty { return Self.corruptionExitCode }
        if !self.failures.isEmpty { return Self.failureExitCode }
        return 0
    }
}

/// `swkafka dump-log`, Kafka's `kafka-dump-log.sh` (`DumpLogSegments`): prints the batches and
/// records of `.log` segments and KRaft snapshots, the entries of `.index`, `.timeindex` and
/// `.txnindex` files (checking the offset and time indexes against their log), producer-state
/// `.snapshot`s and (beyond Kafka) `leader-epoch-checkpoint` files, line for line as Kafka prints
/// them. Files are read directly and never changed.
///
/// Data goes to `stdout`; Kafka's reports (`Ignoring unknown file`, index mismatches,
/// non-consecutive offsets) and swkafka's corruption summary and errors go to `stderr`. Where
/// Kafka would stop with an exception (a missing file, a garbage batch, an index entry past the end
/// of the log), this reports the problem in one line and goes on with the next file.
package final class DumpLog {
    package let options: DumpLogOptions
    let out: DumpLogStream
    let err: DumpLogStream
    var summary = DumpLogSummary()

    /// Kafka's `misMatchesForIndexFilesMap`: index offset and the log's offset there, per index file.
    var indexMismatches = FileReport()
    /// Kafka's `TimeIndexDumpErrors`.
    var timeIndexMismatches = FileReport()
    var timeIndexOutOfOrder = FileReport()
    var timeIndexOffsetsNotFound = FileReport()
    /// Kafka's `nonConsecutivePairsForLogFilesMap`.
    var nonConsecutiveOffsets = FileReport()

    package init(options: DumpLogOptions, stdout: any DumpLogOutput, stderr: any DumpLogOutput) {
        self.options = options
        self.out = DumpLogStream(stdout)
        self.err = DumpLogStream(stderr)
    }

    var isJSON: Bool { self.options.format == .json }

    /// Dumps every file, then prints the reports and the summary. Call once.
    @discardableResult
    package func run() -> DumpLogSummary {
        for file in self.options.files where !file.isEmpty {
            if self.out.failed { break }
            self.dump(file)
            self.out.flush()
            self.err.flush()
        }
        self.printReports()
        self.out.flush()
        self.err.flush()
        return self.summary
    }

    // MARK: Dispatch

    private func dump(_ argument: String) {
        let path = JavaFile.normalize(argument)
        let name = StorageFile.fileName(of: path)
        if self.isJSON {
            self.json { json in
                json.key("type")
                json.string("file")
                json.key("file")
                json.string(path)
            }
        } else {
            self.out.line("Dumping \(path)")
        }
        // Kafka picks the dump by the suffix from the last '.'.
        let suffix = name.lastIndex(of: ".").map { String(name[$0...]) } ?? ""
        let kind: FileKind?
        switch suffix {
        case LogFileNames.logFileSuffix: kind = .log
        case Self.snapshotSuffix: kind = .kraftSnapshot
        case LogFileNames.indexFileSuffix: kind = .offsetIndex
        case LogFileNames.timeIndexFileSuffix: kind = .timeIndex
        case LogFileNames.producerSnapshotFileSuffix: kind = .producerSnapshot
        case LogFileNames.txnIndexFileSuffix: kind = .transactionIndex
        default: kind = name == LogFileNames.leaderEpochCheckpointFileName ? .leaderEpochCheckpoint : nil
        }
        if (kind == .log || kind == .kraftSnapshot) && !self.isJSON {
            for notice in self.options.decoderNotices { self.out.line(notice) }
        }
        if let problem = Self.checkRegularFile(path) {
            self.fail(path, problem)
            return
        }
        guard let kind else {
            self.err.line("Ignoring unknown file \(path)")
            return
        }
        do throws(StorageError) {
            switch kind {
            case .log, .kraftSnapshot: try self.dumpLog(path: path, name: name, kind: kind)
            case .offsetIndex: try self.dumpIndex(path: path, name: name)
            case .timeIndex: try self.dumpTimeIndex(path: path, name: name)
            case .transactionIndex: try self.dumpTransactionIndex(path: path, name: name)
            case .producerSnapshot: try self.dumpProducerSnapshot(path: path)
            case .leaderEpochCheckpoint: try self.dumpLeaderEpochCheckpoint(path: path)
            }
        } catch {
            self.fail(path, error.description)
        }
    }

    enum FileKind {
        case log, kraftSnapshot, offsetIndex, timeIndex, transactionIndex, producerSnapshot, leaderEpochCheckpoint
    }

    /// Kafka's `Snapshots.SUFFIX`: KRaft snapshot files, dumped like segments.
    static let snapshotSuffix = ".checkpoint"

    /// Nil when `path` is a regular file; otherwise why not, as one line.
    static func checkRegularFile(_ path: String) -> String? {
        var info = stat()
        if stat(path, &info) != 0 {
            return String(cString: strerror(errno))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "is a directory"
        default: return "not a regular file"
        }
    }

    /// The base offset in a segment file's name (Kafka's `file.getName.split("\\.")(0).toLong`).
    static func baseOffset(fromFileName name: String) -> Int64? {
        LogFileNames.offset(fromFileName: name)
    }

    // MARK: Reporting

    /// Records a file that could not be dumped and prints it as one line on stderr.
    func fail(_ path: String, _ message: String) {
        self.summary.failures.append("\(path): \(message)")
        self.err.line("\(self.options.commandName): \(path): \(message)")
    }

    /// Records a problem for the summary (and, in JSON, for the problems printed at the end).
    func problem(_ path: String, at position: Int64?, _ message: String, isCorruption: Bool = true) {
        self.summary.problems.append(
            DumpLogProblem(
                file: JavaFile.absolutePath(path, workingDirectory: self.options.workingDirectory), position: position,
                message: message, isCorruption: isCorruption))
    }

    /// Writes one JSON object line to stdout; `body` writes its members.
    func json(_ body: (inout KafkaJSONWriter) -> Void) {
        var json = KafkaJSONWriter()
        json.beginObject()
        body(&json)
        json.endObject()
        self.out.append(bytes: json.bytes)
        self.out.newline()
    }

    func absolutePath(_ path: String) -> String {
        JavaFile.absolutePath(path, workingDirectory: self.options.workingDirectory)
    }

    /// Kafka's reports at the end of the run, in Kafka's order (index mismatches, time index
    /// errors, non-consecutive offsets; stderr), then the corruption summary. In JSON the reports
    /// are the problem objects on stdout, and stderr has the summary alone.
    private func printReports() {
        if self.isJSON {
            for problem in self.summary.problems {
                self.json { json in
                    json.key("type")
                    json.string(problem.isCorruption ? "corruption" : "warning")
                    json.key("file")
                    json.string(problem.file)
                    json.key("position")
                    if let position = problem.position { json.integer(position) } else { json.null() }
                    json.key("message")
                    json.string(problem.message)
                }
            }
        } else {
            for (file, pairs) in self.indexMismatches.files {
                self.err.line("Mismatches in :\(file)")
                // Kafka prepends to a list, so the last mismatch prints first.
                for (indexOffset, logOffset) in pairs.reversed() {
                    self.err.line("  Index offset: \(indexOffset), log offset: \(logOffset)")
                }
            }
            for (file, pairs) in self.timeIndexMismatches.files {
                self.err.line("Found timestamp mismatch in :\(file)")
                for (indexTimestamp, logTimestamp) in pairs {
                    self.err.line("  Index timestamp: \(indexTimestamp), log timestamp: \(logTimestamp)")
                }
            }
            for (file, pairs) in self.timeIndexOutOfOrder.files {
                self.err.line("Found out of order timestamp in :\(file)")
                for (indexTimestamp, previous) in pairs {
                    self.err.line("  Index timestamp: \(indexTimestamp), Previously indexed timestamp: \(previous)")
                }
            }
            for (_, pairs) in self.timeIndexOffsetsNotFound.files {
                self.err.line("The following indexed offsets are not found in the log.")
                for (indexedOffset, logOffset) in pairs {
                    self.err.line("Indexed offset: \(indexedOffset), found log offset: \(logOffset)")
                }
            }
            for (file, pairs) in self.nonConsecutiveOffsets.files {
                self.err.line("Non-consecutive offsets in \(file)")
                for (first, second) in pairs.reversed() {
                    self.err.line("  \(first) is followed by \(second)")
                }
            }
        }
        self.printCorruptionSummary()
    }

    /// At most this many problems are listed; the count covers them all.
    static let listedProblemsLimit = 1000

    private func printCorruptionSummary() {
        let corruption = self.summary.corruption
        guard !corruption.isEmpty else { return }
        let files = Set(corruption.map(\.file)).count
        self.err.line(
            "Corruption found: \(corruption.count) problem\(corruption.count == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s"):"
        )
        for problem in corruption.prefix(Self.listedProblemsLimit) {
            self.err.line("  \(problem)")
        }
        if corruption.count > Self.listedProblemsLimit {
            self.err.line("  … and \(corruption.count - Self.listedProblemsLimit) more")
        }
    }
}

/// Pairs of numbers reported per file, files in the order first reported (Kafka keeps them in a
/// hash map; its order is not reproducible, so swkafka uses the order the files were dumped).
struct FileReport {
    private(set) var files: [(file: String, pairs: [(Int64, Int64)])] = []

    mutating func add(_ file: String, _ first: Int64, _ second: Int64) {
        if let i = self.files.lastIndex(where: { $0.file == file }) {
            self.files[i].pairs.append((first, second))
        } else {
            self.files.append((file, [(first, second)]))
        }
    }
}

/// How `java.io.File` shows a path: `toString` normalizes separators, `getAbsolutePath` resolves a
/// relative path against the working directory without removing `.` or `..`.
enum JavaFile {
    /// Repeated '/' collapsed, a trailing '/' removed (Java's `UnixFileSystem.normalize`).
    static func normalize(_ path: String) -> String {
        var out = ""
        var previousSlash = false
        for c in path {
            if c == "/" {
                if previousSlash { continue }
                previousSlash = true
            } else {
                previousSlash = false
            }
            out.append(c)
        }
        if out.count > 1 && out.hasSuffix("/") { out.removeLast() }
        return out
    }

    static func absolutePath(_ path: String, workingDirectory: String?) -> String {
        let normalized = normalize(path)
        if normalized.hasPrefix("/") { return normalized }
        let base = workingDirectory ?? currentDirectory()
        return normalize(base + "/" + normalized)
    }

    static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
