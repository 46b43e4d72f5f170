import CareMapKit
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
        let file = try Self.folder().appendingPathComponent("new.caremap")
        try CareMapFile.save(Self.map, to: file)
        #expect(try Self.mode(file) == 0o600)
        #expect(try CareMapFile.load(contentsOf: file).map == Self.map)
    }

    @Test func anExistingFileKeepsItsModeAndItsOldVersionAsABackup() throws {
        let folder = try Self.folder()
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
        let file = folder.appendingPathComponent("map.dot")
        try CareMapFile.write("one", to: file)
        try CareMapFile.write("two", to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "two")
        #expect(!FileManager.default.fileExists(atPath: file.path + "~"))
    }

    @Test func savingIntoAMissingFolderSaysSo() throws {
        let file = try Self.folder().appendingPathComponent("gone/map.caremap")
        #expect(throws: FileError(.write, file.path, "no such folder")) { try CareMapFile.save(Self.map, to: file) }
    }

    @Test(.disabled(if: getuid() == 0, "root writes into read-only folders, so this runs only as an ordinary user"))
    func aReadOnlyFolderLeavesTheOldFileIntact() throws {
        let folder = try Self.folder()
        let file = folder.appendingPathComponent("map.caremap")
        let old = CareMapFile.print(CareMap(title: "old"))
        try Data(old.utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.path) }
        #expect(throws: FileError(.write, file.path, "permission denied")) { try CareMapFile.save(Self.map, to: file) }
        #expect(try String(contentsOf: file, encoding: .utf8) == old)
    }

    @Test func readingAFolderOrAMissingFileSaysWhy() throws {
        let folder = try Self.folder()
        #expect(throws: FileError(.read, folder.path, "it is a folder")) { try CareMapFile.load(contentsOf: folder) }
        let missing = folder.appendingPathComponent("nowhere.caremap")
        #expect(throws: FileError(.read, missing.path, "no such file")) { try CareMapFile.load(contentsOf: missing) }
    }

    @Test func aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws {
        let file = try Self.folder().appendingPathComponent("huge.caremap")
        FileManager.default.createFile(atPath: file.path, contents: nil)
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: UInt64(CareMapFile.maximumFileSize + 1))
        try handle.close()
        #expect(throws: FileError(.read, file.path, "it is larger than 64 MiB, the most caremap reads")) {
            try CareMapFile.load(contentsOf: file)
        }
    }
}
