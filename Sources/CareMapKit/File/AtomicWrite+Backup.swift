import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `NAME~` backup a save keeps of the version it replaces.
extension AtomicWrite {
    /// Keeps the file at `path` as `NAME~`: by a hard link, so the backup costs no copy and has
    /// exactly the old bytes and mode; where the file system has no hard links (FAT and exFAT
    /// memory sticks, some network shares), by an atomic copy with the old `mode`. A backup that
    /// cannot be made never stops a save.
    ///
    /// `linking` is `link(2)`; tests pass one that fails as those file systems do.
    static func keepBackup(of path: String, mode: mode_t, linking: (String, String) -> Int32 = { link($0, $1) }) {
        let backup = path + "~"
        unlink(backup)
        guard linking(path, backup) != 0 else { return }
        guard let bytes = try? CareMapFile.read(contentsOf: URL(fileURLWithPath: path)) else { return }
        try? write(bytes, to: URL(fileURLWithPath: backup), keepingBackup: false, mode: mode)
    }
}
