import CareMapCanvas
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
