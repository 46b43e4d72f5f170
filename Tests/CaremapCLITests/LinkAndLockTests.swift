import CareMapKit
import Foundation
import Testing

/// Saving through a symbolic link keeps the link and saves the file it names, with a real backup
/// beside that file; an import is always private (0600); a lock whose process id now belongs to
/// another process is taken over (issue 17, items 7 to 9).
@Suite struct LinkAndLockTests {
    static let fileManager = FileManager.default

    /// `shared/amira.caremap` (mode `mode`) and the link `amira.caremap` to it, in a new folder.
    static func linkedSample(mode: Int = 0o640) throws -> (folder: URL, link: URL, target: URL) {
        let (folder, file) = try EditorSessionTests.copyOfSample("amira.caremap")
        let shared = folder.appendingPathComponent("shared")
        try fileManager.createDirectory(at: shared, withIntermediateDirectories: true)
        let target = shared.appendingPathComponent("amira.caremap")
        try fileManager.moveItem(at: file, to: target)
        try fileManager.setAttributes([.posixPermissions: mode], ofItemAtPath: target.path)
        try fileManager.createSymbolicLink(atPath: file.path, withDestinationPath: "shared/amira.caremap")
        return (folder, file, target)
    }

    static func isLink(_ url: URL) -> Bool {
        (try? fileManager.destinationOfSymbolicLink(atPath: url.path)) != nil
    }

    static func isRegularFile(_ url: URL) throws -> Bool {
        try fileManager.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType == .typeRegular
    }

    @Test func fmtThroughALinkSavesTheTargetAndKeepsTheLink() throws {
        let (folder, link, target) = try Self.linkedSample()
        let original = try Data(contentsOf: target)
        try Data(String(decoding: original, as: UTF8.self).replacingOccurrences(of: "\n\n", with: "\n\n\n").utf8).write(to: target)
        let output = try Caremap.run(["fmt", "amira.caremap"], in: folder)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(Self.isLink(link), "the link was replaced by a plain file")
        #expect(try Data(contentsOf: target) == original, "the target holds the canonical form")
        #expect(try Caremap.run(["check", "shared/amira.caremap"], in: folder).status == 0)
        #expect(try Caremap.mode(of: target) == 0o640, "an edited file keeps its mode")
        let backup = folder.appendingPathComponent("shared/amira.caremap~")
        #expect(try Self.isRegularFile(backup), "the backup is a real file beside the target")
        #expect(!Self.fileManager.fileExists(atPath: folder.appendingPathComponent("amira.caremap~").path))
    }

    @Test func importForceOntoALinkWritesAPrivateTargetAndARealBackup() throws {
        let (folder, link, target) = try Self.linkedSample(mode: 0o644)
        try Data("id,name\na,Amira\n".utf8).write(to: folder.appendingPathComponent("nodes.csv"))
        let output = try Caremap.run(["import", "nodes.csv", "--force", "-o", "amira.caremap"], in: folder)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(Self.isLink(link))
        #expect(try Caremap.mode(of: target) == 0o600, "files caremap writes from an import are 0600")
        #expect(try EditorSessionTests.map(at: target).nodes.count == 1)
        let backup = folder.appendingPathComponent("shared/amira.caremap~")
        #expect(try Self.isRegularFile(backup))
        #expect(!Self.isLink(folder.appendingPathComponent("amira.caremap~")))

        try Data("id,name\nb,Bilal\n".utf8).write(to: folder.appendingPathComponent("more.csv"))
        try Data().write(to: folder.appendingPathComponent("open.caremap"))
        try Self.fileManager.setAttributes([.posixPermissions: 0o644], ofItemAtPath: folder.appendingPathComponent("open.caremap").path)
        #expect(try Caremap.run(["import", "more.csv", "--force", "-o", "open.caremap"], in: folder).status == 0)
        #expect(try Caremap.mode(of: folder.appendingPathComponent("open.caremap")) == 0o600)
    }

    @Test func aLoopOfLinksIsRefused() throws {
        let folder = try Caremap.temporaryFolder()
        try Self.fileManager.createSymbolicLink(atPath: folder.appendingPathComponent("a.caremap").path, withDestinationPath: "b.caremap")
        try Self.fileManager.createSymbolicLink(atPath: folder.appendingPathComponent("b.caremap").path, withDestinationPath: "a.caremap")
        try Data("id,name\na,Amira\n".utf8).write(to: folder.appendingPathComponent("nodes.csv"))
        let output = try Caremap.run(["import", "nodes.csv", "--force", "-o", "a.caremap"], in: folder)
        #expect(output.status == 1)
        #expect(output.stderr == "caremap: cannot write 'a.caremap': Too many levels of symbolic links\n")
        #expect(Self.isLink(folder.appendingPathComponent("a.caremap")))
    }

    @Test(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed; install it (apt-get install tmux) to run the editor end to end"),
          .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/stat"), "no /proc here to read a process's start time"))
    func theEditorTakesOverALockWhoseProcessIdWasReusedAndSavesThroughTheLink() throws {
        let (folder, link, target) = try Self.linkedSample()
        // This test's own process is alive, but it is not the editor that wrote the lock: the lock
        // says that process started one clock tick later than this one did.
        let start = try #require(LockOwner.current.processStart)
        let stale = LockOwner(pid: getpid(), host: LockOwner.current.host, started: 1_764_068_523, processStart: start + 1)
        let lock = folder.appendingPathComponent(".amira.caremap.lock")
        try Data(stale.fileText.utf8).write(to: lock)
        let editor = try TmuxSession([Caremap.binary.path, "amira.caremap"], width: 160, in: folder)
        let opened = try editor.waitFor("took over the lock on amira.caremap from \(stale), which is no longer running")
        #expect(opened.matched, "\(opened.screen)")
        #expect(!opened.screen.contains("READ-ONLY"))
        let owner = try #require(LockOwner(fileText: String(contentsOf: lock, encoding: .utf8)))
        #expect(owner.pid == (try editor.pid()))
        #expect(owner.processStart != nil)
        try editor.send("a")
        try editor.type("Visitor")
        try editor.send("Enter", "C-s")
        #expect(try editor.waitFor("saved amira.caremap").matched)
        try editor.send("q")
        #expect(try editor.waitForExit())
        #expect(Self.isLink(link), "Ctrl-S replaced the link with a plain file")
        #expect(try EditorSessionTests.map(at: target).nodes.values.contains { $0.name == "Visitor" })
        #expect(try Self.isRegularFile(folder.appendingPathComponent("shared/amira.caremap~")))
    }
}
