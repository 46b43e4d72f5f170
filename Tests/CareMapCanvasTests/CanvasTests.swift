import CareMapCanvas
import Testing

@Suite struct CanvasTests {
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
