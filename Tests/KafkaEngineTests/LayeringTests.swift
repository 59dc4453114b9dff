import Foundation
import Testing

/// The layers of ARCHITECTURE.md, enforced: a folder of the engine may use only the types of the
/// folders its row names (the compiler cannot see folders inside one module, so this test does,
/// as Kafka's import-control files do). Only Network opens sockets.
@Suite struct LayeringTests {
    /// Folder → the folders it may use (besides itself). Think hard before widening a row.
    static let allowed: [String: Set<String>] = [
        "Support": [],
        "Protocol": ["Support"],
        "Config": ["Protocol", "Support"],
        "Storage": ["Protocol", "Config", "Support"],
        "Network": ["Protocol", "Support"],
        "Raft": ["Storage", "Protocol", "Config", "Support"],
        "Metadata": ["Raft", "Storage", "Protocol", "Config", "Support"],
        "Controller": ["Metadata", "Raft", "Storage", "Protocol", "Config", "Support"],
        "Replication": ["Storage", "Metadata", "Protocol", "Config", "Support"],
        "Coordinator": ["Replication", "Metadata", "Storage", "Protocol", "Config", "Support"],
        "Handlers": [
            "Coordinator", "Replication", "Controller", "Metadata", "Raft", "Storage", "Network", "Protocol", "Config",
            "Support",
        ],
        "Server": [
            "Handlers", "Coordinator", "Replication", "Controller", "Metadata", "Raft", "Storage", "Network", "Protocol",
            "Config", "Support",
        ],
        "Client": ["Network", "Protocol", "Config", "Support"],
        "Tools": ["Client", "Storage", "Protocol", "Config", "Support", "Server"],
    ]

    /// Modules a folder may import; sockets (NIOPosix) only in Network and Server.
    static let sharedImports: Set<String> = [
        "NIOCore", "CCRC32C", "CCompression", "Foundation", "FoundationEssentials", "Glibc", "Synchronization",
        "Logging", "Metrics", "SystemPackage", "DequeModule", "Dispatch",
    ]
    static let extraImports: [String: Set<String>] = [
        "Network": ["NIOPosix"], "Server": ["NIOPosix", "ServiceLifecycle", "UnixSignals"], "Client": [],
    ]

    static let engineRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/KafkaEngine")

    struct SourceFile {
        var folder: String
        var path: String
        var text: String
    }

    static func sources() throws -> [SourceFile] {
        var files: [SourceFile] = []
        let e = FileManager.default.enumerator(atPath: engineRoot.path)
        while let rel = e?.nextObject() as? String {
            guard rel.hasSuffix(".swift") else { continue }
            let folder = String(rel.split(separator: "/").first ?? "")
            let text = try String(contentsOf: engineRoot.appendingPathComponent(rel), encoding: .utf8)
            files.append(SourceFile(folder: folder, path: rel, text: text))
        }
        return files
    }

    /// Code without comments and string literals, so prose does not count as a use.
    static func code(_ text: String) -> String {
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var l = String(line)
            if let r = l.range(of: "//") { l = String(l[..<r.lowerBound]) }
            // Drop string literal contents (no multi-line strings in the engine).
            var result = ""
            var inString = false
            var previous: Character = " "
            for c in l {
                if c == "\"" && previous != "\\" { inString.toggle(); continue }
                if !inString { result.append(c) }
                previous = c
            }
            out += result + "\n"
        }
        return out
    }

    static let declaration = try! NSRegularExpression(
        pattern: #"^(?:@\w+\s+)*(?:package\s+|internal\s+|fileprivate\s+|private\s+)?(?:final\s+)?(?:struct|class|enum|protocol|actor|typealias)\s+([A-Z]\w*)"#,
        options: [.anchorsMatchLines])
    static let identifier = try! NSRegularExpression(pattern: #"\b[A-Z]\w*\b"#)
    static let importLine = try! NSRegularExpression(
        pattern: #"^(?:@\w+\s+)*(?:package\s+|internal\s+|public\s+)?import\s+(?:struct\s+|enum\s+|class\s+)?(\w+)"#,
        options: [.anchorsMatchLines])

    static func matches(_ regex: NSRegularExpression, in text: String) -> [String] {
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map {
            ns.substring(with: $0.range(at: $0.numberOfRanges > 1 ? 1 : 0))
        }
    }

    @Test func everyFolderIsALayer() throws {
        for file in try Self.sources() {
            #expect(Self.allowed[file.folder] != nil, "\(file.path) is outside the layers of ARCHITECTURE.md")
        }
    }

    @Test func foldersUseOnlyTheLayersTheirRowAllows() throws {
        let files = try Self.sources()
        // Top-level type names → the folder that declares them (nested types are reached through these).
        var owner: [String: String] = [:]
        for file in files {
            for name in Self.matches(Self.declaration, in: Self.code(file.text)) where owner[name] == nil {
                owner[name] = file.folder
            }
        }
        var violations: [String] = []
        for file in files {
            let allowed = Self.allowed[file.folder, default: []]
            let used = Set(Self.matches(Self.identifier, in: Self.code(file.text)))
            for name in used.sorted() {
                guard let home = owner[name], home != file.folder, !allowed.contains(home) else { continue }
                violations.append("\(file.path) uses \(name) from \(home)")
            }
        }
        #expect(violations.isEmpty, "layering violations:\n\(violations.joined(separator: "\n"))")
    }

    @Test func onlyNetworkAndServerImportSockets() throws {
        var violations: [String] = []
        for file in try Self.sources() {
            let allowed = Self.sharedImports.union(Self.extraImports[file.folder] ?? [])
            for module in Self.matches(Self.importLine, in: file.text) where !allowed.contains(module) {
                violations.append("\(file.path) imports \(module)")
            }
        }
        #expect(violations.isEmpty, "\(violations)")
    }

    @Test func theCheckCatchesAViolation() throws {
        // The checker itself must be able to fail: a Protocol file naming a Storage type.
        let text = Self.code("let log: LogSegment // a comment naming Handlers\nlet s = \"Server\"")
        let used = Set(Self.matches(Self.identifier, in: text))
        #expect(used == ["LogSegment"])
        let declared = Self.matches(Self.declaration, in: "package final class LogSegment {\n  struct Inner {}")
        #expect(declared == ["LogSegment"])  // nested types belong to their outer type
    }
}
