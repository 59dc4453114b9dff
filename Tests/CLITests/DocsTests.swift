import Foundation
import Testing

/// The committed shell completions and man pages must be what the built binary generates;
/// `bin/regenerate-docs` rewrites them.
@Suite struct DocsTests {
    static let packageRoot = DumpLogCommandTests.packageRoot
    static let binDirectory = packageRoot.appendingPathComponent(".build/debug")
    /// swift-argument-parser's generate-manual tool, built by `bin/regenerate-docs`.
    static let generateManual = binDirectory.appendingPathComponent("generate-manual")
    static var generateManualBuilt: Bool { FileManager.default.isExecutableFile(atPath: generateManual.path) }
    /// Must match `bin/regenerate-docs`.
    static let manualDate = "2025-01-01"

    static func committed(_ path: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent(path), encoding: .utf8)
    }

    @Test(arguments: [
        ("bash", "completions/swkafka.bash"), ("zsh", "completions/_swkafka"), ("fish", "completions/swkafka.fish"),
    ])
    func completionsAreFresh(shell: String, path: String) throws {
        let generated = try DumpLogCommandTests.swkafka(["--generate-completion-script", shell])
        #expect(generated.status == 0)
        #expect(generated.out == (try Self.committed(path)), "\(path) is stale: run bin/regenerate-docs")
    }

    /// Every command path (`swkafka`, `swkafka dump-log`, `swkafka storage format`, ...) from the
    /// binary's own description of itself.
    static func commandPaths() throws -> [[String]] {
        let dump = try DumpLogCommandTests.swkafka(["--experimental-dump-help"])
        let json = try JSONSerialization.jsonObject(with: Data(dump.out.utf8)) as? [String: Any]
        var paths: [[String]] = []
        func walk(_ command: [String: Any], _ prefix: [String]) {
            guard let name = command["commandName"] as? String else { return }
            let path = prefix + [name]
            paths.append(path)
            for sub in command["subcommands"] as? [[String: Any]] ?? [] { walk(sub, path) }
        }
        if let command = json?["command"] as? [String: Any] { walk(command, []) }
        return paths
    }

    @Test func everyCommandHasAManPage() throws {
        let paths = try Self.commandPaths()
        #expect(paths.count > 5)
        let pages = Set(
            try FileManager.default.contentsOfDirectory(atPath: Self.packageRoot.appendingPathComponent("man").path))
        let expected = Set(paths.map { $0.joined(separator: "-") + ".1" })
        #expect(pages == expected, "man/ does not match the commands: run bin/regenerate-docs")
    }

    @Test(.enabled(if: DocsTests.generateManualBuilt, "generate-manual not built (bin/regenerate-docs builds it)"))
    func manPagesAreFresh() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("swkafka-man-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: out) }
        let process = Process()
        process.executableURL = Self.generateManual
        process.arguments = [
            Self.binDirectory.appendingPathComponent("swkafka").path, "--multi-page", "--date", Self.manualDate,
            "--output-directory", out.path,
        ]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        for file in try FileManager.default.contentsOfDirectory(atPath: out.path) where file.hasSuffix(".1") {
            let text = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            let name = String(file.dropLast(2)).replacingOccurrences(of: ".", with: "-") + ".1"
            #expect(
                Self.renamed(text) == (try? Self.committed("man/" + name)),
                "man/\(name) is stale: run bin/regenerate-docs")
        }
    }

    /// `bin/regenerate-docs`'s renaming: `swkafka.storage.format` becomes `swkafka-storage-format`
    /// in the `.Dt` and `.Xr` lines.
    static func renamed(_ page: String) -> String {
        page.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix(".Dt ") || line.hasPrefix(".Xr ") else { return String(line) }
            var words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            if words.count > 1, words[1].lowercased().hasPrefix("swkafka") {
                words[1] = words[1].replacingOccurrences(of: ".", with: "-")
            }
            return words.joined(separator: " ")
        }.joined(separator: "\n")
    }
}
