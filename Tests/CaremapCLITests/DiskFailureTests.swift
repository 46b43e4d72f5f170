import CareMapKit
import Foundation
import Testing

/// Saving onto a full disk or into a read-only folder: a clear message, the old file intact, and
/// in the editor, the edits kept and a later save that works once there is room.
@Suite struct DiskFailureTests {
    /// Root ignores permission bits, so as root the command runs as `nobody` through `setpriv`.
    static let canDropPrivileges = getuid() != 0 || Caremap.tool("setpriv") != nil

    static let sample = Caremap.packageRoot.appendingPathComponent("sample-maps/amira.caremap")

    static func addVisitor(_ session: TmuxSession) throws {
        try session.send("a")
        try session.type("Visitor")
        try session.send("Enter")
        #expect(try session.waitFor("added").matched)
    }

    @Test(.enabled(if: ScratchMount.isPossible, "mounting a tmpfs is not permitted here (it needs root), so a full disk cannot be made"),
          .enabled(if: TmuxSession.tmux != nil, "tmux is not installed; install it (apt-get install tmux) to run the editor end to end"))
    func savingOntoAFullDiskKeepsTheOldFileAndTheEdits() throws {
        let disk = try ScratchMount(bytes: 64 * 1024)
        let file = disk.folder.appendingPathComponent("amira.caremap")
        try FileManager.default.copyItem(at: Self.sample, to: file)
        let original = try Data(contentsOf: file)
        let session = try TmuxSession([Caremap.binary.path, "amira.caremap"], in: disk.folder)
        defer { session.end() }
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

    @Test(.enabled(if: ReadOnlyFolder.isPossible, "no way to make a folder read-only here: as root it needs 'chattr +i' on a file system that supports it"),
          .enabled(if: TmuxSession.tmux != nil, "tmux is not installed; install it (apt-get install tmux) to run the editor end to end"))
    func savingIntoAReadOnlyFolderKeepsTheOldFileAndTheEdits() throws {
        let (folder, file) = try EditorSessionTests.copyOfSample("amira.caremap")
        let original = try Data(contentsOf: file)
        let session = try TmuxSession([Caremap.binary.path, "amira.caremap"], in: folder)
        defer { session.end() }
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

    @Test(.enabled(if: canDropPrivileges, "running as root without 'setpriv' (util-linux) to run caremap as an ordinary user"))
    func fmtIntoAReadOnlyFolderFailsAndLeavesTheFileAsItWas() throws {
        let folder = try Caremap.temporaryFolder().appendingPathComponent("shared")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let file = folder.appendingPathComponent("map.caremap")
        let old = Data("caremap 1\ntitle  \"Not canonical\"\n".utf8)
        try old.write(to: file)
        var command = [Caremap.binary.path, "fmt", "map.caremap"]
        if getuid() == 0 {
            let nobody: uid_t = 65534
            #expect(chown(folder.path, nobody, gid_t(nobody)) == 0 && chown(file.path, nobody, gid_t(nobody)) == 0)
            command = ["--reuid=\(nobody)", "--regid=\(nobody)", "--clear-groups"] + command
        }
        #expect(chmod(folder.path, 0o555) == 0)
        defer { chmod(folder.path, 0o755) }
        let executable = getuid() == 0 ? try #require(Caremap.tool("setpriv")) : URL(fileURLWithPath: command.removeFirst())
        let output = try Caremap.run(executable, command, in: folder)
        #expect(output.status == 1)
        #expect(output.stderr == "caremap: cannot write 'map.caremap': permission denied\n")
        #expect(try Data(contentsOf: file) == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["map.caremap"])
    }
}
