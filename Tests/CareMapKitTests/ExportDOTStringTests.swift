@testable import CareMapKit
import Testing

@Suite struct ExportDOTStringTests {
    @Test func quotesAndBackslashesAreEscaped() {
        #expect(DOTString.quoted("say \"hi\"") == #""say \"hi\"""#)
        #expect(DOTString.quoted(#"a\b\n\N"#) == #""a\\b\\n\\N""#)
        #expect(DOTString.quoted(#"ends\"#) == #""ends\\""#)
    }

    @Test func newLinesBecomeDOTLineBreaks() {
        #expect(DOTString.quoted("one\ntwo") == #""one\ntwo""#)
    }

    @Test(arguments: ["\u{1B}", "\u{07}", "\u{0}", "\t", "\r", "\u{7F}", "\u{85}", "\u{9B}", "\u{202E}", "\u{2066}", "\u{061C}", "\u{200F}", "\u{2028}"])
    func invisibleScalarsBecomeVisibleText(_ text: String) throws {
        let scalar = try #require(text.unicodeScalars.first)
        let hex = String(scalar.value, radix: 16, uppercase: true)
        #expect(DOTString.quoted("a" + text + "b") == "\"a\\\\u{\(hex)}b\"")
    }

    @Test func everyOtherScriptIsKept() {
        for text in ["مرحبا", "你好", "👩‍👧", "Ünïcödé", "<b>&amp;</b>", "\u{200D}"] {
            #expect(DOTString.quoted(text) == "\"" + text + "\"")
        }
    }

    @Test func noRawControlOrQuoteSurvivesInsideTheString() {
        for name in ExportFixtures.hostileNames {
            let quoted = DOTString.quoted(name)
            let inside = quoted.dropFirst().dropLast()
            #expect(!inside.unicodeScalars.contains { $0.isTerminalUnsafe || $0 == "\n" })
            #expect(!inside.replacingOccurrences(of: "\\\\", with: "").replacingOccurrences(of: "\\\"", with: "").contains("\""))
        }
    }
}
