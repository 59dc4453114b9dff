import CReadline

#if canImport(Glibc)
    import Glibc
#endif

/// The console producer's input on a terminal: GNU readline with Kafka's `>` prompt (no newline),
/// line editing, and a history file (`$SWKAFKA_HISTORY_FILE`, else `$HOME/.swkafka_history`; set to
/// the empty string for none). Every line read is appended to the file at once, so a session ended
/// by Ctrl-C keeps its lines; `finish()` trims the file to the newest `historyLimit` lines.
///
/// readline keeps its state in C globals: `readLine` and `finish` must be called from one thread
/// at a time (the engine's `InteractiveLineInput` calls them from one serial queue).
final class LineEditor: Sendable {
    static let historyLimit: Int32 = 1000
    let historyFile: String?

    init() {
        if let file = getenv("SWKAFKA_HISTORY_FILE").map({ String(cString: $0) }) {
            historyFile = file.isEmpty ? nil : file
        } else if let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty {
            historyFile = home + "/.swkafka_history"
        } else {
            historyFile = nil
        }
        // Editing multi-byte characters needs the user's character encoding.
        setlocale(LC_CTYPE, "")
        using_history()
        if let historyFile { _ = read_history(historyFile) }
    }

    /// The next line the user ends with Enter, without its newline; nil on Ctrl-D at an empty line.
    func readLine() -> [UInt8]? {
        guard let line = readline(">") else { return nil }
        defer { free(line) }
        let length = strlen(line)
        let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(line).assumingMemoryBound(to: UInt8.self), count: length))
        if length > 0 {
            add_history(line)
            if let historyFile {
                // append_history opens the file without O_CREAT.
                let fd = open(historyFile, O_WRONLY | O_CREAT | O_APPEND, 0o600)
                if fd >= 0 { close(fd) }
                _ = append_history(1, historyFile)
            }
        }
        return bytes
    }

    /// At end of input: keeps the history file to its newest `historyLimit` lines.
    func finish() {
        if let historyFile, access(historyFile, F_OK) == 0 {
            _ = history_truncate_file(historyFile, Self.historyLimit)
        }
    }
}
