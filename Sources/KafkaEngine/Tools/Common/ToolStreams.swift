import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The standard streams as the network tools write them: whole buffers with `write(2)`, retried
/// on short writes and `EINTR`. A closed reader (`EPIPE`, `| head`) is reported as `false` so a
/// tool can end cleanly; SIGPIPE must be ignored for that (`ignoreBrokenPipe()`).
package enum ToolStreams {
    package static let standardOutput: Int32 = 1
    package static let standardError: Int32 = 2

    /// Writes every byte to `fd`; `false` when the reader is gone or the write failed.
    @discardableResult
    package static func write(_ bytes: UnsafeRawBufferPointer, to fd: Int32) -> Bool {
        guard var base = bytes.baseAddress else { return true }
        var left = bytes.count
        while left > 0 {
            let n = Glibc.write(fd, base, left)
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            if n == 0 { return false }
            base += n
            left -= n
        }
        return true
    }

    @discardableResult
    package static func write(_ bytes: [UInt8], to fd: Int32) -> Bool {
        bytes.withUnsafeBytes { write($0, to: fd) }
    }

    @discardableResult
    package static func write(_ text: String, to fd: Int32) -> Bool {
        write(Array(text.utf8), to: fd)
    }

    /// Prints a tool's notices on the streams they name.
    package static func print(_ notices: [ToolNotice]) {
        for notice in notices {
            switch notice {
            case .stdout(let line): write(line + "\n", to: standardOutput)
            case .stderr(let line): write(line + "\n", to: standardError)
            }
        }
    }

    /// So that writing to a closed pipe fails with `EPIPE` instead of killing the process.
    package static func ignoreBrokenPipe() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Whether `fd` is a terminal.
    package static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }
}

/// Reads a `--command-config` style properties file into tool arguments (Java properties syntax).
/// A missing or unreadable file is Kafka's `NoSuchFileException`-style failure.
package func loadToolProperties(path: String) throws(ToolError) -> KeyValueArguments {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw .failure("\(path) (No such file or directory)")
    }
    let properties: JavaProperties
    do {
        properties = try JavaProperties.parse(bytes: Array(data))
    } catch {
        throw .failure("\(path): \(error)")
    }
    var result = KeyValueArguments()
    for entry in properties.entries { result[entry.key] = entry.value }
    return result
}

/// The client settings of a tool: its properties with `--bootstrap-server` on top (the command
/// line wins, as in Kafka's tools).
package func toolClientConfig(bootstrapServer: String, properties: KeyValueArguments, clientId: String)
    throws(ToolError) -> ClientConfig
{
    var merged = properties.dictionary
    merged["bootstrap.servers"] = bootstrapServer
    if merged["client.id"] == nil { merged["client.id"] = clientId }
    do {
        return try ClientConfig(properties: merged)
    } catch {
        throw .failure(error.message)
    }
}
