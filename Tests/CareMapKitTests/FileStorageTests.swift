@testable import CareMapKit
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Saving: atomic, private by default, the old version kept as `NAME~`, and failures that leave
/// the old file intact and say why.
@Suite struct FileStorageTests {
    static let map = CareMap(title: "Amira's network", subject: "amira", nodes: [Node(id: "amira", kind: .person, name: "أميرة (Amira)")])

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("caremap-storage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func mode(_ url: URL) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func aNewFileIsReadableByItsOwnerOnly() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("new.caremap")
        try CareMapFile.save(Self.map, to: file)
        #expect(try Self.mode(file) == 0o600)
        #expect(try CareMapFile.load(contentsOf: file).map == Self.map)
    }

    @Test func theBackupOfANewFileAndANewExportAreReadableByTheirOwnerOnly() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("new.caremap")
        try CareMapFile.save(CareMap(title: "first"), to: file)
        try CareMapFile.save(Self.map, to: file)
        #expect(try Self.mode(folder.appendingPathComponent("new.caremap~")) == 0o600)
        let export = folder.appendingPathComponent("new.dot")
        try CareMapFile.write("digraph {}", to: export)
        #expect(try Self.mode(export) == 0o600)
    }

    @Test func anExistingFileKeepsItsModeAndItsOldVersionAsABackup() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("shared.caremap")
        let old = "caremap 1\n\nperson amira \"Amira\"\n"
        try Data(old.utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        try CareMapFile.save(Self.map, to: file)
        #expect(try Self.mode(file) == 0o640)
        #expect(try String(contentsOf: file, encoding: .utf8) == CareMapFile.print(Self.map))
        let backup = folder.appendingPathComponent("shared.caremap~")
        #expect(try String(contentsOf: backup, encoding: .utf8) == old)
        #expect(try Self.mode(backup) == 0o640)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func writeMakesNoBackup() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("map.dot")
        try CareMapFile.write("one", to: file)
        try CareMapFile.write("two", to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "two")
        #expect(!FileManager.default.fileExists(atPath: file.path + "~"))
    }

    @Test func savingIntoAMissingFolderSaysSo() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("gone/map.caremap")
        #expect(throws: FileError(.write, file.path, "no such folder")) { try CareMapFile.save(Self.map, to: file) }
    }

    @Test(.enabled(if: ReadOnlyFolder.isPossible, "no way to make a folder read-only here: as root it needs 'chattr +i' on a file system that supports it"))
    func aReadOnlyFolderLeavesTheOldFileIntact() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("map.caremap")
        let old = CareMapFile.print(CareMap(title: "old"))
        try Data(old.utf8).write(to: file)
        try #require(ReadOnlyFolder.make(folder))
        defer { ReadOnlyFolder.undo(folder) }
        #expect(throws: FileError(.write, file.path, "permission denied")) { try CareMapFile.save(Self.map, to: file) }
        #expect(try String(contentsOf: file, encoding: .utf8) == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["map.caremap"])
    }

    @Test(.enabled(if: ScratchMount.isPossible, "mounting a tmpfs is not permitted here (it needs root), so a full disk cannot be made"))
    func aFullDiskLeavesTheOldFileIntact() throws {
        let disk = try ScratchMount(bytes: 64 * 1024)
        let file = disk.folder.appendingPathComponent("map.caremap")
        let old = CareMapFile.print(CareMap(title: "old"))
        try Data(old.utf8).write(to: file)
        try disk.fill()
        let big = CareMap(title: "new", nodes: (0..<2000).map { Node(id: NodeID("n\($0)"), kind: .person, name: "Person \($0)") })
        #expect(throws: FileError(.write, file.path, "no space left on the device")) { try CareMapFile.save(big, to: file) }
        #expect(try String(contentsOf: file, encoding: .utf8) == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.folder.path).sorted() == ["filler", "map.caremap"])
    }

    @Test func aRecoveryFileIsPrivateEvenOverAnOpenerOne() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("map.caremap.recovery")
        try Data("old".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        try CareMapFile.writePrivately(CareMapFile.print(Self.map), to: file)
        #expect(try Self.mode(file) == 0o600)
        #expect(try CareMapFile.load(contentsOf: file).map == Self.map)
    }

    @Test func withoutHardLinksTheBackupIsACopyWithTheOldMode() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("stick.caremap")
        let old = "caremap 1\n\nperson amira \"Amira\"\n"
        try Data(old.utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        AtomicWrite.keepBackup(of: file.path, mode: 0o640) { _, _ in
            errno = EPERM
            return -1
        }
        let backup = folder.appendingPathComponent("stick.caremap~")
        #expect(try String(contentsOf: backup, encoding: .utf8) == old)
        #expect(try Self.mode(backup) == 0o640)
        var fileInfo = stat()
        var backupInfo = stat()
        #expect(stat(file.path, &fileInfo) == 0 && stat(backup.path, &backupInfo) == 0)
        #expect(fileInfo.st_ino != backupInfo.st_ino, "a copy, not a link")
    }

    @Test func leftoversOfKilledSavesAreRemovedAndLiveOnesKept() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("map.caremap")
        func temporary(_ name: String, ageSeconds: Double) throws -> String {
            let path = folder.appendingPathComponent(name).path
            try Data("half a map".utf8).write(to: URL(fileURLWithPath: path))
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-ageSeconds)], ofItemAtPath: path)
            return path
        }
        let stale = try temporary(".map.caremap.9f3a0c21.tmp", ageSeconds: 120)
        let young = try temporary(".map.caremap.1b.tmp", ageSeconds: 0)
        let locked = try temporary(".map.caremap.c0ffee.tmp", ageSeconds: 120)
        let recoveryLeftover = try temporary(".map.caremap.recovery.77.tmp", ageSeconds: 120)
        let notOurs = try temporary(".map.caremap.notahex.tmp", ageSeconds: 120)
        let writer = open(locked, O_RDONLY)
        defer { close(writer) }
        #expect(flock(writer, LOCK_EX) == 0)

        try CareMapFile.save(Self.map, to: file)
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(!left.contains(URL(fileURLWithPath: stale).lastPathComponent))
        for kept in [young, locked, recoveryLeftover, notOurs] {
            #expect(left.contains(URL(fileURLWithPath: kept).lastPathComponent), "\(kept) is kept")
        }
        #expect(AtomicWrite.removeLeftovers(in: folder.path, of: "map.caremap.recovery") == 1)
    }

    @Test func readingAFolderOrAMissingFileSaysWhy() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: FileError(.read, folder.path, "it is a folder")) { try CareMapFile.load(contentsOf: folder) }
        let missing = folder.appendingPathComponent("nowhere.caremap")
        #expect(throws: FileError(.read, missing.path, "no such file")) { try CareMapFile.load(contentsOf: missing) }
    }

    @Test func aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("huge.caremap")
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: UInt64(CareMapFile.maximumFileSize + 1))
        try handle.close()
        #expect(throws: FileError(.read, file.path, "it is larger than 64 MiB, the most caremap reads")) {
            try CareMapFile.load(contentsOf: file)
        }
    }
}
