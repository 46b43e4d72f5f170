import CareMapCanvas
import CareMapKit
import Testing

/// Names in every script, and hostile ones, drawn at their true width and never as raw controls.
@Suite struct NameDrawingTests {
    /// Names in one script, the text each row must show, and the snapshot to compare with.
    struct Script: Sendable, CustomTestStringConvertible {
        let snapshot: String
        let names: [String]
        let expected: [String]
        var testDescription: String { snapshot }
    }

    static let scripts = [
        // Wide characters take two columns and are cut whole.
        Script(snapshot: "names-cjk", names: ["王秀英", "李明明李明明李明明李明明", "김민준"], expected: ["│ 王秀英 │", "李明明李明明李明明…"]),
        // Right-to-left names are written in logical order, never reversed.
        Script(
            snapshot: "names-arabic", names: ["أميرة", "كريم (Karim)", "محمد عبد الرحمن الهاشمي الكبير"],
            expected: ["│ أميرة │", "│ كريم (Karim) │", "محمد عبد الرحمن اله…"]
        ),
        // Combining marks stay on their letters and take no column: Zoë is three columns wide.
        Script(snapshot: "names-combining", names: ["Nguye\u{302}\u{303}n", "Zoe\u{308}", "Đặng Thị Ngọc Hân Nguyễn"], expected: ["│ Zoe\u{308} │", "Đặng Thị Ngọc Hân N…"]),
    ]

    @Test(arguments: scripts)
    func namesAreDrawnAtTheirTrueWidth(script: Script) {
        let (map, layout) = Fixtures.row(of: script.names)
        let canvas = Fixtures.draw(map, layout)
        for text in script.expected { #expect(canvas.text.contains(text), "\(text)") }
        assertSnapshot(canvas.text, named: script.snapshot)
    }

    @Test func hostileNamesBecomeVisibleEscapes() {
        let hostile = "Eve\u{1B}]52;c;ZXZpbA==\u{07}\u{202E}gnp.exe"
        var (map, layout) = Fixtures.row(of: [hostile, "Bob\u{9B}31m"])
        map.links = [Link(from: "n0", to: "n1", label: "x\u{1B}[2Jy")]
        let canvas = Fixtures.draw(map, layout, RenderOptions(showLinkLabels: true))
        let scalars = canvas.cells.flatMap { $0.text.unicodeScalars }
        #expect(!scalars.contains { $0.isTerminalUnsafe })
        #expect(canvas.text.contains("Eve\\e]52;c;ZXZpbA==…"))
        #expect(canvas.text.contains("Bob\\u{9B}31m"))
        assertSnapshot(canvas.text, named: "names-hostile")
    }
}
