import Foundation
import Testing

/// The editor's compare view on the real binary in a real git repository: `caremap edit
/// --compare HEAD` after an edit lists the change and draws what was lost; `:compare` names
/// what it cannot read; `:compare off` ends it.
@Suite struct CompareTmuxTests {
    @Test(.enabled(if: TmuxSession.tmux != nil && GitDriverTests.git != nil, "tmux or git is not installed; install both to test the compare view"))
    func compareWithTheLastCommitShowsWhatChanged() throws {
        let repository = try GitDriverTests.repository()
        try GitDriverTests.edit(repository, "link market-pharmacy -> amira \"repeat prescriptions\"", "link market-pharmacy -> yusuf \"repeat prescriptions\"")
        let file = repository.appendingPathComponent("amira.caremap")
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        try lines.filter { !$0.contains("mrs-patel") }.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let session = try TmuxSession([Caremap.binary.path, "edit", "amira.caremap", "--compare", "HEAD"], width: 100, height: 30, in: repository)
        defer { session.end() }
        let panel = try session.waitFor("Changes since HEAD")
        #expect(panel.matched, "\(panel.screen)")
        #expect(panel.screen.contains("- removed person: Mrs Patel (teacher)"), "\(panel.screen)")
        #expect(panel.screen.contains("- lost: Market Street Pharmacy → أميرة (Amira), “repeat prescriptions”"), "\(panel.screen)")
        #expect(panel.screen.contains("vs HEAD: "), "\(panel.screen)")
        try session.send("Enter")
        let ghost = try session.waitForScreen { screen in
            screen.split(separator: "\n").last?.hasPrefix("removed person: Mrs Patel (teacher)") == true
        }
        #expect(ghost.screen.contains("╎ Mrs Patel ╎") || ghost.screen.contains("-Mrs Patel]"), "Mrs Patel drawn faint where she was:\n\(ghost.screen)")
        try session.type(":compare HEAD~5")
        try session.send("Enter")
        let failed = try session.waitFor("cannot compare with HEAD~5")
        #expect(failed.screen.contains("no file is called HEAD~5, and git cannot show it"), "\(failed.screen)")
        try session.type(":compare off")
        try session.send("Enter")
        let ended = try session.waitFor("comparison with HEAD ended")
        #expect(ended.matched && !ended.screen.contains("vs HEAD"), "\(ended.screen)")
        try session.send("q")
        #expect(try session.waitForExit(), "caremap quits: comparing changed nothing to save")
    }
}
