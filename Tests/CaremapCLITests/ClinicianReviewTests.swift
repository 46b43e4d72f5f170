import CareMapKit
import Foundation
import Testing

/// A clinician going through one person's map with them, on a copy of Amira's: the review the
/// editor is for, end to end in a real terminal.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed; install it (apt-get install tmux) to run the editor end to end"))
struct ClinicianReviewTests {
    @Test func aReviewOfHassansPlaceInAmirasMap() throws {
        let folder = try Caremap.temporaryFolder()
        let file = folder.appendingPathComponent("review.caremap")
        try FileManager.default.copyItem(at: Caremap.packageRoot.appendingPathComponent("sample-maps/amira.caremap"), to: file)
        let lines = ["Interprets at the surgery; prefers to be called the day before.",
                     "Away in August: book the phone interpreter then.",
                     "Amira asked that he not interpret at the mental health review."]
        let note = lines.joined(separator: "\n")

        let session = try TmuxSession([Caremap.binary.path, "review.caremap"], width: 160, height: 40, in: folder)
        defer { session.end() }
        #expect(try session.waitFor("review.caremap").matched)
        // Go to Hassan and open the details panel.
        try session.send("g")
        try session.type("Hassan")
        try session.send("Enter")
        try session.send("Enter")
        #expect(try session.waitFor("person · hassan").matched)
        // His whole note, wrapped in the panel: the first words and the last.
        let full = try session.waitForScreen { $0.contains("Community interpreter") && $0.contains("women's health.") }
        #expect(full.matched, "\(full.screen)")
        // His ties, named the way support flows: he interprets for Amira.
        try session.send("Tab")
        let tie = try session.waitFor("tie 1 of 1: حسن (Hassan) → أميرة (Amira)")
        #expect(tie.matched, "\(tie.screen)")
        // Back to Hassan, and a note of three lines in the form: Shift-Tab twice from the name
        // (the form wraps round) reaches the notes, Ctrl-U clears the old one, Enter starts
        // each new line and Ctrl-S applies.
        try session.send("Escape")
        try session.send("e")
        #expect(try session.waitFor("notes").matched)
        for _ in 0..<2 { try session.send("BTab") }
        #expect(try session.waitFor("Ctrl-S apply · Enter new line").matched)
        try session.send("C-u")
        // Each line is on screen before the next key, so a slow machine cannot reorder them.
        for (index, line) in lines.enumerated() {
            if index > 0 { try session.send("Enter") }
            try session.type(line)
            #expect(try session.waitFor(String(line.split(separator: " ").last!), timeout: 30).matched)
        }
        try session.send("C-s")
        let applied = try session.waitFor("changed notes", timeout: 30)
        #expect(applied.matched, "\(applied.screen)")
        try session.send("C-s")
        #expect(try session.waitFor("saved review.caremap").matched)
        try session.send("q")
        #expect(try session.waitForExit())
        session.end()

        let saved = try #require(CareMapFile.parse(try String(contentsOf: file, encoding: .utf8)).map)
        #expect(saved.nodes["hassan"]?.notes == note)

        // Reopened, the note is there in the details panel.
        let again = try TmuxSession([Caremap.binary.path, "review.caremap"], width: 160, height: 40, in: folder)
        defer { again.end() }
        #expect(try again.waitFor("review.caremap").matched)
        try again.send("g")
        try again.type("Hassan")
        try again.send("Enter")
        try again.send("Enter")
        let reopened = try again.waitForScreen { $0.contains("Interprets at the surgery") && $0.contains("mental health review.") }
        #expect(reopened.matched, "\(reopened.screen)")
        try again.send("q")
        #expect(try again.waitForExit())
    }
}
