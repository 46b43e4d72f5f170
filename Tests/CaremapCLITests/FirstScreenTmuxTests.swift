import Foundation
import Testing

/// The editor as a person first sees it: amira.caremap at 80×24 shows Amira on the first
/// screen, and `f` brings every node on screen.
@Suite struct FirstScreenTmuxTests {
    @Test(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed"))
    func amiraIsOnTheFirstScreenAndFShowsEveryNode() throws {
        let folder = try Caremap.temporaryFolder()
        try FileManager.default.copyItem(at: try #require(Caremap.samples.first { $0.lastPathComponent == "amira.caremap" }),
                                         to: folder.appendingPathComponent("amira.caremap"))
        let session = try TmuxSession([Caremap.binary.path, "amira.caremap"], width: 80, height: 24, in: folder)
        defer { session.end() }
        let first = try session.waitFor("amira.caremap").screen
        #expect(first.contains("(Amira)"), "\(first)")
        try session.send("f")
        let fitted = try session.waitForScreen { $0.contains("overview") || $0.contains("dots") }.screen
        let rows = fitted.split(separator: "\n", omittingEmptySubsequences: false)
        let mapArea = rows.prefix(22).joined()
        let shown = mapArea.reduce(0) { sum, character in
            if "●■◆◉▒".contains(character) { return sum + 1 }
            if let digit = character.wholeNumberValue, digit > 1 { return sum + digit }
            return sum
        }
        #expect(shown == 28, "every one of amira's 28 nodes on screen:\n\(fitted)")
    }
}
