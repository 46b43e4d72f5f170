import CareMapCanvas
import Testing
@testable import CareMapTerminal

@Suite("Screen runs")
struct ScreenRunTests {
    let red = CellStyle(.danger, [.bold])

    func changes(_ old: Canvas, _ new: Canvas, width: Int? = nil, height: Int? = nil) -> [ScreenRun] {
        ScreenRun.changes(from: old, to: new, width: width ?? new.width, height: height ?? new.height)
    }

    @Test func nothingChangedWritesNothing() {
        let canvas = Canvas(rows: ["abc", "中文 x"])
        #expect(changes(canvas, canvas).isEmpty)
    }

    @Test func changedCellsOnARowFormOneRun() {
        let old = Canvas(rows: ["abcdef", "ghijkl"])
        let new = Canvas(rows: ["aXYdeZ", "ghijkl"])
        #expect(changes(old, new) == [
            ScreenRun(x: 1, y: 0, style: .plain, text: "XY"),
            ScreenRun(x: 5, y: 0, style: .plain, text: "Z"),
        ])
    }

    @Test func aStyleChangeStartsANewRun() {
        let old = Canvas(rows: ["abcd"])
        var new = old
        new.write("b", x: 1, y: 0, style: red)
        new.write("c", x: 2, y: 0, style: red)
        new.write("D", x: 3, y: 0)
        #expect(changes(old, new) == [
            ScreenRun(x: 1, y: 0, style: red, text: "bc"),
            ScreenRun(x: 3, y: 0, style: .plain, text: "D"),
        ])
    }

    @Test func againstABlankCanvasEveryNonBlankCellIsWritten() {
        let new = Canvas(rows: ["a  b"])
        #expect(changes(Canvas(width: 4, height: 1), new) == [
            ScreenRun(x: 0, y: 0, style: .plain, text: "a"),
            ScreenRun(x: 3, y: 0, style: .plain, text: "b"),
        ])
    }

    @Test func aRunEndsAfterAWideCharacterSoTheNextStartsAtItsOwnColumn() {
        let new = Canvas(rows: ["中文ab"])
        #expect(changes(Canvas(width: 6, height: 1), new) == [
            ScreenRun(x: 0, y: 0, style: .plain, text: "中"),
            ScreenRun(x: 2, y: 0, style: .plain, text: "文"),
            ScreenRun(x: 4, y: 0, style: .plain, text: "ab"),
        ])
    }

    @Test func aChangedContinuationRedrawsItsWideCharacter() {
        let old = Canvas(rows: ["中x"])
        var new = old
        new[x: 1, y: 0] = Cell("", style: red)
        #expect(changes(old, new) == [ScreenRun(x: 0, y: 0, style: .plain, text: "中")])
    }

    @Test func brokenWideCharactersAndControlsBecomeOneColumnEach() {
        var new = Canvas(width: 5, height: 1)
        new[x: 0, y: 0] = Cell("中")
        new[x: 1, y: 0] = Cell("b")
        new[x: 2, y: 0] = .continuation
        new[x: 3, y: 0] = Cell("\u{1B}")
        new[x: 4, y: 0] = Cell("\u{202E}")
        #expect(changes(Canvas(rows: ["vwxyz"]), new) == [
            ScreenRun(x: 0, y: 0, style: .plain, text: " b \u{FFFD}\u{FFFD}"),
        ])
    }

    @Test func clippedToTheScreen() {
        let new = Canvas(rows: ["abc中", "defgh", "ijklm"])
        #expect(changes(Canvas(width: 5, height: 3), new, width: 4, height: 2) == [
            ScreenRun(x: 0, y: 0, style: .plain, text: "abc "),
            ScreenRun(x: 0, y: 1, style: .plain, text: "defg"),
        ])
    }

    @Test func anOldCanvasOfAnotherSizeCountsAsBlankBeyondItsCells() {
        let old = Canvas(rows: ["ab"])
        let new = Canvas(rows: ["ab", "c"])
        #expect(changes(old, new) == [ScreenRun(x: 0, y: 1, style: .plain, text: "c")])
    }
}
