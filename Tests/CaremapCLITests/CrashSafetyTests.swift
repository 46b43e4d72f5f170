import CareMapKit
import Foundation
import Testing

/// `kill -9` at seeded random moments, the real binary, real files: whatever moment the process
/// dies, the map on disk is the old version or the new one, whole, and the recovery file gives
/// back the edits made since the last save.
@Suite(.serialized) struct CrashSafetyTests {
    /// A chain of `count` people, written with two spaces after `title` so it is not in canonical
    /// form and `caremap fmt` rewrites every byte of it.
    static func bigMapText(count: Int) -> String {
        var lines = ["caremap 1", "title  \"Kill test\"", ""]
        for index in 0..<count {
            lines.append("person n\(index) \"Person \(index)\" notes=\"Notes long enough to make saving take a while.\"")
        }
        for index in 1..<count { lines.append("link n\(index) -- n\(index * 7 % index)") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func temporaryFiles(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }.sorted()
    }

    static func seconds(_ work: () throws -> Void) throws -> Double {
        let start = Date()
        try work()
        return Date().timeIntervalSince(start)
    }

    @Test func killingASaveOfALargeMapAtRandomMomentsLeavesTheOldOrTheNewFile() throws {
        let folder = try Caremap.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("big.caremap")
        let backup = folder.appendingPathComponent("big.caremap~")
        let old = Data(Self.bigMapText(count: 30_000).utf8)
        let map = try #require(CareMapFile.parse(String(decoding: old, as: UTF8.self)).map)
        let new = Data(CareMapFile.print(map).utf8)
        #expect(old != new)

        // Even rounds kill at any moment of the run; odd ones wait for the save's temporary file
        // to appear and kill while it is being written, flushed or renamed.
        try old.write(to: file)
        var status: Int32 = -1
        let whole = try Self.seconds { status = try Caremap.run(["fmt", "big.caremap"], in: folder).status }
        #expect(status == 0)
        #expect(try Data(contentsOf: file) == new)
        var random = SeededRandom(seed: 6)
        var killedMidSave = 0
        for round in 0..<8 {
            try old.write(to: file)
            try? FileManager.default.removeItem(at: backup)
            let leftBefore = try Self.temporaryFiles(in: folder)
            let pid = try Caremap.spawn(["fmt", "big.caremap"], in: folder)
            if round.isMultiple(of: 2) {
                Thread.sleep(forTimeInterval: Double.random(in: 0...whole, using: &random))
            } else {
                let deadline = Date().addingTimeInterval(whole * 5 + 5)
                while try Self.temporaryFiles(in: folder) == leftBefore, Date() < deadline { usleep(500) }
                if try Self.temporaryFiles(in: folder) != leftBefore { killedMidSave += 1 }
                // 2 ms to a quarter of a second, spread evenly on a log scale: some kills land
                // while writing, some while flushing, some after the rename.
                Thread.sleep(forTimeInterval: 0.002 * pow(2, Double.random(in: 0...7, using: &random)))
            }
            kill(pid, SIGKILL)
            Caremap.reap(pid)
            let left = try Data(contentsOf: file)
            #expect(left == old || left == new, "round \(round): the map is neither version")
            #expect(try CareMapFile.load(contentsOf: file).map == map)
            if FileManager.default.fileExists(atPath: backup.path) {
                #expect(try Data(contentsOf: backup) == old, "round \(round): the backup is the old version")
            }
        }
        #expect(killedMidSave == 4, "every odd round saw the save begin before killing it")

        // Temporary files of killed saves, made old as if left yesterday: the next save removes them.
        for name in try Self.temporaryFiles(in: folder) {
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-3600)], ofItemAtPath: folder.appendingPathComponent(name).path)
        }
        try old.write(to: file)
        #expect(try Caremap.run(["fmt", "big.caremap"], in: folder).status == 0)
        #expect(try Self.temporaryFiles(in: folder) == [])
        #expect(try Data(contentsOf: file) == new)
    }

    @Test(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed; install it (apt-get install tmux) to run the editor end to end"))
    func killingTheEditorKeepsTheMapWholeAndTheRecoveryFileRestoresTheEdits() throws {
        var random = SeededRandom(seed: 9)
        for round in 0..<3 {
            let (folder, file) = try EditorSessionTests.copyOfSample("amira.caremap")
            let original = try Data(contentsOf: file)
            let recovery = folder.appendingPathComponent("amira.caremap.recovery")
            let lock = folder.appendingPathComponent(".amira.caremap.lock")
            let session = try EditorSessionTests.start(["amira.caremap"], in: folder)
            defer { session.end() }
            #expect(try session.waitFor("amira.caremap").matched)
            let names = (0..<Int.random(in: 1...4, using: &random)).map { "Visitor \(round)-\($0)" }
            for name in names {
                try session.send("a")
                try session.type(name)
                try session.send("Enter")
                #expect(try session.waitFor("added").matched)
            }
            // The recovery file follows two quiet seconds after the last edit.
            let deadline = Date().addingTimeInterval(15)
            var recovered: CareMap?
            while Date() < deadline {
                if let map = try? CareMapFile.load(contentsOf: recovery).map,
                   names.allSatisfy({ name in map.nodes.values.contains { $0.name == name } }) {
                    recovered = map
                    break
                }
                Thread.sleep(forTimeInterval: 0.1)
            }
            let edited = try #require(recovered, "round \(round): the recovery file never held the edits")
            #expect(try Caremap.mode(of: recovery) == 0o600)

            // Round 0 dies before saving; the others while Ctrl-S is saving or just after.
            if round > 0 { try session.send("C-s") }
            Thread.sleep(forTimeInterval: Double.random(in: 0...0.2, using: &random))
            kill(try session.pid(), SIGKILL)
            #expect(try session.waitForExit())
            let left = try Data(contentsOf: file)
            let saved = Data(CareMapFile.print(edited).utf8)
            #expect(left == original || left == saved, "round \(round): the map is neither version")
            #expect(FileManager.default.fileExists(atPath: lock.path), "a killed editor cannot remove its lock")

            let again = try EditorSessionTests.start(["amira.caremap"], in: folder)
            defer { again.end() }
            if left == original {
                #expect(try again.waitFor("Unsaved work from an earlier session is in amira.caremap.recovery. Restore it? y/n").matched)
                try again.send("y")
                #expect(try again.waitFor("restored unsaved work").matched)
                try again.send("C-s")
                #expect(try again.waitFor("saved amira.caremap").matched)
            } else {
                #expect(try again.waitFor("took over the lock").matched)
            }
            try again.send("q")
            #expect(try again.waitForExit())
            #expect(try EditorSessionTests.map(at: file) == edited)
            #expect(!FileManager.default.fileExists(atPath: recovery.path), "round \(round): no stray copy of the map stays")
            #expect(!FileManager.default.fileExists(atPath: lock.path))
        }
    }

    @Test(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed; install it (apt-get install tmux) to run the editor end to end"))
    func aRecoveryFileThatOnlyRepeatsTheSavedMapIsRemovedOnOpen() throws {
        let (folder, file) = try EditorSessionTests.copyOfSample("amira.caremap")
        let recovery = folder.appendingPathComponent("amira.caremap.recovery")
        try FileManager.default.copyItem(at: file, to: recovery)
        let session = try EditorSessionTests.start(["amira.caremap"], in: folder)
        defer { session.end() }
        let opened = try session.waitFor("amira.caremap")
        #expect(opened.matched)
        #expect(!opened.screen.contains("Restore it?"))
        #expect(!FileManager.default.fileExists(atPath: recovery.path))
        try session.send("q")
        #expect(try session.waitForExit())
    }
}
