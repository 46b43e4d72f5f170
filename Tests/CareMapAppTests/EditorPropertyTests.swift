import CareMapApp
import CareMapCanvas
import CareMapKit
import HostileInput
import Testing

/// The editor driven by seeded random keys and `:` commands, as a person mashing the keyboard
/// would: after every key the map keeps its invariants and gains no error; saving writes a map
/// that reads back the same; and undoing every edit gives back the map the editor opened.
@Suite struct EditorPropertyTests {
    /// Maps to start from: the small sample, hostile names, and nothing at all.
    static let starts: [String: CareMap] = [
        "sample": sampleMap(),
        "hostile": HostileText.map(HostileText.terminalAttacks.map(\.text) + HostileText.invisible),
        "empty": CareMap(),
    ]

    /// Single keys: every binding but `q` (quitting ends the run), arrows and editing keys for
    /// forms and prompts, and characters to type into them, some of them hostile.
    static let keys: [Key] = "hjklapocedmu+-fLPOKg/nNyx1 ,=".map { Key.character($0) } + [
        .tab, .backTab, .enter, .enter, .escape, .backspace, .delete, .up, .down, .left, .right,
        .home, .end, .control("r"), .control("s"), .character("é"), .character("\u{1B}"), .character("\u{202E}"),
    ]

    /// Whole command lines, typed after `:` and run with Enter; some refer to nodes that only
    /// some maps have, or are malformed, so refusals are exercised too.
    static let commands = [
        #"add person "Fatima" role=peer lang=ar ring=1"#, #"add place "GP \u{1B}[2J" role=gp-surgery"#,
        #"add group "Choir" private=yes"#, "link amira hassan strength=strong", "link centre hostile-1 via=hostile-2",
        "unlink amira hassan", "set ring=2 notes=\"x\"", #"rename "Renamed \u{202E}""#, "id renamed-id",
        "delete", "subject -", "subject amira", #"title "New title""#, "pin 3,4", "unpin", "undo", "redo",
        "layout force", "zoom 1", "find a", "set strength=tenuous", "link", "add", "set ring=9",
    ]

    /// One step: a key (three times in four) or a whole command line.
    static func step(_ random: inout SeededRandom) -> [Key] {
        guard Int.random(in: 0..<4, using: &random) == 0 else { return [keys.randomElement(using: &random)!] }
        return [.character(":")] + commands.randomElement(using: &random)!.map { Key.character($0) } + [.enter]
    }

    @Test(arguments: Array(UInt64(1)...16))
    func randomKeysKeepInvariantsSaveFaithfullyAndUndoToTheStart(seed: UInt64) throws {
        for (name, start) in Self.starts.sorted(by: { $0.key < $1.key }) {
            var random = SeededRandom(seed: seed)
            var editor = Editor.on(start, path: "\(name).caremap", width: 100, height: 30)
            for index in 0..<120 {
                for key in Self.step(&random) { _ = editor.update(.input(.key(key), now: Double(index))) }
                #expect(editor.map.invariantViolations() == [], "seed \(seed), \(name), step \(index)")
                #expect(!editor.map.problems().contains { $0.severity == .error }, "seed \(seed), \(name), step \(index)")
                if index % 40 == 0 { _ = editor.view() }
            }
            for _ in 0..<4 where editor.mode != .normal { _ = editor.update(.input(.key(.escape), now: 1000)) }
            try #require(editor.mode == .normal, "seed \(seed), \(name): stuck in \(editor.mode)")

            let effects = editor.command("w")
            let saved = try #require(effects.compactMap { effect -> CareMap? in
                if case .save(let map, _) = effect { return map } else { return nil }
            }.first, "seed \(seed), \(name): :w saved nothing")
            #expect(saved == editor.map)
            #expect(CareMapFile.parse(CareMapFile.print(saved)).map == saved, "seed \(seed), \(name): save → load changed the map")

            var undos = 0
            while editor.message?.text != "nothing to undo", undos < 10_000 {
                editor.press(.character("u"))
                undos += 1
            }
            #expect(undos > 1, "seed \(seed), \(name): no edit was left to undo; the keys hardly edit")
            #expect(editor.map == start, "seed \(seed), \(name): undoing \(undos - 1) edits did not give back the start")
        }
    }
}
