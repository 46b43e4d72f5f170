#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The editor holding a map's lock, as its lock file records it: which process, on which
/// machine, since when. Enough for a second editor to say who has the map open, and to tell a
/// lock left by a process that died from one still in use, even when the system has since given
/// its process id to another program (the kernel's start time of the process tells them apart).
public struct LockOwner: Hashable, Sendable, CustomStringConvertible {
    public var pid: Int32
    public var host: String
    /// Seconds since 1970, UTC.
    public var started: Int64
    /// When the process started, in clock ticks after the machine booted: field 22 of
    /// `/proc/PID/stat` (proc(5)). Nil in a lock written before caremap recorded it, or where
    /// there is no `/proc`.
    public var processStart: UInt64?

    public init(pid: Int32, host: String, started: Int64, processStart: UInt64? = nil) {
        self.pid = pid
        self.host = host
        self.started = started
        self.processStart = processStart
    }

    /// This process, now.
    public static var current: LockOwner {
        let pid = getpid()
        return LockOwner(pid: pid, host: hostName, started: Int64(time(nil)), processStart: ProcessStatus(pid)?.start)
    }

    static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The lock file's text: a first line naming the format, then one `key value` per line.
    public var fileText: String {
        "caremap lock\npid \(pid)\nhost \(host)\nstarted \(started)\n" + (processStart.map { "process-start \($0)\n" } ?? "")
    }

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
        self.init(pid: pid, host: String(host), started: started, processStart: fields["process-start"].flatMap { UInt64($0) })
    }

    /// Whether this owner certainly no longer runs: it was on this machine and its process is
    /// gone (`kill(pid, 0)` fails with `ESRCH`), has ended and waits only to be reaped (a
    /// zombie, which holds no files), or is another process that was given the same id later
    /// (its start time differs from the one the lock recorded). An owner on another machine may
    /// still be running, so its lock is never taken over.
    public var isGone: Bool {
        guard host == LockOwner.hostName else { return false }
        if kill(pid, 0) != 0 { return errno == ESRCH }
        guard let status = ProcessStatus(pid) else { return false }
        if status.isZombie { return true }
        if let processStart, let start = status.start { return start != processStart }
        return false
    }

    /// "process 1234 on tablet since 2026-11-25 11:02 UTC"; a start outside the years 1970 to
    /// 9999 (a damaged or forged lock) is not shown as a date.
    public var description: String {
        guard (0...253_402_300_799).contains(started) else { return "process \(pid) on \(host), started at an unknown time" }
        var seconds = time_t(started)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let date = "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) \(two(parts.tm_hour)):\(two(parts.tm_min))"
        return "process \(pid) on \(host) since \(date) UTC"
    }
}
