import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading and writing map files with POSIX calls, because Foundation's convenience writers
/// neither create files 0600 from the start, nor keep an existing file's mode, nor flush the
/// folder after the rename that makes a save durable.
extension CareMapFile {
    /// Reads and parses the file at `url`; an encrypted one is refused, since no key is given
    /// (see `CareMapFile+Encryption.swift`).
    public static func load(contentsOf url: URL) throws(FileError) -> ParseResult {
        try load(contentsOf: url, keys: MapKeys()).result
    }

    /// The bytes of the file at `url`, refusing anything but a regular file, and files over
    /// ``maximumFileSize``, before reading them.
    ///
    /// Opened with `O_NONBLOCK` and checked with `fstat` on the open descriptor: opening a FIFO
    /// without it waits for a writer that may never come, and reading a device or a FIFO may
    /// never end, so every command and the editor would hang on one named like a map.
    static func read(contentsOf url: URL) throws(FileError) -> [UInt8] {
        let shown = url.relativePath
        let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileError(.read, shown, errno: errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileError(.read, shown, errno: errno) }
        guard (info.st_mode & S_IFMT) != S_IFDIR else { throw FileError(.read, shown, errno: EISDIR) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw FileError(.read, shown, notRegular: info.st_mode) }
        guard Int(info.st_size) <= maximumFileSize else {
            throw FileError(.read, shown, "it is larger than 64 MiB, the most caremap reads")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(.read, shown, errno: errno)
            }
            if count == 0 { return bytes }
            bytes += buffer[..<count]
            if bytes.count > maximumFileSize {
                throw FileError(.read, shown, "it is larger than 64 MiB, the most caremap reads")
            }
        }
    }

    /// Saves `map` in canonical form at `url`, atomically, keeping the previous version as
    /// `NAME~`. A new file is readable by its owner only (0600); an existing one keeps its mode
    /// unless `privately` (a map made by an import, which replaces rather than edits a file) says
    /// 0600 whatever the old one had. Through a symbolic link, the file linked to is saved, the
    /// link is kept, and the backup is a real file beside that file. An `encryption` encrypts
    /// what is written (`CareMapFile+Encryption.swift`).
    public static func save(_ map: CareMap, to url: URL, privately: Bool = false, encryption: MapEncryption? = nil) throws(FileError) {
        try AtomicWrite.write(try sealed(Array(print(map).utf8), for: url, encryption), to: url, keepingBackup: true, mode: privately ? 0o600 : nil)
    }

    /// Writes `text` at `url` atomically, with the same modes as ``save(_:to:)`` and no backup:
    /// for exports.
    public static func write(_ text: String, to url: URL) throws(FileError) {
        try AtomicWrite.write(Array(text.utf8), to: url, keepingBackup: false)
    }

    /// Writes `text` at `url` atomically and readable by its owner only (0600), whatever mode an
    /// older file there had: for the editor's recovery file, which holds unsaved work nobody
    /// chose to share.
    public static func writePrivately(_ text: String, to url: URL) throws(FileError) {
        try writePrivately(Array(text.utf8), to: url, encryption: nil)
    }

    /// Writes `bytes` like ``write(_:to:)-(String,_)``: for binary exports (PNG).
    public static func write(_ bytes: [UInt8], to url: URL) throws(FileError) {
        try AtomicWrite.write(bytes, to: url, keepingBackup: false)
    }

    /// The bytes of the file at `url`, with the checks and size limit of ``load(contentsOf:)``:
    /// for importers.
    public static func contents(of url: URL) throws(FileError) -> [UInt8] {
        try read(contentsOf: url)
    }
}

/// Replaces a file so that a crash at any moment leaves either the old or the new version:
/// write a private temporary file in the same folder, flush it, give it the old mode, rename it
/// over the target, then flush the folder so the rename itself survives a power cut.
///
/// The temporary file is `flock`ed from creation until after the rename, so a later save can
/// tell one left by a killed writer (no lock, see `AtomicWrite+Leftovers.swift`) from one
/// another process is still writing.
enum AtomicWrite {
    /// Writes `bytes` at `url`, or at the file it links to (see `AtomicWrite+Links.swift`);
    /// `mode` forces the permission bits, otherwise an existing file keeps its own and a new one
    /// gets 0600.
    static func write(_ bytes: [UInt8], to url: URL, keepingBackup: Bool, mode: mode_t? = nil) throws(FileError) {
        let shown = url.relativePath
        let url = URL(fileURLWithPath: try linkTarget(of: url.path, shown: shown))
        let path = url.path
        let folder = url.deletingLastPathComponent().path
        var existing = stat()
        let exists = stat(path, &existing) == 0
        if exists, (existing.st_mode & S_IFMT) == S_IFDIR { throw FileError(.write, shown, errno: EISDIR) }
        // A rename over a device, a pipe or a socket would replace it with a plain file: as
        // root, `-o /dev/null` turned /dev/null into one.
        if exists, (existing.st_mode & S_IFMT) != S_IFREG { throw FileError(.write, shown, notRegular: existing.st_mode) }
        removeLeftovers(in: folder, of: url.lastPathComponent)

        let (temporary, descriptor) = try createTemporary(in: folder, for: url, shown: shown)
        var finished = false
        // Closing last releases the lock only once the temporary name is gone.
        defer {
            if !finished { unlink(temporary) }
            close(descriptor)
        }
        try writeAll(bytes, to: descriptor, shown: shown)
        let keptMode = mode ?? (exists ? existing.st_mode & 0o777 : nil)
        if let keptMode, fchmod(descriptor, keptMode) != 0 { throw FileError(.write, shown, errno: errno) }
        guard fsync(descriptor) == 0 else { throw FileError(.write, shown, errno: errno) }
        if exists, keepingBackup { keepBackup(of: path, mode: existing.st_mode & 0o777) }
        guard rename(temporary, path) == 0 else { throw FileError(.write, shown, errno: errno) }
        finished = true
        syncFolder(folder)
    }

    /// A new file beside the target, `.NAME.HEX.tmp`, created 0600 with `O_EXCL` so nothing
    /// else can have it open, and locked at once so no other save takes it for a leftover.
    private static func createTemporary(in folder: String, for url: URL, shown: String) throws(FileError) -> (String, Int32) {
        for _ in 0..<16 {
            let suffix = String(UInt32.random(in: 0...UInt32.max), radix: 16)
            let candidate = folder + "/" + temporaryPrefix(of: url.lastPathComponent) + suffix + temporarySuffix
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if descriptor >= 0 {
                flock(descriptor, LOCK_EX)
                return (candidate, descriptor)
            }
            if errno != EEXIST { throw FileError(.write, shown, errno: errno) }
        }
        throw FileError(.write, shown, errno: EEXIST)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, shown: String) throws(FileError) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(.write, shown, errno: errno)
            }
            offset += count
        }
    }

    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
