import CareMapCanvas
import CareMapKit
import Testing

/// Names in every script, and hostile ones, drawn at their true width and never as raw controls.
@Suite struct NameDrawingTests {
    @Test func wideNamesTakeTwoColumnsAndTruncateWhole() {
        let (map, layout) = Fixtures.row(of: ["王秀英", "李明明李明明李明明李明明", "김민준"])
        let canvas = Fixtures.draw(map, layout)
        #expect(canvas.rows[2].contains("│ 王秀英 │"))
        #expect(canvas.text.contains("李明明李明明李明明…"))
        assertSnapshot(canvas.text, named: "names-cjk")
    }

    @Test func arabicNamesAreWrittenInLogicalOrder() {
        let (map, layout) = Fixtures.row(of: ["أميرة", "كريم (Karim)", "محمد عبد الرحمن الهاشمي الكبير"])
        let canvas = Fixtures.draw(map, layout)
        #expect(canvas.text.contains("أميرة"))
        #expect(canvas.text.contains("كريم (Karim)"))
        assertSnapshot(canvas.text, named: "names-arabic")
    }

    @Test func combiningMarksStayOnTheirLetters() {
        let (map, layout) = Fixtures.row(of: ["Nguye\u{302}\u{303}n", "Zoe\u{308}", "Đặng Thị Ngọc Hân Nguyễn"])
        let canvas = Fixtures.draw(map, layout)
        #expect(canvas.text.contains("Zoe\u{308}"))
        #expect(canvas.rows[6].contains("│ Zoë │"), "Zoë is three columns wide")
        assertSnapshot(canvas.text, named: "names-combining")
    }

    @Test func hostileNamesBecomeVisibleEscapes() {
        let hostile = "Eve\u{1B}]52;c;ZXZpbA==\u{07}\u{202E}gnp.exe"
        var (map, layout) = Fixtures.row(of: [hostile, "Bob\u{9B}31m"])
        map.links = [Link(from: "n0", to: "n1", label: "x\u{1B}[2Jy")]
        let canvas = Fixtures.draw(map, layout, RenderOptions(showLinkLabels: true))
        let scalars = canvas.cells.flatMap { $0.text.unicodeScalars }
        #expect(!scalars.contains { DisplayWidth.isControl($0) || DisplayWidth.isBidiControl($0) })
        #expect(canvas.text.contains("Eve\\e]52;c;ZXZpbA==…"))
        #expect(canvas.text.contains("Bob\\u{9B}31m"))
        assertSnapshot(canvas.text, named: "names-hostile")
    }
}
