@testable import CareMapCanvas
import CareMapKit
import Testing

/// The byte-level shortcuts in ``Canvas/text`` and ``DisplayWidth/columns(of:)`` must give what
/// going cluster by cluster gives.
@Suite struct CanvasFastPathTests {
    private static let pieces = ["a", "Z", " ", "~", "é", "e\u{301}", " \u{301}", "界", "🙂", "👩‍⚕️", "\u{200B}", "أ", "\t", "\u{7F}"]

    @Test(arguments: 0..<10) func columnsEqualTheSumOverClusters(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        for _ in 0..<200 {
            let text = (0..<Int(random.next() % 12)).map { _ in Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }.joined()
            #expect(DisplayWidth.columns(of: text) == text.reduce(0) { $0 + DisplayWidth.columns(of: $1) }, "\(text.debugDescription)")
        }
    }

    @Test func textDropsOnlyTrailingSpaces() {
        let canvas = Canvas(rows: ["ab  ", "   ", "界 ", " \u{301} ", "x 🙂"])
        #expect(canvas.text == canvas.rows.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n"))
        #expect(canvas.text.hasSuffix("x 🙂"))
    }
}
