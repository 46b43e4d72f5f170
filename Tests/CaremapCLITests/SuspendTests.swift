import Foundation
import Testing

/// Ctrl-Z in a shell with job control: caremap stops and gives the screen back, and `fg`
/// brings the map back, drawn afresh.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed; install it (apt-get install tmux) to run the editor end to end"))
struct SuspendTests {
    @Test func controlZStopsAndFgRedrawsTheMap() throws {
        let folder = try Caremap.temporaryFolder()
        let file = folder.appendingPathComponent("review.caremap")
        try FileManager.default.copyItem(at: Caremap.packageRoot.appendingPathComponent("sample-maps/amira.caremap"), to: file)
        let session = try TmuxSession(["env", "PS1=shell-prompt$ ", "bash", "--norc", "--noprofile", "-i"], width: 100, height: 30, in: folder)
        defer { session.end() }
        #expect(try session.waitFor("shell-prompt$").matched)
        try session.type("\(Caremap.binary.path) review.caremap")
        try session.send("Enter")
        #expect(try session.waitFor("NORMAL", timeout: 30).matched)

        try session.send("C-z")
        let stopped = try session.waitForScreen(timeout: 30) { $0.contains("Stopped") && !$0.contains("NORMAL") }
        #expect(stopped.matched, "\(stopped.screen)")
        #expect(stopped.screen.split(separator: "\n").last { !$0.isEmpty }?.hasPrefix("shell-prompt$") == true)

        try session.type("fg")
        try session.send("Enter")
        let back = try session.waitForScreen(timeout: 30) { $0.contains("NORMAL") && $0.contains("(Amira)") && !$0.contains("Stopped") }
        #expect(back.matched, "the map is drawn again: \(back.screen)")
        try session.send("q")
        let prompt = try session.waitForScreen(timeout: 30) { $0.split(separator: "\n").last { !$0.isEmpty }?.hasPrefix("shell-prompt$") == true }
        #expect(prompt.matched, "\(prompt.screen)")
    }
}
