import CareMapApp
import CareMapCanvas
import CareMapKit
import HostileInput
import Testing

/// The editor's screens over a map of hostile names: the map, the outline, the details of every
/// node and tie, and the edit form. No cell of any frame holds a control or bidi control; the
/// names are there as visible escapes (`docs/safety.md`).
@Suite struct HostileViewTests {
    static let map = HostileText.map()

    /// The unsafe scalars in a frame's cells, as `U+…` for a readable failure.
    static func unsafe(in frame: Canvas) -> [String] {
        frame.cells.flatMap(\.text.unicodeScalars).filter { $0 == "\n" || HostileText.isTerminalUnsafe($0) || $0 == "\t" }
            .map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    @Test func everyScreenOverHostileNamesHoldsOnlyPrintableText() {
        var editor = Editor.on(Self.map, width: 120, height: 40)
        var frames = [editor.view()]
        editor.press(.character("O"))
        for _ in Self.map.nodes.values {
            editor.press(.down)
            frames.append(editor.view())
        }
        editor.press(.character("O"), .enter)
        frames.append(editor.view())
        for _ in Self.map.links {
            editor.press(.tab)
            frames.append(editor.view())
        }
        editor.press(.character("e"))
        frames.append(editor.view())
        editor.press(.escape)
        editor.press(.character("/"))
        editor.type("clip")
        frames.append(editor.view())
        for (index, frame) in frames.enumerated() {
            #expect(Self.unsafe(in: frame) == [], "frame \(index):\n\(frame.text)")
        }
        #expect(frames.contains { $0.text.contains("clip\\e]52") }, "the OSC 52 name was never drawn")
        #expect(frames.contains { $0.text.contains("invoice\\u{202E}") }, "the bidi override name was never drawn")
    }
}
