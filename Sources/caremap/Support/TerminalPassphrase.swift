import Glibc

/// Asks for a passphrase on the terminal, without echo: from `/dev/tty`, never from an argument,
/// the environment or standard input, so it cannot end up in shell history, `ps` or a pipe.
enum TerminalPassphrase {
    /// The line typed after `prompt`, or `nil` when there is no terminal or input ends first.
    static func ask(_ prompt: String) -> String? {
        let terminal = open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY)
        guard terminal >= 0 else { return nil }
        defer { close(terminal) }
        var saved = termios()
        guard tcgetattr(terminal, &saved) == 0 else { return nil }
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        silent.c_lflag |= tcflag_t(ICANON | ECHONL)
        write(terminal, prompt)
        interrupted = (terminal, saved)
        let stops = [SIGINT, SIGTERM, SIGHUP, SIGQUIT].map { ($0, signal($0, restoreAndStop)) }
        defer {
            tcsetattr(terminal, TCSAFLUSH, &saved)
            for (number, handler) in stops { signal(number, handler) }
            interrupted = nil
        }
        guard tcsetattr(terminal, TCSAFLUSH, &silent) == 0 else { return nil }
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = Glibc.read(terminal, &byte, 1)
            if count < 0, errno == EINTR { continue }
            if count <= 0 { return nil }
            if byte == UInt8(ascii: "\n") { break }
            line.append(byte)
        }
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        return String(decoding: line, as: UTF8.self)
    }

    /// A new passphrase, typed twice; `nil` and a reason on standard error when there is no
    /// terminal, it is empty, or the two differ.
    static func choose(for path: String) -> String? {
        guard let first = ask("Passphrase for '\(path)': ") else {
            StandardError.write("caremap: cannot ask for a passphrase: no terminal")
            return nil
        }
        guard !first.isEmpty else {
            StandardError.write("caremap: an empty passphrase protects nothing; nothing was written")
            return nil
        }
        guard ask("The same passphrase again: ") == first else {
            StandardError.write("caremap: the passphrases differ; nothing was written")
            return nil
        }
        return first
    }

    /// The terminal and its settings while echo is off, for ``restoreAndStop``.
    nonisolated(unsafe) private static var interrupted: (descriptor: Int32, settings: termios)?

    /// Ctrl-C (or another stop) at the prompt: echo back on, then the signal's default action,
    /// so the shell is not left typing blind. `tcsetattr` is safe in a signal handler (POSIX).
    private static let restoreAndStop: @convention(c) (Int32) -> Void = { number in
        if var (descriptor, settings) = TerminalPassphrase.interrupted { tcsetattr(descriptor, TCSANOW, &settings) }
        signal(number, SIG_DFL)
        raise(number)
    }

    private static func write(_ terminal: Int32, _ text: String) {
        _ = Array(text.utf8).withUnsafeBytes { Glibc.write(terminal, $0.baseAddress, $0.count) }
    }
}
