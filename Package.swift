// swift-tools-version: 6.1
//
// swkafka: a Kafka broker and the kafka-*.sh tools in one Swift binary.
// One executable (`swkafka`, the command-line layer) and one engine module (`KafkaEngine`,
// everything else; its folders are the layers of ARCHITECTURE.md, checked by LayeringTests).

import Foundation
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let argumentParser: Target.Dependency = .product(name: "ArgumentParser", package: "swift-argument-parser")
let nioCore: Target.Dependency = .product(name: "NIOCore", package: "swift-nio")
let nioPosix: Target.Dependency = .product(name: "NIOPosix", package: "swift-nio")
let logging: Target.Dependency = .product(name: "Logging", package: "swift-log")
let serviceLifecycle: Target.Dependency = .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")

// Fuzzing (`bin/fuzz`) instruments the engine and builds the libFuzzer drivers; ordinary builds
// carry no unsafe flags and never see the fuzz targets.
let fuzzing = ProcessInfo.processInfo.environment["SWKAFKA_FUZZ"] != nil
let engineFuzzSettings: [SwiftSetting] = fuzzing ? [.unsafeFlags(["-sanitize=fuzzer"])] : []

var targets: [Target] = [
    .executableTarget(
        name: "swkafka",
        dependencies: ["KafkaEngine", "CReadline", argumentParser],
        swiftSettings: swiftSettings
    ),
    .target(
        name: "KafkaEngine",
        dependencies: ["CCRC32C", "CCompression", nioCore, nioPosix, logging, serviceLifecycle],
        swiftSettings: swiftSettings + engineFuzzSettings
    ),
    .target(name: "CCRC32C", cSettings: [.unsafeFlags(["-O3"])]),
    // GNU readline for the console producer on a terminal; only the command line imports it. No
    // pkgConfig: readline.pc only adds -D flags that SwiftPM refuses (a warning on every build),
    // and the headers are in the default include path.
    .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
    .target(
        name: "CCompression",
        linkerSettings: [
            .linkedLibrary("z"), .linkedLibrary("lz4"), .linkedLibrary("zstd"), .linkedLibrary("snappy"),
        ]
    ),
    .testTarget(
        name: "KafkaEngineTests",
        dependencies: [
            "KafkaEngine", nioCore, nioPosix, .product(name: "NIOEmbedded", package: "swift-nio"),
            .product(name: "NIOTestUtils", package: "swift-nio"),
        ],
        resources: [.copy("Fixtures")],
        swiftSettings: swiftSettings
    ),
    // The built `swkafka` binary, run as a user runs it (exit statuses, stdout and stderr).
    // Foundation only; `swift test` builds the binary first.
    .testTarget(name: "CLITests", swiftSettings: swiftSettings),
    // The protocol generator and its staleness check. Foundation only, so it does not wait for the
    // engine to build. `bin/regenerate` runs the same generator.
    .testTarget(
        name: "CodegenTests",
        exclude: ["RegenerateMain"],
        swiftSettings: swiftSettings
    ),
]

if fuzzing {
    for name in ["FuzzRequestDecoder", "FuzzRecordBatch"] {
        targets.append(
            .executableTarget(
                name: name,
                dependencies: ["KafkaEngine", nioCore],
                path: "Tests/Fuzz/\(name)",
                swiftSettings: swiftSettings + [.unsafeFlags(["-sanitize=fuzzer,address"])],
                linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])]
            )
        )
    }
}

// Micro-benchmarks (`bin/bench`): release-built, only when asked for.
if ProcessInfo.processInfo.environment["SWKAFKA_BENCHMARKS"] != nil {
    targets.append(
        .executableTarget(
            name: "swkafka-bench",
            dependencies: ["KafkaEngine", nioCore],
            path: "benchmarks/Sources/swkafka-bench",
            swiftSettings: swiftSettings
        )
    )
}

let package = Package(
    name: "swkafka",
    platforms: [.macOS(.v15)],
    products: [.executable(name: "swkafka", targets: ["swkafka"])],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: targets
)
