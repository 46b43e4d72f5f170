@testable import CareMapApp
import CareMapCanvas
import CareMapKit
import Testing

/// `i`: the insights panel, its highlights, Enter, and the count on the status bar.
@Suite struct InsightsTests {
    /// Amira reaches the GP only through Hassan (the tie goes via him); no community tie is
    /// trusted (the mosque tie says nothing of trust or quality), no provider is known to be
    /// informed and no one explains local systems; the interpreting action is past its review
    /// date: five findings.
    static func map() -> CareMap {
        var map = sampleMap()
        map.actions["book"] = CareAction(id: "book", text: "Book a Dari interpreter", about: ["riverside-gp"], owner: "Grace",
                                         review: CalendarDate(year: 2026, month: 11, day: 1))
        return map
    }

    static func editor(width: Int = 100, height: Int = 30) -> Editor {
        var editor = Editor.on(map(), width: width, height: height)
        editor.today = CalendarDate(year: 2026, month: 11, day: 25)
        editor.idle()
        return editor
    }

    @Test func theStatusBarCountsTheFindings() {
        let editor = Self.editor()
        #expect(editor.findings.count == 5)
        #expect(editor.statusLine.contains("│ NORMAL │ 5 gaps (i) "))
        var empty = Editor.on(CareMap())
        #expect(!empty.statusLine.contains("gap"))
        empty.press(.character("i"))
        #expect(empty.bottomLine == "an empty map: nothing to say yet")
    }

    @Test func thePanelListsFindingsAndHighlightsTheChosenOne() throws {
        var editor = Self.editor()
        editor.press(.character("i"))
        #expect(editor.mode == .insights(selected: 0))
        // Amira's box is in the lower half: the panel takes the top, every finding in full.
        let rows = editor.view().rows.map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
        #expect(Array(rows[0...8]) == [
            " Insights: 5 to act on",
            " 1. The only route to primary care depends on Hassan (interpreter).",
            " 2. Past its review date (review 2026-11-01): Book a Dari interpreter.",
            " 3. Community, and its links with formal services: not met; no one they trust in their community",
            "    connects them with formal services.",
            " 4. Informed providers and good attitudes: not met; no provider on the map is known to understand",
            "    their situation.",
            " 5. A right to knowledge of local systems: not met; no one on the map helps them learn how local",
            "    services work.",
        ])
        #expect(Array(rows[12...13]) == [
            " → Ask the services to book interpreters themselves, so primary care does not depend on Hassan",
            "   alone.",
        ])
        let box = try #require(editor.focusBoxOnScreen)
        #expect(box.y > 13, "the panel is beside the selection, not over it")
        #expect(editor.statusLine.contains("INSIGHTS"))
        let chosen = editor.view()
        editor.press(.down)
        #expect(editor.mode == .insights(selected: 1))
        #expect(editor.view().rows[13].hasPrefix(" → Review it with Grace, then mark it done (:done book)"))
        #expect(chosen != editor.view(), "the highlight follows the choice")
    }

    @Test func enterGoesToTheFindingAndSaysWhatToDo() {
        var editor = Self.editor()
        editor.press(.character("i"), .enter)
        #expect(editor.mode == .normal)
        #expect(editor.selection == .node("hassan"))
        #expect(editor.bottomLine.hasPrefix("Ask the services to book interpreters themselves"))
        editor.press(.character("i"), .escape)
        #expect(editor.mode == .normal)
    }

    @Test func findingsFollowEditsAndTheCurtainHidesNames() {
        var editor = Self.editor()
        editor.command("link amira riverside-gp")
        editor.idle()
        #expect(!editor.findings.contains { if case .singlePointOfFailure = $0.kind { true } else { false } })
        editor.press(.character("P"), .character("i"))
        let text = editor.view().text
        for name in ["Hassan", "أميرة", "Riverside", "Dari", "Grace"] { #expect(!text.contains(name), "\(name) behind the curtain") }
    }

    @Test func behindTheCurtainAnActionAboutSomeoneNotPrivateIsNotCalledPrivate() {
        var editor = Self.editor()
        editor.press(.character("P"), .character("i"))
        let text = editor.view().text
        #expect(text.contains(" 2. An action (its words hidden) is past its review date (review 2026-11-01)."))
        #expect(!text.contains("private person"))
    }
}
