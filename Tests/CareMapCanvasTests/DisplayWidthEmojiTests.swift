import Foundation
import CareMapCanvas
import Testing

/// Emoji sequences are drawn as a base every terminal measures alike, and measured as drawn, so
/// a name holding one never pushes its row past a box's border (issue 17).
@Suite struct DisplayWidthEmojiTests {
    /// Each sequence, the scalar drawn for it, and that scalar's width in every terminal.
    static let sequences: [(text: String, drawn: String, columns: Int)] = [
        ("👨\u{200D}👩\u{200D}👧", "👨", 2),          // family: a zero-width-joiner sequence
        ("👩\u{1F3FD}\u{200D}💻", "👩", 2),           // woman technologist, medium skin tone
        ("👋\u{1F3FD}", "👋", 2),                      // waving hand with a skin-tone modifier
        ("❤\u{FE0F}\u{200D}🔥", "❤", 1),              // heart on fire: a text-default base with VS16
        ("❤\u{FE0F}", "❤", 1),
        ("1\u{FE0F}\u{20E3}", "1", 1),                // keycap
        ("🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", "🏴", 2), // Scotland: tag characters
    ]

    @Test func eachSequenceIsOneClusterDrawnAsItsBase() {
        for (text, drawn, columns) in Self.sequences {
            #expect(text.count == 1, "\(text) is one grapheme cluster")
            #expect(String(DisplayWidth.drawable(Character(text))) == drawn, "\(text)")
            #expect(DisplayWidth.columns(of: Character(text)) == columns, "\(text)")
            #expect(DisplayWidth.columns(of: "a" + text + "b") == columns + 2, "\(text)")
        }
    }

    @Test func clustersWithoutEmojiSequencePartsAreDrawnWhole() {
        for text in ["é", "e\u{301}", "한", "🇬🇧", "😀", "ก\u{E49}"] {
            #expect(String(DisplayWidth.drawable(Character(text))) == text, "\(text)")
        }
        #expect(DisplayWidth.columns(of: "🇬🇧") == 2)
        #expect(DisplayWidth.columns(of: "e\u{301}") == 1)
    }

    @Test func aNameOfSequencesFillsExactlyTheColumnsItIsMeasuredAt() {
        let name = Self.sequences.map(\.text).joined(separator: " ")
        let width = DisplayWidth.columns(of: name)
        var canvas = Canvas(width: width + 4, height: 1)
        let used = canvas.write(name, x: 1, y: 0)
        #expect(used == width)
        let drawn = Self.sequences.map(\.drawn).joined(separator: " ")
        #expect(canvas.text.trimmingCharacters(in: .whitespaces) == drawn)
        let cells = (0..<canvas.width).map { canvas[x: $0, y: 0] }
        #expect(cells.filter { !$0.isContinuation }.reduce(0) { $0 + max(1, DisplayWidth.columns(of: $1.text)) } == canvas.width)
    }
}
