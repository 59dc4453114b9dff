import Foundation

// bin/regenerate compiles this file with ../Generator/*.swift and runs it from the package root:
// it rewrites every generated file and removes generated files that no longer have a definition.
let specDir = URL(fileURLWithPath: ProcessInfo.processInfo.environment["KAFKA_SPEC_DIR"] ?? "../shared/kafka-spec")
do {
    let report = try GeneratedFiles.write(specDir: specDir, root: URL(fileURLWithPath: "."))
    print(report)
} catch {
    FileHandle.standardError.write(Data("regenerate: \(error)\n".utf8))
    exit(1)
}
