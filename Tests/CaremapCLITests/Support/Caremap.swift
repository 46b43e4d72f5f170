import Foundation

/// Runs the built `caremap` binary the way a person would, and external tools beside it.
enum Caremap {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, found from this file's path, so tests can reach `sample-maps/`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The sample maps shipped with caremap.
    static var samples: [URL] {
        let folder = packageRoot.appendingPathComponent("sample-maps")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".caremap") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// The `caremap` executable built beside the test bundle (same products folder).
    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("caremap")
    }

    /// Runs caremap with `arguments` in `directory`, feeding `input` on standard input; after
    /// `timeout`, when given, the run is killed and its status is 124, as `timeout(1)` reports it.
    static func run(_ arguments: [String], in directory: URL? = nil, input: Data? = nil, timeout: Duration? = nil) throws -> Output {
        try run(binary, arguments, in: directory, input: input, timeout: timeout)
    }

    /// Runs `executable` with `posix_spawn` and `waitpid` rather than Foundation's `Process`: on
    /// Linux, `Process` learns that a child ended from a socket the child inherits, and a daemon the
    /// child starts (the tmux server) inherits it too and keeps it open, so `waitUntilExit` never
    /// returns. Output goes to files, not pipes, for the same reason.
    static func run(_ executable: URL, _ arguments: [String], in directory: URL? = nil, input: Data? = nil, timeout: Duration? = nil) throws -> Output {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = ["stdin", "stdout", "stderr"].map { folder.appendingPathComponent($0).path }
        try (input ?? Data()).write(to: URL(fileURLWithPath: paths[0]))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, paths[0], O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, paths[1], O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, paths[2], O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // `env -C` changes folder in the child: Swift's Glibc does not import the spawn action for it,
        // and `chdir` in this process would move every test running beside this one.
        let command = directory.map { ["/usr/bin/env", "-C", $0.path, executable.path] } ?? [executable.path]
        let pid = try spawnCleanly(command + arguments, actions: &actions)
        let status = timeout.map { reap(pid, within: $0) } ?? reap(pid)
        return Output(
            status: status,
            stdout: String(decoding: try Data(contentsOf: URL(fileURLWithPath: paths[1])), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: paths[2])), as: UTF8.self)
        )
    }

    /// The path of an executable on PATH, or nil when it is not installed.
    static func tool(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// A fresh, empty folder for one test, removed with everything in it when the test process
    /// exits (see `TemporaryFolders.swift`), so test runs leave no maps in the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("caremap-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        TemporaryFolders.removeAtExit(url)
        return url
    }

    /// The permission bits of a file.
    static func mode(of url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}
