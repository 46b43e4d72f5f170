import CareMapCanvas
import Testing

@Suite struct CanvasTests {
    /// A rectangle wholly off the canvas, as a node box beside a narrow map area can be, fills
    /// nothing rather than trapping.
    @Test func fillingOffTheCanvasFillsNothing() {
        var canvas = Canvas(width: 4, height: 2)
        let blank = canvas
        canvas.fill(x: 1, y: 5, width: 3, height: 1, with: Cell("x"))
        canvas.fill(x: -9, y: 0, width: 3, height: 2, with: Cell("x"))
        canvas.fill(x: 6, y: -3, width: 3, height: 2, with: Cell("x"))
        #expect(canvas == blank)
        canvas.fill(x: -1, y: 1, width: 3, height: 5, with: Cell("x"))
        #expect(canvas.rows == ["    ", "xx  "])
    }

    @Test func wideCharactersTakeTwoCellsAndAreNeverSplit() {
        var canvas = Canvas(width: 5, height: 1)
        let used = canvas.write("中文字", x: 0, y: 0)
        #expect(used == 5)
        #expect(canvas.rows == ["中文 "])
        #expect(canvas[x: 1, y: 0].isContinuation)
    }

    @Test func controlCharactersBecomeVisibleEscapes() {
        var canvas = Canvas(width: 20, height: 1)
        canvas.write("a\u{1B}]52;c\u{07}b\u{202E}", x: 0, y: 0)
        #expect(canvas.text == "a\\e]52;c\\ab\\u{202E}")
        #expect(!canvas.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test func combiningMarksStayWithTheirBase() {
        var canvas = Canvas(width: 4, height: 1)
        #expect(canvas.write("e\u{301}x", x: 0, y: 0) == 2)
        #expect(canvas[x: 0, y: 0].text == "e\u{301}")
    }

    @Test func rowsRoundTripThroughTheTextInitialiser() {
        let canvas = Canvas(rows: ["┌─┐", "│أ│", "└─┘"])
        #expect(canvas.rows == ["┌─┐", "│أ│", "└─┘"])
    }
}
