import CareMapKit
import Testing

@Suite struct FileQuotedStringTests {
    @Test func bareWordsAreLettersDigitsAndAFewMarks() {
        #expect(QuotedString.isBareWord("in-person"))
        #expect(QuotedString.isBareWord("a_b.c,d:e/f+g@H9"))
        #expect(!QuotedString.isBareWord(""))
        #expect(!QuotedString.isBareWord("two words"))
        #expect(!QuotedString.isBareWord("a=b"))
        #expect(!QuotedString.isBareWord("#x"))
        #expect(!QuotedString.isBareWord("Rojîn"))
        #expect(!QuotedString.isBareWord("\"q\""))
    }

    @Test func valuesAreBareWhenTheyCanBe() {
        #expect(QuotedString.value("hoped-for") == "hoped-for")
        #expect(QuotedString.value("Amira") == "Amira")
        #expect(QuotedString.value("") == "\"\"")
        #expect(QuotedString.value("her GP") == "\"her GP\"")
    }

    @Test func quotesBackslashesNewLinesAndTabsGetShortEscapes() {
        #expect(QuotedString.encode(#"say "hi"\bye"#) == #""say \"hi\"\\bye""#)
        #expect(QuotedString.encode("one\ntwo\tthree") == #""one\ntwo\tthree""#)
    }

    @Test func controlCharactersAreWrittenAsScalarEscapes() {
        #expect(QuotedString.encode("\u{1B}]0;owned\u{7}") == #""\u{1B}]0;owned\u{7}""#)
        #expect(QuotedString.encode("\r\u{0}\u{7F}\u{85}\u{9F}") == #""\u{D}\u{0}\u{7F}\u{85}\u{9F}""#)
    }

    @Test func bidiControlsAreWrittenAsScalarEscapes() {
        let bidi = "\u{61C}\u{200E}\u{200F}\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}"
        #expect(
            QuotedString.encode(bidi)
                == #""\u{61C}\u{200E}\u{200F}\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}""#
        )
    }

    @Test func otherTextIsKeptAsItIs() {
        for text in ["أميرة (Amira)", "Rojîn", "e\u{301}", "👩🏽‍⚕️", "中文", "\u{200D}\u{A0}"] {
            #expect(QuotedString.encode(text) == "\"" + text + "\"")
        }
    }
}
