import Foundation

/// A program running on the slave side of a pseudo-terminal that this test opened itself, with
/// every byte the program writes to its terminal recorded from the master side.
///
/// tmux, which the other editor tests use, interprets what the program writes and shows only the
/// resulting screen; a hostile byte it swallowed would never be seen. Here nothing stands between
/// the program and the record, so a test can assert on the exact bytes a real terminal would get.
final class PseudoTerminal {
    enum Failure: Error, CustomStringConvertible {
        case system(String, Int32)
        case stillRunning(seconds: Double)

        var description: String {
            switch self {
            case .system(let call, let code): "\(call) failed: \(String(cString: strerror(code)))"
            case .stillRunning(let seconds): "the program was still running after \(seconds) seconds"
            }
        }
    }

    /// A class so that `deinit` can end the program and close the terminal however the test ends.
    private let master: Int32
    private let pid: pid_t
    private var exitStatus: Int32?
    /// Every byte written to the terminal so far.
    private(set) var output: [UInt8] = []

    /// Starts `executable` with `arguments` in `directory` on a new `width`×`height` terminal, in a
    /// session of its own with that terminal as its controlling terminal, and with only the
    /// variables in `environment` (so the test repeats whatever the caller's shell sets).
    init(_ executable: URL, _ arguments: [String], width: Int, height: Int, in directory: URL, environment: [String: String]) throws {
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard master >= 0 else { throw Failure.system("open(/dev/ptmx)", errno) }
        var name = [CChar](repeating: 0, count: 128)
        guard let grant = Self.libc("grantpt", as: PtyCall.self), let unlock = Self.libc("unlockpt", as: PtyCall.self),
              let pathOf = Self.libc("ptsname_r", as: PtyName.self),
              grant(master) == 0, unlock(master) == 0, pathOf(master, &name, name.count) == 0 else {
            let code = errno
            close(master)
            throw Failure.system("grantpt/unlockpt/ptsname_r", code)
        }
        let slavePath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        guard ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else {
            let code = errno
            close(master)
            throw Failure.system("ioctl(TIOCSWINSZ)", code)
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, master)
        // `setsid -c` puts the program in a session of its own with this terminal as its controlling
        // terminal, as a login does (Swift's Glibc does not import POSIX_SPAWN_SETSID); `-w` waits
        // for it should setsid have to fork. `env -C` changes folder, as in ``Caremap/run(_:_:in:input:)``.
        let command = ["/usr/bin/setsid", "-c", "-w", "/usr/bin/env", "-C", directory.path, executable.path]
        let variables = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        do {
            pid = try Caremap.spawnCleanly(command + arguments, actions: &actions, environment: variables)
        } catch {
            close(master)
            throw Failure.system("posix_spawn", (error as? POSIXError)?.code.rawValue ?? EIO)
        }
    }

    private typealias PtyCall = @convention(c) (Int32) -> Int32
    private typealias PtyName = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32

    /// A C library function looked up by name: glibc declares `grantpt`, `unlockpt` and
    /// `ptsname_r` only under `_XOPEN_SOURCE`/`_GNU_SOURCE`, which Swift's Glibc module leaves out.
    private static func libc<Function>(_ name: String, as type: Function.Type) -> Function? {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), name) else { return nil }
        return unsafeBitCast(symbol, to: type)
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        }
        close(master)
    }

    /// Sends bytes as if typed at the terminal.
    func send(_ text: String) {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let written = bytes[sent...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            sent += written
        }
    }

    /// Records what the program writes for `seconds`, or less once the program has closed the terminal.
    func read(for seconds: Double) {
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while Date() < deadline {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(max(1, deadline.timeIntervalSinceNow * 1000)))
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { return }
            let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            // EIO: every descriptor of the slave side is closed, the program has gone.
            guard count > 0 else { return }
            output += buffer[..<count]
        }
    }

    /// Records output until it holds `needle` or `seconds` pass; whether it came.
    @discardableResult
    func read(until needle: String, timeout seconds: Double) -> Bool {
        let bytes = Array(needle.utf8)
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if output.count >= bytes.count, output.indices.dropLast(bytes.count - 1).contains(where: { output[$0..<($0 + bytes.count)].elementsEqual(bytes) }) {
                return true
            }
            read(for: 0.1)
        }
        return false
    }

    /// Whether this machine can give a test a pseudo-terminal with a session of its own.
    static var isAvailable: Bool {
        FileManager.default.isWritableFile(atPath: "/dev/ptmx") && FileManager.default.isExecutableFile(atPath: "/usr/bin/setsid")
    }

    /// Records output until the program exits, and returns its exit status (128 + signal when killed).
    func waitForExit(timeout: Double = 20) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            read(for: 0.1)
            var status: Int32 = 0
            let ended = waitpid(pid, &status, WNOHANG)
            if ended == pid {
                read(for: 0.2)
                let exited = status & 0x7F == 0
                let code = exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
                exitStatus = code
                return code
            }
        }
        throw Failure.stillRunning(seconds: timeout)
    }
}
