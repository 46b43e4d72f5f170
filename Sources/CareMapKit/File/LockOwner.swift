#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The editor holding a map's lock, as its lock file records it: which process, on which
/// machine, since when. Enough for a second editor to say who has the map open, and to tell a
/// lock left by a process that died from one still in use.
public struct LockOwner: Hashable, Sendable, CustomStringConvertible {
    public var pid: Int32
    public var host: String
    /// Seconds since 1970, UTC.
    public var started: Int64

    public init(pid: Int32, host: String, started: Int64) {
        self.pid = pid
        self.host = host
        self.started = started
    }

    /// This process, now.
    public static var current: LockOwner {
        LockOwner(pid: getpid(), host: hostName, started: Int64(time(nil)))
    }

    static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The lock file's text: a first line naming the format, then one `key value` per line.
    public var fileText: String { "caremap lock\npid \(pid)\nhost \(host)\nstarted \(started)\n" }

    /// Reads a lock file's text; nil when it is not one (a writer killed half-way, say).
    public init?(fileText: String) {
        let lines = fileText.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "caremap lock" else { return nil }
        var fields: [Substring: Substring] = [:]
        for line in lines.dropFirst() where !line.isEmpty {
            guard let space = line.firstIndex(of: " ") else { return nil }
            fields[line[..<space]] = line[line.index(after: space)...]
        }
        guard let pid = fields["pid"].flatMap({ Int32($0) }), pid > 0, let host = fields["host"], !host.isEmpty,
              let started = fields["started"].flatMap({ Int64($0) })
        else { return nil }
        self.init(pid: pid, host: String(host), started: started)
    }

    /// Whether this owner certainly no longer runs: it was on this machine and its process is
    /// gone (`kill(pid, 0)` fails with `ESRCH`) or has ended and waits only to be reaped (a
    /// zombie, which holds no files). An owner on another machine may still be running, so its
    /// lock is never taken over.
    public var isGone: Bool {
        guard host == LockOwner.hostName else { return false }
        if kill(pid, 0) != 0 { return errno == ESRCH }
        return LockOwner.isZombie(pid)
    }

    /// Whether `/proc/PID/stat` gives the process state `Z` (zombie) or `X` (dead): the state
    /// is the first field after the command name, which is in parentheses and may hold any
    /// character, so it is found after the last `)`. False where there is no `/proc`.
    static func isZombie(_ pid: Int32) -> Bool {
        let descriptor = open("/proc/\(pid)/stat", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 1024)
        let count = read(descriptor, &buffer, buffer.count)
        guard count > 0, let parenthesis = buffer[..<count].lastIndex(of: UInt8(ascii: ")")), parenthesis + 2 < count else { return false }
        return buffer[parenthesis + 2] == UInt8(ascii: "Z") || buffer[parenthesis + 2] == UInt8(ascii: "X")
    }

    /// "process 1234 on tablet since 2026-11-25 11:02 UTC".
    public var description: String {
        var seconds = time_t(started)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let date = "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) \(two(parts.tm_hour)):\(two(parts.tm_min))"
        return "process \(pid) on \(host) since \(date) UTC"
    }
}
