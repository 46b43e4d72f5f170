import Foundation
import Synchronization

/// Every tmux server a test started, checked when the test process exits: a server still
/// running then is a test that did not end its session, and the run fails naming its socket.
///
/// At exit because Swift Testing has no hook after the last test of a run; the check kills what
/// it finds, so even a failing run leaves nothing behind.
enum TmuxServers {
    private static let servers = Mutex<[pid_t: String]>([:])
    private static let checkInstalled = Atomic<Bool>(false)

    /// Records a server that a test started on `socket`.
    static func started(_ pid: pid_t, socket: String) {
        servers.withLock { $0[pid] = socket }
        if checkInstalled.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged {
            atexit { TmuxServers.failIfAnyRunning() }
        }
    }

    /// Whether the tmux server `pid`, started on `socket`, is running. Its command line names
    /// the socket (the server is a fork of the client that started it), so a recycled process
    /// id is never mistaken for it.
    static func isRunning(_ pid: pid_t, socket: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
        return String(decoding: data, as: UTF8.self).contains(socket)
    }

    /// Waits up to `timeout` seconds for the server to exit; whether it did.
    static func waitForExit(_ pid: pid_t, socket: String, timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while isRunning(pid, socket: socket) {
            guard Date() < deadline else { return false }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return true
    }

    /// Kills any recorded server still running and, if there was one, ends the test process
    /// with a failure status after saying which.
    private static func failIfAnyRunning() {
        let running = servers.withLock { $0 }.filter { isRunning($0.key, socket: $0.value) }.sorted { $0.key < $1.key }
        guard !running.isEmpty else { return }
        for (pid, _) in running { kill(pid, SIGKILL) }
        let list = running.map { "\($0.key) (-L \($0.value))" }.joined(separator: ", ")
        TemporaryFolders.removeAll()
        FileHandle.standardError.write(Data("error: tests left \(running.count) tmux server(s) running: \(list); each test must end its TmuxSession\n".utf8))
        _exit(1)
    }
}
