import Foundation

/// A program running in a detached tmux session, driven by keys and read back as screen text:
/// the closest a test gets to a person at a terminal.
///
/// Each session has a tmux server of its own, on its own socket (`-L caremap-test-…`), so tests
/// never touch a user's tmux and ending one session can end its server. A test ends its session
/// with ``end()`` in a `defer`; ``TmuxServers`` fails the run if any server outlives it.
final class TmuxSession {
    /// A class so that `deinit` can end the session however the test ends.
    let socket = "caremap-test-\(UUID().uuidString)"
    let name = "t"
    private let tmux: URL
    /// The tmux server's process id, for making sure it has gone.
    private var server: pid_t?
    /// The server's socket file, which tmux leaves behind when its server exits.
    private var socketPath: String?

    static var tmux: URL? { Caremap.tool("tmux") }

    /// Starts `arguments` (an executable and its arguments) in a `width`×`height` session in `directory`.
    init(_ arguments: [String], width: Int = 100, height: Int = 30, in directory: URL) throws {
        guard let tmux = TmuxSession.tmux else { throw CocoaError(.executableNotLoadable) }
        self.tmux = tmux
        let command = (["env", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "TERM=screen-256color"] + arguments)
            .map(TmuxSession.shellQuoted).joined(separator: " ")
        // One command sequence, so the pane is marked to remain before the server can see a
        // short-lived program (`export --to png` to a terminal) exit and close the session.
        try run([
            "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "-c", directory.path, command,
            ";", "set-option", "-t", name, "remain-on-exit", "on",
        ])
        let about = try run(["display-message", "-p", "#{pid} #{socket_path}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let fields = about.split(separator: " ", maxSplits: 1)
        let pid = fields.first.flatMap { pid_t($0) }
        server = pid
        socketPath = fields.count == 2 ? String(fields[1]) : nil
        if let pid { TmuxServers.started(pid, socket: socket) }
    }

    deinit { end() }

    /// Ends the session: asks the server to exit (the program gets SIGHUP, as when a terminal
    /// closes), waits for it to go, kills it if it will not, and removes its socket file. Safe
    /// to call more than once.
    func end() {
        guard let server else { return }
        self.server = nil
        _ = try? run(["kill-server"])
        if !TmuxServers.waitForExit(server, socket: socket, timeout: 5) {
            kill(server, SIGKILL)
            _ = TmuxServers.waitForExit(server, socket: socket, timeout: 2)
        }
        if let socketPath { unlink(socketPath) }
    }

    /// Sends tmux key names (`Enter`, `C-s`, `Up`, `Escape`) or plain words.
    func send(_ keys: String...) throws { try run(["send-keys", "-t", name] + keys) }

    /// Types text literally, character by character, including non-Latin scripts.
    func type(_ text: String) throws { try run(["send-keys", "-t", name, "-l", text]) }

    /// The visible screen, one line per row.
    func screen() throws -> String { try run(["capture-pane", "-p", "-t", name]) }

    /// Everything the pane has shown, its scrolled-off history first: for a program that
    /// prints and exits, whose first lines can scroll away while tmux is still sizing the pane.
    func transcript() throws -> String { try run(["capture-pane", "-p", "-S", "-", "-t", name]) }

    /// Closes the session's terminal, as a dropped SSH connection does: the program gets SIGHUP.
    func hangUp() throws { try run(["kill-session", "-t", name]) }

    /// The process id of the program in the session (`env` runs it in its own process).
    func pid() throws -> pid_t {
        let text = try run(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let pid = pid_t(text) else { throw CocoaError(.fileReadCorruptFile) }
        return pid
    }

    /// Whether the program has exited (the pane stays open, marked dead).
    func hasExited() throws -> Bool {
        try run(["display-message", "-p", "-t", name, "#{pane_dead}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Waits until the screen satisfies `condition`, polling; returns the last screen either way.
    @discardableResult
    func waitForScreen(timeout: TimeInterval = 10, _ condition: (String) -> Bool) throws -> (matched: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return (true, last) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return (false, last)
    }

    /// Waits until `text` is on the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> (matched: Bool, screen: String) {
        try waitForScreen(timeout: timeout) { $0.contains(text) }
    }

    /// Waits until the program has exited.
    func waitForExit(timeout: TimeInterval = 10) throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try hasExited() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let output = try Caremap.run(tmux, ["-u", "-L", socket] + arguments)
        return output.stdout
    }

    private static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
