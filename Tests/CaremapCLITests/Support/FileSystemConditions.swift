import Foundation

/// A tiny tmpfs mounted on a fresh folder, to fill up: the honest way to test saving onto a full
/// disk. Needs root with mounting allowed (CI runs as root); ``isPossible`` says whether it is.
///
/// A copy of the helper in `Tests/CareMapKitTests/Support/FileSystemConditions.swift`: test
/// targets share no code without a support module, which two small helpers do not justify.
final class ScratchMount {
    let folder: URL

    /// Whether this process may mount a tmpfs, found by trying once.
    static let isPossible: Bool = (try? ScratchMount(bytes: 16 * 1024)) != nil

    /// Mounts a tmpfs of `bytes` (rounded up to whole pages) on a fresh temporary folder.
    init(bytes: Int) throws {
        folder = try Caremap.temporaryFolder()
        guard mount("tmpfs", folder.path, "tmpfs", 0, "size=\(bytes),mode=0755") == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EPERM)
        }
    }

    var filler: URL { folder.appendingPathComponent("filler") }

    /// Fills the file system: writes a file until the disk says it is full.
    func fill() throws {
        let descriptor = open(filler.path, O_WRONLY | O_CREAT, 0o600)
        guard descriptor >= 0 else { throw POSIXError(.EIO) }
        defer { close(descriptor) }
        let block = [UInt8](repeating: 0, count: 4096)
        var chunk = block.count
        while chunk > 0 {
            if write(descriptor, block, chunk) < 0 { chunk /= 2 }
        }
    }

    deinit { umount2(folder.path, Int32(MNT_DETACH)) }
}

/// A folder made read-only even for root, who ignores permission bits: `chattr +i` marks it
/// immutable. For an ordinary user, mode 0500 does the same.
enum ReadOnlyFolder {
    /// Whether a folder can be made read-only here, found by trying once.
    static let isPossible: Bool = {
        guard let folder = try? Caremap.temporaryFolder() else { return false }
        defer { undo(folder) }
        guard make(folder) else { return false }
        return creat(folder.appendingPathComponent("probe").path, 0o600) < 0
    }()

    @discardableResult
    static func make(_ folder: URL) -> Bool {
        if getuid() != 0 { return chmod(folder.path, 0o500) == 0 }
        guard let chattr = Caremap.tool("chattr"), let run = try? Caremap.run(chattr, ["+i", folder.path]) else { return false }
        return run.status == 0
    }

    static func undo(_ folder: URL) {
        if getuid() != 0 {
            chmod(folder.path, 0o700)
        } else if let chattr = Caremap.tool("chattr") {
            _ = try? Caremap.run(chattr, ["-i", folder.path])
        }
    }
}
