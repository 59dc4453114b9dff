import Foundation

/// Compares and writes the generator's output against the files in the package.
enum GeneratedFiles {
    /// Paths (relative to `root`) whose contents differ from the generator's output, plus stale
    /// generated files that should not exist.
    static func differences(specDir: URL, root: URL) throws -> [String] {
        let expected = try ProtocolGenerator.generate(specDir: specDir)
        var diffs: [String] = []
        for (path, text) in expected.sorted(by: { $0.key < $1.key }) {
            let current = try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            if current != text { diffs.append(path) }
        }
        for path in existingGeneratedFiles(root: root) where expected[path] == nil {
            diffs.append(path + " (stale)")
        }
        return diffs
    }

    static func write(specDir: URL, root: URL) throws -> String {
        let expected = try ProtocolGenerator.generate(specDir: specDir)
        var written = 0
        for (path, text) in expected {
            let url = root.appendingPathComponent(path)
            if (try? String(contentsOf: url, encoding: .utf8)) == text { continue }
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            written += 1
        }
        var removed = 0
        for path in existingGeneratedFiles(root: root) where expected[path] == nil {
            try FileManager.default.removeItem(at: root.appendingPathComponent(path))
            removed += 1
        }
        return "\(expected.count) generated files: \(written) written, \(removed) removed"
    }

    static func existingGeneratedFiles(root: URL) -> [String] {
        var result: [String] = []
        for dir in [ProtocolGenerator.sourcesDir, ProtocolGenerator.testsDir] {
            let base = root.appendingPathComponent(dir)
            guard let e = FileManager.default.enumerator(atPath: base.path) else { continue }
            for case let file as String in e where file.hasSuffix(".swift") {
                result.append("\(dir)/\(file)")
            }
        }
        return result
    }
}
