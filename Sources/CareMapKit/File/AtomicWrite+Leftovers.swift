import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removing the temporary files a killed save leaves behind (`kill -9`, a power cut between
/// writing and renaming), so half-written copies of a sensitive map do not pile up beside it.
///
/// A temporary file is ours to remove only when every one of these holds, so a save running in
/// another process at the same moment is never disturbed:
/// - its name is exactly `.NAME.HEX.tmp` for the file being saved;
/// - it is a regular file owned by this user;
/// - it was last written more than ``leftoverAge`` seconds ago;
/// - its `flock` is free: a live writer holds it from creation until after its rename, and the
///   kernel drops it when the writer dies, however it dies.
extension AtomicWrite {
    static let temporarySuffix = ".tmp"
    /// Seconds since its last write before a temporary file can be a leftover. A writer locks
    /// its file a few instructions after creating it; this covers that gap many times over.
    static let leftoverAge = 60

    static func temporaryPrefix(of name: String) -> String { "." + name + "." }

    /// Whether `candidate` is a temporary name made for `name` (see `createTemporary`).
    static func isTemporaryName(_ candidate: String, of name: String) -> Bool {
        let prefix = temporaryPrefix(of: name)
        guard candidate.hasPrefix(prefix), candidate.hasSuffix(temporarySuffix) else { return false }
        let middle = candidate.dropFirst(prefix.count).dropLast(temporarySuffix.count)
        return (1...8).contains(middle.count) && middle.allSatisfy(\.isHexDigit)
    }

    /// Removes the leftovers of earlier saves of `name` in `folder`; returns how many went.
    /// Never fails: a leftover that cannot be removed only costs disk space.
    ///
    /// - Complexity: O(*n*) in the entries of `folder`.
    @discardableResult
    static func removeLeftovers(in folder: String, of name: String, now: time_t = time(nil)) -> Int {
        guard let directory = opendir(folder) else { return 0 }
        defer { closedir(directory) }
        var removed = 0
        while let entry = readdir(directory) {
            let candidate = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard isTemporaryName(candidate, of: name) else { continue }
            if removeIfLeftover(folder + "/" + candidate, now: now) { removed += 1 }
        }
        return removed
    }

    private static func removeIfLeftover(_ path: String, now: time_t) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_uid == geteuid(),
              now - info.st_mtim.tv_sec > leftoverAge,
              flock(descriptor, LOCK_EX | LOCK_NB) == 0
        else { return false }
        var named = stat()
        guard lstat(path, &named) == 0, named.st_ino == info.st_ino, named.st_dev == info.st_dev else { return false }
        return unlink(path) == 0
    }
}
