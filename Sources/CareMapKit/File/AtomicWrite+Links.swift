import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Saving through a symbolic link. A map is often a link into a synced or shared folder; renaming
/// a new version over the link would replace the link with a plain file, so the real map never
/// got the edit, and `NAME~` would be a second link. Instead the link is followed to the file it
/// names, and that file is replaced atomically beside itself, as careful editors do (Vim's and
/// Emacs's "backup by renaming" follow links the same way); the link stays as it was.
extension AtomicWrite {
    /// The path `path` names once every symbolic link along the last component is followed; a
    /// link to a file that does not exist yet gives that file's path, so the save creates it.
    /// Relative link targets are read from the link's own folder, as the kernel reads them.
    ///
    /// Throws `ELOOP` after 40 links, the kernel's own limit (`MAXSYMLINKS`), so a loop of links
    /// fails like any path the system cannot resolve instead of spinning.
    static func linkTarget(of path: String, shown: String) throws(FileError) -> String {
        var path = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return path }
            var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = buffer.withUnsafeMutableBytes { readlink(path, $0.baseAddress!.assumingMemoryBound(to: CChar.self), $0.count - 1) }
            guard count > 0 else { throw FileError(.write, shown, errno: errno) }
            let destination = String(decoding: buffer[..<count], as: UTF8.self)
            let folder = (path as NSString).deletingLastPathComponent
            path = destination.hasPrefix("/") || folder.isEmpty ? destination : folder + "/" + destination
        }
        throw FileError(.write, shown, errno: ELOOP)
    }
}
