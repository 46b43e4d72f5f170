import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lock an editor keeps beside the map it has open, `.NAME.lock`, so a second editor of the
/// same file opens it read-only instead of overwriting the first one's work.
///
/// The lock file is created with `O_EXCL` and mode 0600 and holds a ``LockOwner``. One left by
/// a process that died without removing it (`kill -9`, a crash, a power cut) is taken over when
/// its owner ran on this machine and is gone. Creating, taking over and removing a lock happen
/// while holding a `flock` on the folder, so two editors starting together never both win, and
/// nobody reads a lock file half-written.
///
/// A lock is advisory: it stops caremap editors, not other programs, which the editor's
/// changed-on-disk check covers.
public struct MapLock: Hashable, Sendable {
    /// The lock file.
    public let path: String
    /// Who holds it: this process.
    public let owner: LockOwner

    /// What trying to lock a map found.
    public enum Outcome: Hashable, Sendable {
        /// The map is ours to edit; `tookOverFrom` names the dead owner of a stale lock replaced.
        case acquired(MapLock, tookOverFrom: LockOwner?)
        /// Another editor, alive or on another machine, has the map open.
        case held(by: LockOwner, lockPath: String)
        /// No lock could be made (a read-only folder, say); the map can still be edited.
        case unavailable(FileError)
    }

    /// The lock file for the map at `mapPath`: `.NAME.lock` in the map's folder.
    public static func lockPath(for mapPath: String) -> String {
        let url = URL(fileURLWithPath: mapPath)
        let folder = (mapPath as NSString).deletingLastPathComponent
        let name = "." + url.lastPathComponent + ".lock"
        return folder.isEmpty ? name : folder + "/" + name
    }

    /// Locks the map at `mapPath` for `owner`, taking over a stale lock.
    public static func acquire(for mapPath: String, as owner: LockOwner = .current) -> Outcome {
        let path = lockPath(for: mapPath)
        return withFolderLocked(of: path) {
            var tookOverFrom: LockOwner?
            for _ in 0..<2 {
                let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
                if descriptor >= 0 {
                    let bytes = Array(owner.fileText.utf8)
                    let written = write(descriptor, bytes, bytes.count)
                    close(descriptor)
                    guard written == bytes.count else {
                        let failure = FileError(.write, path, errno: written < 0 ? errno : ENOSPC)
                        unlink(path)
                        return .unavailable(failure)
                    }
                    return .acquired(MapLock(path: path, owner: owner), tookOverFrom: tookOverFrom)
                }
                guard errno == EEXIST else { return .unavailable(FileError(.write, path, errno: errno)) }
                let existing = readOwner(at: path)
                if let existing, !existing.isGone { return .held(by: existing, lockPath: path) }
                tookOverFrom = existing
                unlink(path)
            }
            return .unavailable(FileError(.write, path, errno: EEXIST))
        }
    }

    /// Removes the lock file if it is still this lock: one another editor took over after
    /// deciding ours was stale is theirs now.
    public func release() {
        MapLock.withFolderLocked(of: path) {
            if MapLock.readOwner(at: path) == owner { unlink(path) }
        }
    }

    /// Who the lock file at `path` names; nil when it is missing, unreadable or not a lock file
    /// (a writer killed between creating and filling it), which counts as stale. Opened without
    /// following links and without blocking, and read only if it is a small regular file, so
    /// a link, a FIFO or a huge file planted under the lock's name can neither redirect nor
    /// stall the editor.
    static func readOwner(at path: String) -> LockOwner? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size < 4096 else { return nil }
        var bytes = [UInt8](repeating: 0, count: 4096)
        let count = read(descriptor, &bytes, bytes.count)
        guard count >= 0 else { return nil }
        return LockOwner(fileText: String(decoding: bytes[..<count], as: UTF8.self))
    }

    /// Runs `work` holding an exclusive `flock` on the folder of `path`. Where the folder cannot
    /// be locked (some network file systems) or another holder keeps it for over two seconds,
    /// `work` runs anyway: `O_EXCL` alone still keeps two editors from creating a lock at once.
    static func withFolderLocked<Result>(of path: String, _ work: () -> Result) -> Result {
        let folder = (path as NSString).deletingLastPathComponent
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if descriptor >= 0 { close(descriptor) } }
        if descriptor >= 0 {
            for _ in 0..<200 {
                if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { break }
                usleep(10_000)
            }
        }
        return work()
    }
}
