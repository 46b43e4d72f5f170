// swift-tools-version: 6.1
import PackageDescription

/// Layers, one direction: CareMapKit ← CareMapCanvas ← CareMapApp ← CareMapTerminal ← caremap.
/// Only CareMapTerminal imports ncurses; everything else builds and tests without a terminal.
let package = Package(
    name: "caremap",
    products: [
        .executable(name: "caremap", targets: ["caremap"]),
        .executable(name: "caremap-bench", targets: ["caremap-bench"]),
        .library(name: "CareMapKit", targets: ["CareMapKit"]),
        // For the fuzz targets in fuzz/, a package of their own that can only reach products.
        .library(name: "CareMapCanvas", targets: ["CareMapCanvas"]),
        .library(name: "CareMapApp", targets: ["CareMapApp"]),
        .library(name: "AgeFormat", targets: ["AgeFormat"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.6.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        // Tests only: making the zips the Network Canvas importer reads (caremap reads zips with
        // its own reader, `ZipReader`, which holds up against hostile archives).
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
    ],
    targets: [
        // The age encryption format (C2SP age v1), written by hand over swift-crypto's primitives.
        .target(
            name: "AgeFormat",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ]
        ),
        // The system's zlib, to inflate the files of a zip (Network Canvas exports).
        .systemLibrary(
            name: "CInflate",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Model, file format, validation, importers and exporters. Foundation; zlib to read
        // Network Canvas exports and protocols in memory; AgeFormat for encrypted maps.
        .target(
            name: "CareMapKit",
            dependencies: [
                "AgeFormat",
                "CInflate",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        // Layout and drawing into an in-memory character canvas. Pure.
        .target(name: "CareMapCanvas", dependencies: ["CareMapKit"]),
        // Editor state, keys, commands: a pure update function that returns effects.
        .target(name: "CareMapApp", dependencies: ["CareMapKit", "CareMapCanvas"]),
        // The system's wide-character ncurses, with a shim for what Swift cannot import.
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The only target that touches the terminal: copies canvases out, turns input into values.
        .target(name: "CareMapTerminal", dependencies: ["CNcurses", "CareMapCanvas", "CareMapApp"]),
        .executableTarget(
            name: "caremap",
            dependencies: [
                "AgeFormat", "CareMapKit", "CareMapCanvas", "CareMapApp", "CareMapTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Speed, measured: run with `swift run -c release caremap-bench`.
        .executableTarget(
            name: "caremap-bench",
            dependencies: [
                "CareMapKit", "CareMapCanvas", "CareMapApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The hostile-input corpus shared by the test targets (docs/safety.md); not shipped.
        .target(name: "HostileInput", dependencies: ["CareMapKit"], path: "Tests/HostileInput"),
        .testTarget(
            name: "CareMapKitTests",
            dependencies: [
                "AgeFormat", "CareMapKit", "HostileInput", .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "CareMapCanvasTests",
            dependencies: ["CareMapCanvas", "CareMapKit"],
            resources: [.copy("Snapshots")]
        ),
        .testTarget(
            name: "CareMapAppTests",
            dependencies: ["CareMapApp", "CareMapCanvas", "CareMapKit", "HostileInput"]
        ),
        // The terminal adapter's pure parts: key and mouse translation, colours, screen diffs.
        .testTarget(
            name: "CareMapTerminalTests",
            dependencies: ["CareMapTerminal", "CNcurses", "CareMapApp", "CareMapCanvas", "CareMapKit"]
        ),
        // Runs the built `caremap` binary: exit codes, output, and the editor under tmux.
        .testTarget(
            name: "CaremapCLITests",
            dependencies: ["AgeFormat", "CareMapKit", "CareMapCanvas", "HostileInput", "caremap"]
        ),
    ]
)
