import CareMapKit
import Foundation
import Testing

/// Two editors on one map, in two terminals: the second is read-only; a lock left by a killed
/// editor is taken over; the lock goes however the editor ends, short of `kill -9`.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed; install it (apt-get install tmux) to run the editor end to end"))
struct LockTests {
    static func start(in folder: URL) throws -> TmuxSession {
        try TmuxSession([Caremap.binary.path, "amira.caremap"], width: 160, in: folder)
    }

    static func waitUntilGone(_ url: URL) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while FileManager.default.fileExists(atPath: url.path), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        return !FileManager.default.fileExists(atPath: url.path)
    }

    @Test func aSecondEditorOfTheSameMapIsReadOnlyUntilTheFirstQuits() throws {
        let (folder, file) = try EditorSessionTests.copyOfSample("amira.caremap")
        let original = try Data(contentsOf: file)
        let lock = folder.appendingPathComponent(".amira.caremap.lock")
        let first = try Self.start(in: folder)
        defer { first.end() }
        #expect(try first.waitFor("amira.caremap").matched)
        let owner = try #require(LockOwner(fileText: String(contentsOf: lock, encoding: .utf8)))
        #expect(owner.pid == (try first.pid()))
        #expect(try Caremap.mode(of: lock) == 0o600)

        let second = try Self.start(in: folder)
        defer { second.end() }
        let opened = try second.waitFor("read-only: amira.caremap is open in another caremap, \(owner)")
        #expect(opened.matched, "\(opened.screen)")
        #expect(opened.screen.contains("│ READ-ONLY"))
        try second.send("a")
        try second.type("Visitor")
        try second.send("Enter")
        #expect(try second.waitFor("added").matched)
        try second.send("C-s")
        #expect(try second.waitFor("read-only: amira.caremap is open in another caremap; :w NAME saves a copy").matched)
        Thread.sleep(forTimeInterval: 2.5)
        #expect(try Data(contentsOf: file) == original)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("amira.caremap.recovery").path))
        try second.send("q")
        #expect(try second.waitFor("Save changes?").matched)
        try second.send("n")
        #expect(try second.waitForExit())
        #expect(FileManager.default.fileExists(atPath: lock.path), "the read-only editor leaves the first one's lock")

        try first.send("q")
        #expect(try first.waitForExit())
        #expect(!FileManager.default.fileExists(atPath: lock.path))
    }

    @Test func aStaleLockFromAKilledEditorIsTakenOver() throws {
        let (folder, file) = try EditorSessionTests.copyOfSample("amira.caremap")
        let lock = folder.appendingPathComponent(".amira.caremap.lock")
        let first = try Self.start(in: folder)
        defer { first.end() }
        #expect(try first.waitFor("amira.caremap").matched)
        let owner = try #require(LockOwner(fileText: String(contentsOf: lock, encoding: .utf8)))
        kill(try first.pid(), SIGKILL)
        #expect(try first.waitForExit())

        let second = try Self.start(in: folder)
        defer { second.end() }
        let opened = try second.waitFor("took over the lock on amira.caremap from \(owner), which is no longer running")
        #expect(opened.matched, "\(opened.screen)")
        #expect(!opened.screen.contains("READ-ONLY"))
        try second.send("a")
        try second.type("Visitor")
        try second.send("Enter", "C-s")
        #expect(try second.waitFor("saved amira.caremap").matched)
        try second.send("q")
        #expect(try second.waitForExit())
        #expect(try EditorSessionTests.map(at: file).nodes.values.contains { $0.name == "Visitor" })
        #expect(!FileManager.default.fileExists(atPath: lock.path))
    }

    @Test func savingUnderANewNameMovesTheLockAndRefusesAFileOpenElsewhere() throws {
        let (folder, _) = try EditorSessionTests.copyOfSample("amira.caremap")
        try FileManager.default.copyItem(at: folder.appendingPathComponent("amira.caremap"), to: folder.appendingPathComponent("busy.caremap"))
        let busy = try TmuxSession([Caremap.binary.path, "busy.caremap"], width: 160, in: folder)
        defer { busy.end() }
        #expect(try busy.waitFor("busy.caremap").matched)
        let busyLock = folder.appendingPathComponent(".busy.caremap.lock")
        let owner = try #require(LockOwner(fileText: String(contentsOf: busyLock, encoding: .utf8)))

        let session = try Self.start(in: folder)
        defer { session.end() }
        #expect(try session.waitFor("amira.caremap").matched)
        try session.send(":")
        try session.type("w ./amira.caremap")
        try session.send("Enter")
        #expect(try session.waitFor("saved ./amira.caremap").matched, "the same file spelt another way is still ours")
        try session.send(":")
        try session.type("w busy.caremap")
        try session.send("Enter")
        let refused = try session.waitFor("could not save busy.caremap: it is open in another caremap, \(owner)")
        #expect(refused.matched, "\(refused.screen)")
        try session.send(":")
        try session.type("w copy.caremap")
        try session.send("Enter")
        #expect(try session.waitFor("saved copy.caremap").matched)
        let copyLock = folder.appendingPathComponent(".copy.caremap.lock")
        #expect(try LockOwner(fileText: String(contentsOf: copyLock, encoding: .utf8))?.pid == session.pid())
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".amira.caremap.lock").path))
        try session.send("q")
        #expect(try session.waitForExit())
        #expect(!FileManager.default.fileExists(atPath: copyLock.path))
        #expect(FileManager.default.fileExists(atPath: busyLock.path))
    }

    @Test(arguments: ["quit", "hang-up", "SIGTERM", "SIGINT", "SIGHUP"])
    func theLockGoesWhenTheEditorEnds(_ ending: String) throws {
        let (folder, _) = try EditorSessionTests.copyOfSample("amira.caremap")
        let lock = folder.appendingPathComponent(".amira.caremap.lock")
        let session = try Self.start(in: folder)
        defer { session.end() }
        #expect(try session.waitFor("amira.caremap").matched)
        #expect(FileManager.default.fileExists(atPath: lock.path))
        switch ending {
        case "quit": try session.send("q")
        case "hang-up": try session.hangUp()
        case "SIGTERM": kill(try session.pid(), SIGTERM)
        case "SIGINT": kill(try session.pid(), SIGINT)
        default: kill(try session.pid(), SIGHUP)
        }
        #expect(Self.waitUntilGone(lock), "the lock stays after \(ending)")
    }
}
