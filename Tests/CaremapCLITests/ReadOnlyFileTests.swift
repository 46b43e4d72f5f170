import CareMapKit
import Foundation
import Testing

/// A map its owner made read-only stays as it is, whatever the editor is asked to do.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed; install it (apt-get install tmux) to run the editor end to end"))
struct ReadOnlyFileTests {
    /// Root may write any file, so where the tests run as root the editor runs as `nobody`
    /// (through `setpriv`), as the file's owner would.
    static let setpriv = Caremap.tool("setpriv")
    static let nobody: UInt32 = 65534

    @Test(.enabled(if: getuid() != 0 || setpriv != nil,
                   "the tests run as root and setpriv (util-linux) is missing, so caremap cannot run as an unprivileged user"))
    func aReadOnlyFileSurvivesCtrlS() throws {
        let folder = try Caremap.temporaryFolder()
        let file = folder.appendingPathComponent("amira.caremap")
        try FileManager.default.copyItem(at: Caremap.packageRoot.appendingPathComponent("sample-maps/amira.caremap"), to: file)
        let original = try Data(contentsOf: file)
        var asOwner: [String] = []
        if getuid() == 0, let setpriv = Self.setpriv {
            #expect(chown(folder.path, Self.nobody, Self.nobody) == 0 && chown(file.path, Self.nobody, Self.nobody) == 0)
            asOwner = [setpriv.path, "--reuid=\(Self.nobody)", "--regid=\(Self.nobody)", "--clear-groups"]
        }
        #expect(chmod(file.path, 0o444) == 0)
        let session = try TmuxSession(asOwner + [Caremap.binary.path, "amira.caremap"], width: 160, in: folder)
        defer { session.end() }
        #expect(try session.waitFor("read-only: amira.caremap cannot be written: it is marked read-only, mode 444").matched)
        #expect(try session.screen().contains("READ-ONLY"))
        try session.send("o")
        try session.type("Library")
        try session.send("Enter")
        #expect(try session.waitFor("added Library").matched)
        try session.send("C-s")
        #expect(try session.waitFor("read-only: amira.caremap cannot be written: it is marked read-only, mode 444; :w NAME saves a copy").matched)
        try session.send("q")
        #expect(try session.waitFor("y/n").matched)
        try session.send("n")
        #expect(try session.waitForExit())
        #expect(try Data(contentsOf: file) == original)
        #expect(try Caremap.mode(of: file) == 0o444)
    }
}
