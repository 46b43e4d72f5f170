import Foundation
import Glibc

/// Draws DOT with an installed Graphviz program (`neato -n` for the pictures, which keeps
/// caremap's own positions), for the SVG, PNG and PDF exports.
///
/// `dot` is run with `posix_spawn` and reads and writes temporary files (created 0600 in a
/// private folder and removed afterwards) rather than pipes: no deadlock when the drawing is
/// larger than a pipe holds, and no reliance on Foundation's `Process`, which can hang waiting
/// for a child on Linux (see `Tests/CaremapCLITests/Support/Caremap.swift`).
enum Graphviz {
    /// The drawing of `dot` in `format` (`svg`, `png`, `pdf`) by `engine` run with
    /// `arguments`, as the bytes it wrote.
    static func render(_ dot: String, to format: String, engine: String = "dot", arguments: [String] = []) throws(ExportFailure) -> [UInt8] {
        guard let executable = find(engine) else {
            throw ExportFailure(description: "Graphviz '\(engine)' is not installed, and \(format) export needs it; install the package 'graphviz' (Debian and Ubuntu: sudo apt install graphviz)")
        }
        var template = Array((NSTemporaryDirectory() + "/caremap-dot-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw ExportFailure(description: "cannot make a temporary folder for Graphviz: \(String(cString: strerror(errno)))")
        }
        let folder = String(cString: made)
        let input = folder + "/map.dot", output = folder + "/map." + format, errors = folder + "/errors"
        defer {
            for path in [input, output, errors] { unlink(path) }
            rmdir(folder)
        }
        guard FileManager.default.createFile(atPath: input, contents: Data(dot.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw ExportFailure(description: "cannot write a temporary file for Graphviz in \(folder)")
        }
        let status = run(executable, arguments + ["-T" + format, "-o", output, input], errors: errors)
        guard status == 0, let bytes = FileManager.default.contents(atPath: output) else {
            let message = (FileManager.default.contents(atPath: errors).map { String(decoding: $0, as: UTF8.self) } ?? "")
                .split(separator: "\n").first.map(String.init) ?? "exit status \(status)"
            throw ExportFailure(description: "Graphviz '\(engine)' could not draw the map: \(message)")
        }
        return Array(bytes)
    }

    /// The first executable called `name` in `PATH`.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { $0 + "/" + name }.first { access($0, X_OK) == 0 }
    }

    /// Runs `executable` with no input, its output discarded and its errors in `errors`; the exit
    /// status, or -1 when it could not start or was killed.
    private static func run(_ executable: String, _ arguments: [String], errors: String) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : -1
    }
}
