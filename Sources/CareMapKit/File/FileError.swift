#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a map could not be read or written, worded for the person at the keyboard:
/// "cannot read 'amira.caremap': no such file".
public struct FileError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Action: String, Hashable, Sendable { case read, write }

    public var action: Action
    /// The path as the user gave it.
    public var path: String
    public var reason: String

    public init(_ action: Action, _ path: String, _ reason: String) {
        self.action = action
        self.path = path
        self.reason = reason
    }

    /// The error for a failed system call, from `errno`.
    init(_ action: Action, _ path: String, errno code: Int32) {
        self.init(action, path, FileError.reason(for: code, action: action))
    }

    /// The error for a path that is neither a folder nor a regular file, naming what it is.
    init(_ action: Action, _ path: String, notRegular mode: mode_t) {
        let kind = switch mode & S_IFMT {
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
        self.init(action, path, "it is \(kind); caremap \(action == .read ? "reads" : "writes") only regular files")
    }

    public var description: String { "cannot \(action.rawValue) '\(path)': \(reason)" }

    static func reason(for code: Int32, action: Action) -> String {
        switch code {
        case ENOENT: action == .read ? "no such file" : "no such folder"
        case EACCES, EPERM: "permission denied"
        case EISDIR: "it is a folder"
        case ENOTDIR: "a part of the path is not a folder"
        case ENOSPC: "no space left on the device"
        case EDQUOT: "disk quota exceeded"
        case EROFS: "the file system is read-only"
        case ENAMETOOLONG: "the name is too long"
        default: String(cString: strerror(code))
        }
    }
}
