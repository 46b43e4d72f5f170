import CareMapKit
import Foundation
import Testing

/// Saving from the editor onto a full disk or into a read-only folder: a clear message, the old
/// file intact, the editor still open with the edits, and a later save that works once there is room.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed; install it (apt-get install tmux) to run the editor end to end"))
struct DiskFailureTests {
    static let sample = Caremap.packageRoot.appendingPathComponent("sample-maps/amira.caremap")

    static func addVisitor(_ session: TmuxSession) throws {
        try session.send("a")
        try session.type("Visitor")
        try session.send("Enter")
        #expect(try session.waitFor("added").matched)
    }

    @Test(.enabled(if: ScratchMount.isPossible, "mounting a tmpfs is not permitted here (it needs root), so a full disk cannot be made"))
    func savingOntoAFullDiskKeepsTheOldFileAndTheEdits() throws {
        let disk = try ScratchMount(bytes: 64 * 1024)
        let file = disk.folder.appendingPathComponent("amira.caremap")
        try FileManager.default.copyItem(at: Self.sample, to: file)
        let original = try Data(contentsOf: file)
        let session = try TmuxSession([Caremap.binary.path, "amira.caremap"], in: disk.folder)
        #expect(try session.waitFor("amira.caremap").matched)
        try disk.fill()
        try Self.addVisitor(session)
        try session.send("C-s")
        let failed = try session.waitFor("could not save amira.caremap: cannot write 'amira.caremap': no space left on the device")
        #expect(failed.matched, "\(failed.screen)")
        #expect(failed.screen.contains("amira.caremap [+]"))
        #expect(try !session.hasExited())
        #expect(try Data(contentsOf: file) == original)

        try FileManager.default.removeItem(at: disk.filler)
        try session.send("C-s")
        #expect(try session.waitFor("saved amira.caremap").matched)
        try session.send("q")
        #expect(try session.waitForExit())
        #expect(try EditorSessionTests.map(at: file).nodes.values.contains { $0.name == "Visitor" })
    }

    @Test(.enabled(if: ReadOnlyFolder.isPossible, "no way to make a folder read-only here: as root it needs 'chattr +i' on a file system that supports it"))
    func savingIntoAReadOnlyFolderKeepsTheOldFileAndTheEdits() throws {
        let (folder, file) = try EditorSessionTests.copyOfSample("amira.caremap")
        let original = try Data(contentsOf: file)
        let session = try TmuxSession([Caremap.binary.path, "amira.caremap"], in: folder)
        #expect(try session.waitFor("amira.caremap").matched)
        try #require(ReadOnlyFolder.make(folder))
        defer { ReadOnlyFolder.undo(folder) }
        try Self.addVisitor(session)
        try session.send("C-s")
        let failed = try session.waitFor("could not save amira.caremap: cannot write 'amira.caremap': permission denied")
        #expect(failed.matched, "\(failed.screen)")
        #expect(try !session.hasExited())
        #expect(try Data(contentsOf: file) == original)

        ReadOnlyFolder.undo(folder)
        try session.send("C-s")
        #expect(try session.waitFor("saved amira.caremap").matched)
        try session.send("q")
        #expect(try session.waitForExit())
        #expect(try EditorSessionTests.map(at: file).nodes.values.contains { $0.name == "Visitor" })
    }
}
