// swift-tools-version: 6.1
import PackageDescription

/// libFuzzer targets for caremap, kept out of the main package: `-sanitize=fuzzer` links
/// libFuzzer's own `main`, which an ordinary build of the main package must not have.
/// Build and run them with `fuzz/run.sh [SECONDS]`.
///
/// Each target is one folder under `Sources/` holding one file that defines
/// `LLVMFuzzerTestOneInput`. To fuzz a new entry point, add that file and one line below naming
/// the target and the caremap modules it calls.
let targets: [(name: String, modules: [String])] = [
    ("fuzz-parser", ["CareMapKit"]),
    ("fuzz-command-line", ["CareMapKit", "CareMapApp"]),
    ("fuzz-show", ["CareMapKit", "CareMapCanvas"]),
    ("fuzz-report", ["CareMapKit", "CareMapCanvas"]),
    ("fuzz-csv-import", ["CareMapKit"]),
    ("fuzz-graphml-import", ["CareMapKit"]),
    ("fuzz-age-header", ["AgeFormat"]),
    ("fuzz-netcanvas-import", ["CareMapKit"]),
]

let package = Package(
    name: "caremap-fuzz",
    dependencies: [.package(name: "caremap", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "CareMapKit", package: "caremap")]),
    ] + targets.map { target in
        .executableTarget(
            name: target.name,
            dependencies: ["FuzzSupport"] + target.modules.map { .product(name: $0, package: "caremap") }
        )
    }
)
