#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `/proc/PID/stat` (proc(5)) says about a process: whether it has ended, and when it
/// started. Read to judge a map lock: a process id names a lock's owner only until the system
/// gives that id to another process, which then has a different start time.
struct ProcessStatus: Hashable, Sendable {
    /// Whether the state is `Z` (a zombie waiting to be reaped) or `X` (dead).
    var isZombie: Bool
    /// Field 22, `starttime`: clock ticks after boot when the process started; nil if unreadable.
    var start: UInt64?

    /// The status of `pid`; nil where there is no such process or no `/proc`.
    ///
    /// The command name (field 2) is in parentheses and may hold any character, spaces and `)`
    /// included, so the fields are counted from after its last `)`: the state is field 3.
    init?(_ pid: Int32) {
        let descriptor = open("/proc/\(pid)/stat", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(descriptor, &buffer, buffer.count)
        guard count > 0, let parenthesis = buffer[..<count].lastIndex(of: UInt8(ascii: ")")) else { return nil }
        let fields = buffer[(parenthesis + 1)..<count].split(separator: UInt8(ascii: " "))
        guard let state = fields.first?.first else { return nil }
        isZombie = state == UInt8(ascii: "Z") || state == UInt8(ascii: "X")
        start = fields.count > 19 ? UInt64(String(decoding: fields[fields.startIndex + 19], as: UTF8.self)) : nil
    }
}
