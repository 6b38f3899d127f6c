// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tre",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tre", targets: ["tre"]),
        .library(name: "TreCore", targets: ["TreCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // libcmark from the system (Debian: libcmark-dev), found through pkg-config.
        .systemLibrary(
            name: "CMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // zlib from the system (Debian: zlib1g-dev): PDF engines pack page objects into
        // Flate-compressed object streams, which Tre reads to count the pages; and Tre's
        // own PNG encoder compresses the share images and report charts with it.
        .systemLibrary(
            name: "CZlibSystem",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // librsvg and cairo from the system (Debian: librsvg2-dev), found through pkg-config:
        // charts become PNG pictures in-process, without a program started per picture.
        .systemLibrary(
            name: "CRSVG",
            pkgConfig: "librsvg-2.0",
            providers: [.apt(["librsvg2-dev"])]
        ),
        // Tre's own Mustache renderer: templates compiled once into steps over typed values
        // (`MustacheValue`), no `Any` casts while rendering. No dependencies.
        .target(name: "TreMustache"),
        // The pipeline: load → check → assemble → render → write. No server code here, so
        // the core builds and tests without Hummingbird.
        .target(
            name: "TreCore",
            dependencies: [
                "CMark",
                "CZlibSystem",
                "CRSVG",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Yams", package: "Yams"),
                "TreMustache",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            plugins: ["EmbedThemePlugin"]
        ),
        // Build-time embedding of Templates/ (the default theme) into TreCore.
        .executableTarget(name: "tre-embed-theme", path: "Sources/tre-embed-theme"),
        .plugin(
            name: "EmbedThemePlugin",
            capability: .buildTool(),
            dependencies: ["tre-embed-theme"],
            path: "Sources/EmbedThemePlugin"
        ),
        // `tre serve`: preview server, file watching, live reload.
        .target(
            name: "TreServe",
            dependencies: [
                "TreCore",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        // `tre bench`: the synthetic national corpus, Hugo's layouts and the child processes
        // it times; kept out of the core, which stays free of processes and sockets.
        .target(name: "TreBench", dependencies: ["TreCore"]),
        .executableTarget(
            name: "tre",
            dependencies: [
                "TreCore",
                "TreServe",
                "TreBench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The Mustache specification (JSON files outside the repository) and the renderer's own cases.
        .testTarget(name: "TreMustacheTests", dependencies: ["TreMustache"]),
        // Fixture sites in strings, shared by the test targets.
        .target(name: "TreTestSupport", dependencies: ["TreCore"], path: "Tests/TreTestSupport"),
        // ZIPFoundation: tests put workbook parts together by hand, as other programs write them.
        .testTarget(name: "TreCoreTests", dependencies: [
            "TreCore", "TreMustache", "TreBench", "TreTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "TreBenchTests", dependencies: ["TreBench", "TreCore", "TreTestSupport"]),
        // Runs the real `tre` binary on fixture folders.
        .testTarget(name: "TreCLITests", dependencies: ["TreCore", "TreBench", "TreTestSupport", "tre"]),
        // `tre serve`: unit tests of its parts, the real binary over sockets, and a real browser.
        .testTarget(name: "TreServeTests", dependencies: ["TreServe", "TreCore", "TreTestSupport", "tre"]),
    ]
)
