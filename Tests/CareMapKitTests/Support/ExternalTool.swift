import Foundation

/// A command-line tool found on `PATH`, for tests that check output with the real program (the
/// Graphviz layouts, for one) rather than with a guess at what it accepts.
///
/// Tests that need a tool skip visibly when it is missing:
/// `@Test(.enabled(if: ExternalTool.isInstalled("dot"), "graphviz 'dot' is not installed"))`.
struct ExternalTool: Sendable {
    /// What a finished run produced.
    struct Run: Sendable {
        var status: Int32
        var output: String
        var errors: String
    }

    enum Failure: Error, CustomStringConvertible {
        case timedOut(String, seconds: Double)

        var description: String {
            switch self {
            case .timedOut(let name, let seconds): "'\(name)' did not finish within \(seconds) seconds"
            }
        }
    }

    let name: String
    let url: URL

    /// The first executable called `name` in the directories of `PATH`; `nil` when there is none.
    init?(_ name: String, path: String? = ProcessInfo.processInfo.environment["PATH"]) {
        let directories = (path ?? "").split(separator: ":").map(String.init)
        let candidates = directories.map { URL(fileURLWithPath: $0).appendingPathComponent(name) }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            return nil
        }
        self.name = name
        self.url = found
    }

    static func isInstalled(_ name: String) -> Bool { ExternalTool(name) != nil }

    /// Runs the tool with `arguments`, `input` on standard input, and waits for it.
    ///
    /// Standard input, output and error go through temporary files rather than pipes, so a tool
    /// that writes more than a pipe holds before reading all its input cannot deadlock the test.
    /// A tool still running after `timeout` seconds is terminated and the run throws.
    func run(_ arguments: [String], input: String = "", timeout: Double = 60) throws -> Run {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("external-tool-" + UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let inputURL = directory.appendingPathComponent("stdin")
        let outputURL = directory.appendingPathComponent("stdout")
        let errorURL = directory.appendingPathComponent("stderr")
        try Data(input.utf8).write(to: inputURL)
        try Data().write(to: outputURL)
        try Data().write(to: errorURL)

        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.standardInput = try FileHandle(forReadingFrom: inputURL)
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            process.waitUntilExit()
            throw Failure.timedOut(name, seconds: timeout)
        }
        return Run(
            status: process.terminationStatus,
            output: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
            errors: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self)
        )
    }
}
