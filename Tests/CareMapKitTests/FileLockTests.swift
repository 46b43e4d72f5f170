@testable import CareMapKit
import Foundation
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The lock beside an open map: created 0600 and exclusively, refused while its owner lives,
/// taken over once its owner on this machine is gone, removed only by its owner.
@Suite struct FileLockTests {
    /// A pid above Linux's largest (`pid_max` is at most 2^22), so `kill(pid, 0)` says ESRCH.
    static let deadPID: Int32 = 0x7FFF_FFF0

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("caremap-lock-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func owner(pid: Int32 = getpid(), host: String = LockOwner.hostName) -> LockOwner {
        LockOwner(pid: pid, host: host, started: 1_764_068_523)
    }

    @Test func theLockSitsBesideTheMapAsAHiddenFile() {
        #expect(MapLock.lockPath(for: "amira.caremap") == ".amira.caremap.lock")
        #expect(MapLock.lockPath(for: "/maps/workshop/amira.caremap") == "/maps/workshop/.amira.caremap.lock")
    }

    @Test func aLockIsCreatedPrivateAndNamesItsOwner() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("amira.caremap").path
        let owner = Self.owner()
        let outcome = MapLock.acquire(for: map, as: owner)
        let lockPath = MapLock.lockPath(for: map)
        #expect(outcome == .acquired(MapLock(path: lockPath, owner: owner), tookOverFrom: nil))
        let attributes = try FileManager.default.attributesOfItem(atPath: lockPath)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let text = try String(contentsOfFile: lockPath, encoding: .utf8)
        #expect(text == "caremap lock\npid \(owner.pid)\nhost \(owner.host)\nstarted 1764068523\n")
        #expect(LockOwner(fileText: text) == owner)
    }

    @Test func aSecondEditorFindsTheLockHeldWhileItsOwnerRuns() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("amira.caremap").path
        let first = Self.owner()
        _ = MapLock.acquire(for: map, as: first)
        let second = Self.owner(pid: getppid())
        #expect(MapLock.acquire(for: map, as: second) == .held(by: first, lockPath: MapLock.lockPath(for: map)))
        #expect(MapLock.readOwner(at: MapLock.lockPath(for: map)) == first)
    }

    @Test func aStaleLockFromADeadProcessOnThisMachineIsTakenOver() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("amira.caremap").path
        let dead = Self.owner(pid: Self.deadPID)
        #expect(dead.isGone)
        _ = MapLock.acquire(for: map, as: dead)
        let owner = Self.owner()
        let outcome = MapLock.acquire(for: map, as: owner)
        #expect(outcome == .acquired(MapLock(path: MapLock.lockPath(for: map), owner: owner), tookOverFrom: dead))
        #expect(MapLock.readOwner(at: MapLock.lockPath(for: map)) == owner)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/stat"), "no /proc here to tell a zombie process from a live one"))
    func aProcessThatEndedButIsNotYetReapedIsGone() throws {
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/true"), nil]
        defer { argv.forEach { free($0) } }
        try #require(posix_spawn(&pid, "/bin/true", nil, nil, argv, environ) == 0)
        defer { waitpid(pid, nil, 0) }
        let deadline = Date().addingTimeInterval(10)
        while ProcessStatus(pid)?.isZombie != true, Date() < deadline { usleep(10_000) }
        #expect(kill(pid, 0) == 0, "a zombie still answers kill(pid, 0)")
        #expect(Self.owner(pid: pid).isGone)
        #expect(!Self.owner(pid: getpid()).isGone)
    }

    @Test func aLockFromAnotherMachineIsNeverTakenOver() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("amira.caremap").path
        let elsewhere = Self.owner(pid: Self.deadPID, host: LockOwner.hostName + "-elsewhere")
        #expect(!elsewhere.isGone)
        _ = MapLock.acquire(for: map, as: elsewhere)
        #expect(MapLock.acquire(for: map, as: Self.owner()) == .held(by: elsewhere, lockPath: MapLock.lockPath(for: map)))
    }

    @Test func aHalfWrittenLockCountsAsStale() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("amira.caremap").path
        for text in ["", "caremap lock\npid 12", "something else\n"] {
            try Data(text.utf8).write(to: URL(fileURLWithPath: MapLock.lockPath(for: map)))
            let owner = Self.owner()
            #expect(MapLock.acquire(for: map, as: owner) == .acquired(MapLock(path: MapLock.lockPath(for: map), owner: owner), tookOverFrom: nil))
            MapLock(path: MapLock.lockPath(for: map), owner: owner).release()
        }
    }

    @Test func ofManyEditorsStartingTogetherExactlyOneGetsTheLock() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("amira.caremap").path
        let outcomes = Mutex<[MapLock.Outcome]>([])
        DispatchQueue.concurrentPerform(iterations: 16) { index in
            let outcome = MapLock.acquire(for: map, as: LockOwner(pid: getpid(), host: LockOwner.hostName, started: Int64(index)))
            outcomes.withLock { $0.append(outcome) }
        }
        let all = outcomes.withLock { $0 }
        let winners = all.compactMap { outcome -> LockOwner? in
            if case .acquired(let lock, nil) = outcome { lock.owner } else { nil }
        }
        #expect(winners.count == 1)
        #expect(all.count == 16)
        #expect(all.allSatisfy { outcome in
            if case .held(let holder, _) = outcome { winners.contains(holder) } else { true }
        })
        #expect(MapLock.readOwner(at: MapLock.lockPath(for: map)) == winners.first)
    }

    @Test func aFIFOOrALinkUnderTheLocksNameIsReplacedWithoutBlocking() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("amira.caremap").path
        let lockPath = MapLock.lockPath(for: map)
        let target = folder.appendingPathComponent("elsewhere").path
        try Data(Self.owner(pid: getppid()).fileText.utf8).write(to: URL(fileURLWithPath: target))
        for plant in [{ mkfifo(lockPath, 0o600) }, { symlink(target, lockPath) }] {
            #expect(plant() == 0)
            let owner = Self.owner()
            #expect(MapLock.acquire(for: map, as: owner) == .acquired(MapLock(path: lockPath, owner: owner), tookOverFrom: nil))
            MapLock(path: lockPath, owner: owner).release()
        }
        #expect(MapLock.readOwner(at: target) == Self.owner(pid: getppid()), "the link's target is untouched")
    }

    @Test func releaseRemovesOnlyItsOwnLock() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("amira.caremap").path
        let lockPath = MapLock.lockPath(for: map)
        guard case .acquired(let mine, _) = MapLock.acquire(for: map, as: Self.owner()) else {
            Issue.record("the lock was not acquired")
            return
        }
        let other = Self.owner(pid: getppid())
        try Data(other.fileText.utf8).write(to: URL(fileURLWithPath: lockPath))
        mine.release()
        #expect(MapLock.readOwner(at: lockPath) == other)
        MapLock(path: lockPath, owner: other).release()
        #expect(!FileManager.default.fileExists(atPath: lockPath))
    }

    @Test func aFolderThatCannotHoldALockSaysWhy() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("gone/amira.caremap").path
        #expect(MapLock.acquire(for: map) == .unavailable(FileError(.write, MapLock.lockPath(for: map), "no such folder")))
    }

    @Test func theOwnerIsDescribedForPeople() {
        let owner = LockOwner(pid: 4242, host: "workshop-laptop", started: 1_764_068_523)
        #expect(owner.description == "process 4242 on workshop-laptop since 2025-11-25 11:02 UTC")
    }

    @Test func aStartOutsideTheCalendarIsNotShownAsADate() {
        for started in [Int64.min, -1, Int64.max] {
            let owner = LockOwner(pid: 4242, host: "workshop-laptop", started: started)
            #expect(owner.description == "process 4242 on workshop-laptop, started at an unknown time")
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/stat"), "no /proc here to read a process's start time"))
    func aLockWhoseProcessIdWasGivenToAnotherProcessIsTakenOver() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("amira.caremap").path
        let start = try #require(ProcessStatus(getppid())?.start)
        let reused = LockOwner(pid: getppid(), host: LockOwner.hostName, started: 1_764_068_523, processStart: start + 1)
        #expect(reused.isGone)
        let same = LockOwner(pid: getppid(), host: LockOwner.hostName, started: 1_764_068_523, processStart: start)
        #expect(!same.isGone)
        _ = MapLock.acquire(for: map, as: reused)
        let owner = LockOwner.current
        #expect(MapLock.acquire(for: map, as: owner) == .acquired(MapLock(path: MapLock.lockPath(for: map), owner: owner), tookOverFrom: reused))
        MapLock(path: MapLock.lockPath(for: map), owner: owner).release()
    }

    @Test func aLockRecordsItsProcessStartAndOldLocksStillRead() throws {
        let owner = LockOwner(pid: 12, host: "tablet", started: 1_764_068_523, processStart: 987_654)
        #expect(owner.fileText == "caremap lock\npid 12\nhost tablet\nstarted 1764068523\nprocess-start 987654\n")
        #expect(LockOwner(fileText: owner.fileText) == owner)
        let old = try #require(LockOwner(fileText: "caremap lock\npid \(getppid())\nhost \(LockOwner.hostName)\nstarted 1764068523\n"))
        #expect(old.processStart == nil)
        #expect(!old.isGone, "a lock without a start time is judged by its process id alone")
        if FileManager.default.fileExists(atPath: "/proc/self/stat") {
            #expect(LockOwner.current.processStart != nil)
        }
    }
}
