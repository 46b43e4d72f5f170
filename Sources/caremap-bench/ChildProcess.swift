import Foundation

/// Runs another program and waits for it, for the whole-process figures (`caremap show`, and
/// peak memory measured in a fresh process).
///
/// `posix_spawn` and `waitpid` rather than Foundation's `Process`, whose end-of-child
/// notification hangs when the child leaves a daemon holding its socket (see the CLI tests'
/// `Caremap.run`); output goes to a file so a full pipe can never block the child.
enum ChildProcess {
    struct Outcome {
        var status: Int32
        var output: String
    }

    /// Runs `executable` with `arguments`, standard output to `outputPath` (or `/dev/null`),
    /// standard error to `/dev/null`, and returns its exit status and what it printed.
    static func run(_ executable: String, _ arguments: [String], outputPath: String? = nil) throws -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = outputPath.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? ""
        return Outcome(status: status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F), output: output)
    }

    /// The path of this very executable, to run it again in a fresh process.
    static var currentExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
