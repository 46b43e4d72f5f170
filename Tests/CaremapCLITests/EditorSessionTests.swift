import CareMapKit
import Foundation
import Testing

/// The real editor in a real terminal (tmux): what a facilitator does in a workshop, end to end.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed; install it (apt-get install tmux) to run the editor end to end"))
struct EditorSessionTests {
    /// A copy of a sample map in a fresh folder, so tests can save freely.
    static func copyOfSample(_ name: String) throws -> (folder: URL, file: URL) {
        let folder = try Caremap.temporaryFolder()
        let file = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: Caremap.packageRoot.appendingPathComponent("sample-maps/\(name)"), to: file)
        return (folder, file)
    }

    static func map(at file: URL) throws -> CareMap {
        let result = CareMapFile.parse(try String(contentsOf: file, encoding: .utf8))
        return try #require(result.map, "\(result.diagnostics)")
    }

    static func start(_ arguments: [String], in folder: URL) throws -> TmuxSession {
        try TmuxSession([Caremap.binary.path] + arguments, in: folder)
    }

    @Test func addLinkUndoRedoSaveAndQuit() throws {
        let (folder, file) = try Self.copyOfSample("amira.caremap")
        let before = try Self.map(at: file)
        let session = try Self.start(["amira.caremap"], in: folder)
        defer { session.end() }
        #expect(try session.waitFor("amira.caremap").matched)

        try session.send("a")
        #expect(try session.waitFor("Name of the new person").matched)
        try session.type("نور")
        try session.send("Enter")
        #expect(try session.waitFor("added").matched)

        try session.send("c")
        #expect(try session.waitFor("LINK").matched)
        try session.type("Okafor")
        try session.send("Enter")
        #expect(try session.waitFor("tied").matched)

        try session.send("u")
        #expect(try session.waitFor("undid: tie ").matched)
        try session.send("C-r")
        #expect(try session.waitFor("redid: tie ").matched)

        try session.send("C-s")
        #expect(try session.waitFor("saved amira.caremap").matched)
        try session.send("q")
        #expect(try session.waitForExit())

        let after = try Self.map(at: file)
        let added = try #require(after.nodes.values.first { $0.name == "نور" })
        #expect(added.kind == .person)
        #expect(after.nodes.count == before.nodes.count + 1)
        #expect(after.links.count == before.links.count + 1)
        #expect(after.links.last.map { Set([$0.from, $0.to]) } == [added.id, NodeID("dr-okafor")])
        #expect(try String(contentsOf: folder.appendingPathComponent("amira.caremap~"), encoding: .utf8) == CareMapFile.print(before))
        #expect(!FileManager.default.fileExists(atPath: file.path + ".recovery"))
    }

    @Test func quittingWithUnsavedWorkAsksFirst() throws {
        let (folder, file) = try Self.copyOfSample("noorzai-family.caremap")
        let original = try String(contentsOf: file, encoding: .utf8)
        let session = try Self.start(["noorzai-family.caremap"], in: folder)
        defer { session.end() }
        #expect(try session.waitFor("noorzai-family.caremap").matched)
        try session.send("p")
        try session.type("Library")
        try session.send("Enter")
        #expect(try session.waitFor("added").matched)
        try session.send("q")
        #expect(try session.waitFor("Save changes? y/n/Esc").matched)
        try session.send("Escape")
        #expect(try session.waitFor("cancelled").matched)
        #expect(try !session.hasExited())
        try session.send("q")
        #expect(try session.waitFor("Save changes?").matched)
        try session.send("n")
        #expect(try session.waitForExit())
        #expect(try String(contentsOf: file, encoding: .utf8) == original)
    }

    @Test func aDroppedConnectionKeepsTheWorkAndTheNextOpenOffersIt() throws {
        let (folder, file) = try Self.copyOfSample("amira.caremap")
        let original = try String(contentsOf: file, encoding: .utf8)
        let session = try Self.start(["amira.caremap"], in: folder)
        defer { session.end() }
        #expect(try session.waitFor("amira.caremap").matched)
        try session.send("a")
        try session.type("Mariam")
        try session.send("Enter")
        #expect(try session.waitFor("added").matched)
        try session.hangUp()

        let recovery = folder.appendingPathComponent("amira.caremap.recovery")
        let lock = folder.appendingPathComponent(".amira.caremap.lock")
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: recovery.path) || FileManager.default.fileExists(atPath: lock.path),
              Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(!FileManager.default.fileExists(atPath: lock.path), "the lock goes when a hang-up stops the editor")
        #expect(try Self.map(at: recovery).nodes.values.contains { $0.name == "Mariam" })
        #expect(try Caremap.mode(of: recovery) == 0o600)
        #expect(try String(contentsOf: file, encoding: .utf8) == original)

        let again = try Self.start(["amira.caremap"], in: folder)
        defer { again.end() }
        #expect(try again.waitFor("Unsaved work from an earlier session is in amira.caremap.recovery. Restore it? y/n").matched)
        try again.send("y")
        #expect(try again.waitFor("restored unsaved work").matched)
        try again.send("C-s")
        #expect(try again.waitFor("saved amira.caremap").matched)
        try again.send("q")
        #expect(try again.waitForExit())
        #expect(try Self.map(at: file).nodes.values.contains { $0.name == "Mariam" })
        #expect(!FileManager.default.fileExists(atPath: recovery.path))
    }

    @Test func aMissingFileIsCreatedOnFirstSaveReadableByTheOwnerOnly() throws {
        let folder = try Caremap.temporaryFolder()
        let session = try Self.start(["new.caremap"], in: folder)
        defer { session.end() }
        #expect(try session.waitFor("new.caremap").matched)
        try session.send("o")
        try session.type("Refugee Council drop-in")
        try session.send("Enter")
        #expect(try session.waitFor("added").matched)
        try session.send(":")
        try session.type("wq")
        try session.send("Enter")
        #expect(try session.waitForExit())
        let file = folder.appendingPathComponent("new.caremap")
        #expect(try Caremap.mode(of: file) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["new.caremap"], "no lock, backup or recovery file is left")
        #expect(try Self.map(at: file).nodes.values.map(\.name) == ["Refugee Council drop-in"])
    }

    /// Each sample and the workshop template opens from the start screen as an untitled copy:
    /// the first save asks for a name, and the bundled files stay byte for byte as they were.
    @Test func theStartScreenOpensEachSampleAsACopyAndLeavesTheFilesAlone() throws {
        let samples = Caremap.samples
        #expect(samples.contains { $0.lastPathComponent == "workshop-template.caremap" })
        let before = try samples.map { try Data(contentsOf: $0) }
        let folder = try Caremap.temporaryFolder()
        for (index, sample) in samples.enumerated() {
            let session = try Self.start([], in: folder)
            defer { session.end() }
            let title = try Self.map(at: sample).title
            #expect(try session.waitFor(title).matched)
            for _ in 0..<index { try session.send("Down") }
            try session.send("Enter")
            #expect(try session.waitFor("a copy of \(sample.lastPathComponent), not yet saved: Ctrl-S asks for a name").matched)
            try session.send("C-s")
            #expect(try session.waitFor("Save as:").matched)
            try session.type("copy-\(index)")
            try session.send("Enter")
            #expect(try session.waitFor("saved copy-\(index).caremap").matched)
            try session.send("q")
            #expect(try session.waitForExit())
            #expect(try Self.map(at: folder.appendingPathComponent("copy-\(index).caremap")) == Self.map(at: sample))
        }
        #expect(try samples.map { try Data(contentsOf: $0) } == before, "a bundled sample was written")
    }

    @Test func aFileWithErrorsIsNotOpened() throws {
        let folder = try Caremap.temporaryFolder()
        try Data("caremap 1\nperson a \"A\" ring=9\n".utf8).write(to: folder.appendingPathComponent("bad.caremap"))
        let output = try Caremap.run(["bad.caremap"], in: folder)
        #expect(output.status == 1)
        #expect(output.stderr == "bad.caremap:2:19: ring 9 is out of range; use 1 (closest), 2 or 3\n")
    }
}
