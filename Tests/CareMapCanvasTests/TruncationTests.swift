@testable import CareMapCanvas
import CareMapKit
import Testing

@Suite struct TruncationTests {
    @Test func shortTextIsKept() {
        #expect(DisplayWidth.truncate("Amira", toColumns: 5) == "Amira")
        #expect(DisplayWidth.truncate("Amira", toColumns: 0) == "")
    }

    @Test func longTextEndsInAnEllipsisWithinTheLimit() {
        let cut = DisplayWidth.truncate("Riverside GP surgery and walk-in centre", toColumns: 20)
        #expect(cut == "Riverside GP surger…")
        #expect(DisplayWidth.columns(of: cut) == 20)
    }

    @Test func wideCharactersAreNeverSplit() {
        let cut = DisplayWidth.truncate("王秀英王秀英", toColumns: 6)
        #expect(cut == "王秀…")
        #expect(DisplayWidth.columns(of: cut) == 5)
    }

    @Test func combiningMarksStayWithTheirBase() {
        #expect(DisplayWidth.truncate("e\u{301}e\u{301}e\u{301}e\u{301}", toColumns: 3) == "e\u{301}e\u{301}…")
    }

    @Test func rightToLeftTextKeepsItsStart() {
        #expect(DisplayWidth.truncate("محمد عبد الرحمن", toColumns: 5) == "محمد…")
    }
}

/// The label placer cuts a label measured once to many widths in turn; each cut must be the
/// plain definition: the longest run of whole clusters that leaves a column for `…`.
@Suite struct TruncationReferenceTests {
    static let pieces: [String] = ["A", "z", " ", "م", "ح", "王", "英", "ት", "Ж", "e\u{301}", "👩‍⚕️", "\u{200B}", "ا\u{64E}", "·"]

    static func reference(_ text: String, _ columns: Int) -> String {
        guard columns > 0 else { return "" }
        guard DisplayWidth.columns(of: text) > columns else { return text }
        var kept = ""
        for character in text {
            guard DisplayWidth.columns(of: kept + String(character)) <= columns - 1 else { break }
            kept.append(character)
        }
        return kept + "…"
    }

    @Test func everyCutOfEveryWidthIsThePlainDefinition() {
        var random = SeededRandom(seed: 14)
        for _ in 0..<1500 {
            let text = (0..<Int.random(in: 0...14, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
            let limit = Int.random(in: 1...22, using: &random)
            let cuts = DisplayWidth.Cuts(text, upTo: limit)
            for columns in 0...limit {
                let expected = Self.reference(text, columns)
                #expect(cuts.text(cutTo: columns) == expected, "\(text.debugDescription) to \(columns)")
                #expect(cuts.columns(cutTo: columns) == DisplayWidth.columns(of: expected), "\(text.debugDescription) to \(columns)")
                #expect(DisplayWidth.truncate(text, toColumns: columns) == expected)
            }
        }
    }
}
