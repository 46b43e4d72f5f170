import CareMapKit
import Testing

/// The lexer scans bytes but columns count Unicode scalars: after Arabic, Tigrinya or an emoji
/// (two, three and four UTF-8 bytes a scalar), a mistake is still pointed at where a person
/// counting characters would look.
@Suite struct FileNonASCIIColumnTests {
    private static func messages(_ text: String) -> [String] {
        CareMapFile.parse(text).diagnostics.map { $0.formatted(path: "m.caremap") }
    }

    @Test func columnsAfterMultiByteNamesCountScalars() {
        let text = """
            caremap 1
            person a "أمل" strength=strong
            person b "ሰላም 🙂" ring=9
            person c "ሰላም" x="é"y
            person d "🙂\\q"
            person e "é" lang=é

            """
        #expect(Self.messages(text) == [
            "m.caremap:2:16: warning: unknown attribute 'strength'; it is kept as written",
            "m.caremap:3:23: ring 9 is out of range; use 1 (closest), 2 or 3",
            "m.caremap:4:21: missing space after the closing quote",
            "m.caremap:5:12: unknown escape '\\q'; use \\\", \\\\, \\n, \\t or \\u{…}",
            "m.caremap:6:19: unexpected 'é' in a value; put the value in double quotes: lang=\"é\"",
        ])
    }

    @Test func multiByteTextAndEscapesReadBackExactly() throws {
        let text = "caremap 1\nperson a \"أمل \\u{1F642} \\\"ሰላም\\\"\\tend\" role=service-user\nsubject a\n"
        let map = try #require(CareMapFile.parse(text).map)
        #expect(map.nodes[NodeID("a")]?.name == "أمل 🙂 \"ሰላም\"\tend")
        #expect(CareMapFile.parse(CareMapFile.print(map)).map == map)
    }
}
