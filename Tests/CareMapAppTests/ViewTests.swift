import CareMapApp
import CareMapCanvas
import CareMapKit
import Testing

@Suite struct ViewTests {
    /// Every help line, scrolled through page by page on a normal screen.
    private func helpText(_ editor: Editor) -> String {
        var editor = editor
        editor.press(.character("?"))
        var pages = [editor.view().text]
        for _ in 0..<10 {
            editor.press(.pageDown)
            pages.append(editor.view().text)
        }
        return pages.joined(separator: "\n")
    }

    @Test func helpListsEveryKeyBindingOfTheKeymap() {
        let help = helpText(Editor.on(sampleMap(), width: 100, height: 24))
        for binding in Keymap.bindings {
            let keys = binding.keys.map(\.label).joined(separator: " ")
            #expect(help.contains(keys), "help does not show \(keys)")
            #expect(help.contains(binding.summary), "help does not explain \(keys)")
        }
        #expect(help.contains(":add person|place|group \"NAME\""))
        #expect(help.contains(":q!"))
    }

    @Test func everyBoundKeyDoesSomethingInNormalMode() {
        for binding in Keymap.bindings {
            for key in binding.keys {
                #expect(Keymap.action(for: key) == binding.action)
                var editor = Editor.on(sampleMap())
                editor.press(key)
                #expect(!editor.bottomLine.contains("does nothing"), "\(key.label) is bound but ignored")
            }
        }
        var editor = Editor.on(sampleMap())
        editor.press(.character("z"))
        #expect(editor.bottomLine == "z does nothing here; ? lists every key")
    }

    @Test func helpClosesOnAnyOtherKey() {
        var editor = Editor.on(sampleMap())
        editor.press(.character("?"))
        #expect(editor.view().rows[0].contains("Help"))
        editor.press(.escape)
        #expect(editor.mode == .normal)
    }

    @Test func curtainHidesEveryRealNameEverywhere() {
        var editor = Editor.on(sampleMap(), width: 120, height: 40)
        editor.press(.character("P"), .enter)
        let names = ["أميرة", "amira", "hassan", "riverside", "كريم", "karim", "al-noor", "interprets for", "registered with"]
        var frames = [editor.view().text]
        editor.press(.tab)
        frames.append(editor.view().text)
        editor.press(.character("g"))
        editor.type("h")
        frames.append(editor.view().text)
        editor.press(.escape, .escape, .character("O"))
        frames.append(editor.view().text)
        for frame in frames {
            for name in names { #expect(!frame.lowercased().contains(name), "\(name) shows behind the curtain") }
        }
        #expect(frames[0].contains("Service user"))
        #expect(frames[0].contains("CURTAIN"))
        editor.press(.character("O"), .character("P"))
        #expect(editor.view().text.contains("Hassan"))
    }

    @Test func outlineListsEveryNodeGroupedByRingAndSector() {
        var editor = Editor.on(sampleMap(), width: 80, height: 24)
        editor.press(.character("O"))
        let text = editor.view().text
        for node in sampleMap().nodes.values { #expect(text.contains(node.displayName)) }
        #expect(text.contains("Ring 2 · statutory"))
        #expect(text.contains("Hassan — interpreter · ar, en · 1 tie"))
        editor.press(.down)
        #expect(editor.selection == .node("karim"))
        editor.press(.down, .down)
        #expect(editor.selection == .node("hassan"))
        editor.press(.end)
        #expect(editor.selection == .node("mosque"))
    }

    @Test func resizeResizesTheViewAndKeepsTheSelectionInView() throws {
        var editor = Editor.on(sampleMap())
        _ = editor.update(.input(.resize(width: 60, height: 20), now: 0))
        let frame = editor.view()
        #expect(frame.width == 60)
        #expect(frame.height == 20)
        #expect(editor.viewport.width == 60)
        #expect(editor.viewport.height == 18)
        let amira = try #require(editor.layout.positions["amira"])
        #expect(editor.viewport.rect.contains(amira))
    }

    @Test func aTinyScreenSaysSoInsteadOfDrawingTheMap() {
        var editor = Editor.on(sampleMap())
        _ = editor.update(.input(.resize(width: 30, height: 8), now: 0))
        #expect(editor.view().rows == [
            String(repeating: " ", count: 30),
            String(repeating: " ", count: 30),
            " caremap needs at least 40×10 ",
            "    this terminal is 30×8     ",
            " enlarge the window to go on  ",
            String(repeating: " ", count: 30),
            String(repeating: " ", count: 30),
            String(repeating: " ", count: 30),
        ])
        #expect(editor.cursor == nil)
    }

