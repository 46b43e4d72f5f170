import CareMapApp
import CareMapKit
import Testing

/// The findings are worked out on the first `.idle` after an edit, not on the edit's key, and
/// whatever shows them settles them first.
@Suite struct SettlingFindingsTests {
    /// Whether any finding names Hassan.
    static func namesHassan(_ editor: Editor) -> Bool {
        editor.findings.contains { $0.nodes.contains("hassan") }
    }

    @Test func anEditLeavesTheFindingsStaleUntilIdle() {
        var editor = InsightsTests.editor()
        #expect(!editor.needsIdleSoon)
        editor.press(.right, .down)
        #expect(!editor.needsIdleSoon, "moving the selection changes nothing the findings rest on")
        editor.command("link amira riverside-gp")
        #expect(editor.needsIdleSoon, "the run loop is asked for a short wait")
        #expect(editor.findings.count == 5, "the last findings stay until the editor is idle")
        editor.idle()
        #expect(!editor.needsIdleSoon, "and its long wait once they are settled")
        #expect(editor.findings.count == 4)
        #expect(editor.statusLine.contains("│ 4 gaps (i) "))
    }

    @Test func undoAndTheDayLeaveThemStaleToo() {
        var editor = InsightsTests.editor()
        editor.command("link amira riverside-gp")
        editor.idle()
        editor.press(.character("u"))
        #expect(editor.needsIdleSoon)
        editor.idle()
        #expect(editor.findings.count == 5)
        editor.today = CalendarDate(year: 2026, month: 10, day: 1)
        #expect(editor.needsIdleSoon)
        editor.idle()
        #expect(editor.findings.count == 4, "the action is not yet past its review date")
    }

    @Test func openingTheInsightsPanelSettlesThemFirst() {
        var editor = InsightsTests.editor()
        editor.command("link amira riverside-gp")
        editor.press(.character("i"))
        #expect(!editor.needsIdleSoon)
        #expect(editor.view().text.contains(" Insights: 4 to act on"))
        #expect(!editor.view().text.contains("depends on Hassan"))
    }

    @Test func aStaleFindingNamingADeletedNodeIsPassedOver() {
        var editor = InsightsTests.editor()
        editor.command("delete hassan")
        #expect(editor.map.nodes["hassan"] == nil)
        #expect(Self.namesHassan(editor), "the stale findings still name him")
        #expect(editor.statusLine.contains("│ 5 gaps (i) "), "the count is the last one until idle")
        editor.press(.character("i"))
        #expect(!Self.namesHassan(editor))
        editor.press(.enter)
        if case .node(let id)? = editor.selection { #expect(editor.map.nodes[id] != nil) }
        #expect(!editor.view().text.contains("Hassan"))
    }

    /// The surgery tie is a past one, so the finding that Amira has no route to formal care
    /// names it; unlinking it leaves that finding naming a tie that is gone.
    @Test func aStaleFindingNamingADeletedTieIsPassedOver() throws {
        var map = InsightsTests.map()
        map.links[0].status = .past
        var editor = Editor.on(map)
        let tie = try #require(editor.findings.flatMap(\.links).first)
        let ends = try #require(editor.map.link(tie))
        editor.command("unlink \(ends.from) \(ends.to)")
        #expect(editor.map.link(tie) == nil)
        #expect(editor.findings.contains { $0.links.contains(tie) }, "the stale findings still name it")
        #expect(!editor.view().text.isEmpty)
        editor.press(.character("i"))
        #expect(!editor.findings.contains { $0.links.contains(tie) })
        #expect(editor.view().rows.count == editor.screen.height)
    }
}
