@testable import CareMapApp
import CareMapCanvas
import CareMapKit
import Testing

/// The details panel read in full: it opens beside the selection, scrolls with PgUp/PgDn and
/// the wheel, and says how to see a selection it leaves too little room for.
@Suite struct ReviewPanelsTests {
    static let note = (1...12).map { "Line \($0) of a long note about Hassan, who interprets for Amira at the surgery." }.joined(separator: " ")

    static func editorOnHassan(width: Int = 100, height: Int = 30) -> Editor {
        var map = sampleMap()
        map.nodes["hassan"]?.notes = note
        var editor = Editor.on(map, width: width, height: height)
        editor.press(.character("g"))
        editor.type("hassan")
        editor.press(.enter)
        return editor
    }

    @Test func thePanelOpensOnTheSideAwayFromTheSelectionAndTheMapStaysPut() throws {
        var editor = Self.editorOnHassan()
        let before = try #require(editor.focusBoxOnScreen)
        editor.press(.enter)
        let panel = try #require(editor.screenLayout.details)
        let onRight = before.x + before.width / 2 < editor.screen.width / 2
        #expect(editor.detailsOnLeft == !onRight)
        let after = try #require(editor.focusBoxOnScreen)
        #expect(after.x >= panel.x + panel.width || after.x + after.width <= panel.x, "the panel is beside the box, not over it")
        if after.x >= 0, after.x + after.width <= editor.screen.width {
            #expect(after == before, "opening the panel does not move the map")
        }
    }

    @Test func pageDownAndTheWheelScrollTheDetails() throws {
        var editor = Self.editorOnHassan(width: 80, height: 16)
        editor.press(.enter)
        let panel = try #require(editor.screenLayout.details)
        func panelText() -> [String] {
            editor.view().rows[0..<panel.height].map { row in
                String(Array(row)[panel.x..<(panel.x + panel.width)]).trimmingCharacters(in: .whitespaces)
            }
        }
        let top = panelText()
        #expect(top[0].contains("Hassan"))
        editor.press(.pageDown)
        let paged = panelText()
        #expect(paged != top)
        #expect(!paged[0].contains("Hassan"))
        #expect(paged.joined().contains("▲"), "an arrow says there is more above")
        editor.press(.pageUp)
        #expect(panelText() == top)
        _ = editor.update(.input(.mouse(MouseEvent(x: panel.x + 3, y: 3, action: .wheelDown)), now: 0))
        #expect(editor.detailsScrollRows == 3)
        _ = editor.update(.input(.mouse(MouseEvent(x: panel.x + 3, y: 3, action: .wheelUp)), now: 0))
        #expect(panelText() == top)
        // PgDn reaches the last row of the note, and no further.
        for _ in 0..<20 { editor.press(.pageDown) }
        #expect(editor.detailsScrollRows == editor.detailsRows(width: panel.width).count - panel.height)
        let last = editor.detailsRows(width: panel.width).last!.text.trimmingCharacters(in: .whitespaces)
        #expect(panelText().contains { $0.contains(last) })
    }

    @Test func pageDownWithThePanelClosedSaysHowToOpenIt() {
        var editor = Self.editorOnHassan()
        editor.press(.pageDown)
        #expect(editor.bottomLine == "PgUp and PgDn scroll the details panel; Enter opens it")
    }

    @Test func aNarrowMapBesideThePanelSaysHowToSeeTheSelection() {
        var map = sampleMap()
        map.nodes["hassan"]?.name = "Hassan, the community interpreter"
        var editor = Editor.on(map, width: 40, height: 20)
        editor.press(.character("g"))
        editor.type("hassan")
        editor.press(.enter, .enter)
        #expect(editor.selectionIsCut)
        #expect(editor.view().text.contains("the selection is cut"))
    }

    @Test func insightsPageThroughFindingsWithPgDnAndTheWheel() {
        var editor = InsightsTests.editor()
        editor.press(.character("i"))
        editor.press(.pageDown)
        guard case .insights(let paged) = editor.mode else { Issue.record("the panel closed"); return }
        #expect(paged > 1)
        editor.press(.pageUp)
        #expect(editor.mode == .insights(selected: 0))
        _ = editor.update(.input(.mouse(MouseEvent(x: 5, y: 5, action: .wheelDown)), now: 0))
        #expect(editor.mode == .insights(selected: 1))
    }

    @Test func controlZAsksTheRunLoopToSuspend() {
        var editor = Editor.on(sampleMap())
        #expect(editor.press(.control("z")) == [.suspend])
    }
}
