import Foundation
import Testing

/// The editor as a person first sees it: amira.caremap at 80×24 shows Amira on the first
/// screen, and `f` brings every node on screen.
@Suite struct FirstScreenTmuxTests {
    @Test(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed"))
    func amiraIsOnTheFirstScreenAndFShowsEveryNode() throws {
        let tmux = try #require(TmuxSession.tmux)
        let folder = try Caremap.temporaryFolder()
        try FileManager.default.copyItem(at: try #require(Caremap.samples.first { $0.lastPathComponent == "amira.caremap" }),
                                         to: folder.appendingPathComponent("amira.caremap"))
        let socket = "caremap-first-\(UUID().uuidString.prefix(8))"
        func run(_ arguments: [String]) throws -> String { try Caremap.run(tmux, ["-u", "-L", socket] + arguments).stdout }
        defer { _ = try? run(["kill-server"]) }
        let command = "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=screen-256color '\(Caremap.binary.path)' amira.caremap"
        _ = try run(["new-session", "-d", "-s", "t", "-x", "80", "-y", "24", "-c", folder.path, command])
        func screen(until condition: (String) -> Bool) throws -> String {
            var text = ""
            for _ in 0..<100 {
                text = try run(["capture-pane", "-p", "-t", "t"])
                if condition(text) { break }
                Thread.sleep(forTimeInterval: 0.1)
            }
            return text
        }
        let first = try screen { $0.contains("amira.caremap") }
        #expect(first.contains("(Amira)"), "\(first)")
        _ = try run(["send-keys", "-t", "t", "f"])
        let fitted = try screen { $0.contains("overview") || $0.contains("dots") }
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