    @Test func detailsShowEveryAttributeAndTheTies() {
        var editor = Editor.on(sampleMap(), width: 120, height: 30)
        editor.press(.character("g"))
        editor.type("hassan")
        editor.press(.enter, .enter)
        let text = editor.view().text
        for line in ["Hassan", "person · hassan", "role     interpreter", "lang     ar,en", "ring     2", "Ties (1)", "→ أميرة (Amira) · interprets for"] {
            #expect(text.contains(line), "details lack \(line)")
        }
        editor.press(.tab)
        #expect(editor.view().text.contains("strength  strong"))
        #expect(editor.view().text.contains("tie · hassan -> amira"))
        #expect(editor.view().text.contains("Hassan → أميرة (Amira)"))
    }

    @Test func controlCharactersInNamesNeverReachTheScreen() {
        var map = sampleMap()
        map.nodes["hassan"]?.name = "Hassan\u{1B}]52;c;evil\u{07}"
        var editor = Editor.on(map, width: 120, height: 30)
        editor.press(.character("O"), .enter)
        let cells = editor.view().cells.map(\.text).joined()
        #expect(!cells.unicodeScalars.contains { $0.value < 0x20 })
        #expect(cells.contains("\\e"))
    }

    /// The habits of other terminal programs: Esc closes what is open, F1 is help, F10 quits,
    /// Ctrl-L redraws, and help names `:x`.
    @Test func habitsOfOtherTerminalPrograms() {
        var editor = Editor.on(sampleMap())
        editor.press(.character("O"))
        #expect(editor.showsOutline)
        editor.press(.escape)
        #expect(!editor.showsOutline)
        editor.press(.function(1))
        #expect(editor.mode == .help(scroll: 0))
        editor.press(.escape)
        #expect(editor.mode == .normal)
        editor.press(.character("i"))
        editor.press(.escape)
        #expect(editor.mode == .normal)
        #expect(editor.press(.control("l")) == [.redraw])
        #expect(helpText(editor).contains("save and quit (also :x)"))
        #expect(helpText(editor).contains("? F1 "))
        #expect(editor.press(.function(10)) == [.quit])
    }

    /// A note longer than the panel is wide wraps onto as many rows as it needs.
    @Test func detailsWrapALongNote() {
        var map = sampleMap()
        let note = "Often asked to interpret at the surgery at short notice; prefers a call the day before and a quiet room."
        map.nodes["hassan"]?.notes = note
        var editor = Editor.on(map, width: 120, height: 30)
        editor.press(.character("g"))
        editor.type("hassan")
        editor.press(.enter, .enter)
        let panel = editor.view().rows.map { row in String((editor.detailsOnLeft ? row.split(separator: "│").first : row.split(separator: "│").last) ?? "") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let shown = panel.drop { !$0.hasPrefix("notes") }.prefix { !$0.isEmpty && !$0.hasPrefix("private") }
        #expect(shown.joined(separator: " ").replacingOccurrences(of: "notes ", with: "").trimmingCharacters(in: .whitespaces)
                    .split(separator: " ").joined(separator: " ") == note, "\(panel)")
    }
}
