import CareMapKit
import Testing

/// Every problem a file can have, word for word with its line and column: these are the lines
/// a facilitator reads when a hand-edited map will not open.
@Suite struct FileDiagnosticTests {
    static func messages(_ text: String) -> [String] {
        CareMapFile.parse(text).diagnostics.map { $0.formatted(path: "m.caremap") }
    }

    static func messages(_ bytes: [UInt8]) -> [String] {
        CareMapFile.parse(bytes).diagnostics.map { $0.formatted(path: "m.caremap") }
    }

    @Test func everyProblemInAFileIsReportedInOrder() {
        let text = """
            caremap 1
            person a "A" role=service-user
            person b "B" strength=strong
            link a -> b strength=strng quality=bad
            link a -- zz
            person a "Again"
            subject b
            person c "C" ring=9 lang=xx_yy
            place p "P" role=gp-surgery
            subject p

            """
        #expect(Self.messages(text) == [
            "m.caremap:3:14: warning: unknown attribute 'strength'; it is kept as written",
            "m.caremap:4:22: unknown strength 'strng'; did you mean 'strong'?",
            "m.caremap:4:36: unknown quality 'bad'; use one of supportive, stressful, mixed",
            "m.caremap:5:11: link to 'zz', which is not a node in this map",
            "m.caremap:6:8: duplicate id 'a'; it is already declared on line 2",
            "m.caremap:8:19: ring 9 is out of range; use 1 (closest), 2 or 3",
            "m.caremap:8:26: malformed language tag 'xx_yy'; use a BCP 47 tag such as 'ar', 'prs' or 'en-GB'",
            "m.caremap:10:1: a second subject; the first is on line 7",
        ])
        #expect(CareMapFile.parse(text).map == nil, "a map with errors is never handed on")
    }

    @Test func tokensAndDeclarations() {
        let text = """
            caremap 1
            person a "unterminated
            person b "bad \\q escape"
            person C "Upper"
            widget x
            person d Bare
            link a b

            """
        #expect(Self.messages(text) == [
            "m.caremap:2:10: unterminated string; end it with '\"' on the same line",
            "m.caremap:3:15: unknown escape '\\q'; use \\\", \\\\, \\n, \\t or \\u{…}",
            "m.caremap:4:8: malformed id 'C'; ids use lowercase letters, digits and '-', starting with a letter or digit",
            "m.caremap:5:1: unknown declaration 'widget'; use person, place, group, link, action, title, subject, note",
            "m.caremap:6:10: a name goes in double quotes: \"Bare\"",
            "m.caremap:7:1: incomplete link; write link A -> B \"label\" with -- , ->, <- or <->",
        ])
    }

    @Test func attributeValues() {
        let text = "caremap 1\nperson a \"A\" private=maybe at=1,x\nlink a -> a lang=ar,en\n"
        #expect(Self.messages(text) == [
            "m.caremap:2:22: unknown private value 'maybe'; use one of yes, no",
            "m.caremap:2:31: malformed position '1,x'; write at=X,Y in whole character cells, e.g. at=40,-12",
            "m.caremap:3:6: warning: link from 'a' to itself",
            "m.caremap:3:18: lang 'ar,en' names 2 languages; a tie has one, the language the two use together",
        ])
    }

    /// Each declaration's attributes are recorded apart from the others', so a key repeated
    /// within one line is refused while the same key on the next line is not, and a problem
    /// found in the finished map points at the attribute of the declaration that has it.
    @Test func attributePositionsBelongToTheirDeclaration() {
        let text = """
            caremap 1
            person a "A" ring=1 ring=2
            person b "B" ring=2 colour=red
            link a -> b via=zz strength=moderate
            link b -- a strength=strong via=a
            action call "Call" about=a,ghost status=open status=done

            """
        #expect(Self.messages(text) == [
            "m.caremap:2:21: attribute 'ring' given twice",
            "m.caremap:3:21: warning: unknown attribute 'colour'; it is kept as written",
            "m.caremap:4:17: via 'zz', which is not a node in this map",
            "m.caremap:5:33: warning: via 'a' is one of the link's own ends",
            "m.caremap:6:26: action about 'ghost', which is not a node in this map",
            "m.caremap:6:46: attribute 'status' given twice",
        ])
    }

    @Test func theVersionLineComesFirst() {
        #expect(Self.messages("person a \"A\"\n") == ["m.caremap:1:1: the first line must be 'caremap 1'"])
        #expect(Self.messages("caremap 2\n") == ["m.caremap:1:9: unsupported version '2'; this caremap reads version 1"])
    }

    @Test func bytesThatAreNotTextAreCleanErrors() {
        #expect(Self.messages(Array("caremap 1\nperson a \"".utf8) + [0xFF, 0xFE] + Array("\"\n".utf8)) == [
            "m.caremap:2:11: invalid UTF-8; save the file as UTF-8 text",
        ])
        #expect(Self.messages(Array("caremap 1\nperson a \"A".utf8) + [0] + Array("B\"\n".utf8)) == [
            "m.caremap:2:12: raw control character U+0000; write it inside a string as \\u{0}",
        ])
        #expect(Self.messages("caremap 1\nperson b \"B\u{1B}[31m\"\n") == [
            "m.caremap:2:12: raw control character U+001B; write it inside a string as \\u{1B}",
        ])
    }

    @Test func anOverlongLineIsRefusedWithoutReadingIt() {
        let text = "caremap 1\n# " + String(repeating: "x", count: CareMapFile.maximumLineLength) + "\n"
        #expect(Self.messages(text) == ["m.caremap:2:1: line is longer than 65,536 bytes"])
    }

    @Test func problemsPastTheCapAreCountedNotListed() {
        let text = "caremap 1\n" + (0..<150).map { "link a\($0) -> b\($0)\n" }.joined()
        let messages = Self.messages(text)
        #expect(messages.count == CareMapFile.maximumDiagnostics + 1)
        #expect(messages.first == "m.caremap:2:6: link to 'a0', which is not a node in this map")
        #expect(messages.last == "m.caremap: 200 more problems not shown; fix these first")
    }

    /// An imported interview keeps the same foreign fields on every node: each key is reported
    /// once with a count, keys kept on purpose (no likely typo) share one line, a likely typo
    /// keeps its own line, and `x-` keys are no warning at all.
    @Test func unknownAttributesAreReportedOncePerKeyAndSummed() {
        let text = """
            caremap 1
            person a "A" contact-freq=daily close=yes x-uuid=u1
            person b "B" contact-freq=weekly close=no rol=gp x-uuid=u2
            person c "C" contact-freq=daily rol=gp
            link a -- b since=2024 strenght=strong

            """
        #expect(Self.messages(text) == [
            "m.caremap:2:14: warning: 3 unknown attributes kept as written, e.g. contact-freq (3 nodes), close (2 nodes), since (1 link); write a key as x-KEY to keep it without a warning",
            "m.caremap:3:43: warning: unknown attribute 'rol' on 2 nodes; did you mean 'role'?",
            "m.caremap:5:24: warning: unknown attribute 'strenght'; did you mean 'strength'?",
        ])
    }

    @Test func oneUnknownKeyUsedTwiceSaysWhere() {
        let text = "caremap 1\nperson a \"A\" colour=red\nperson b \"B\"\nlink a -- b colour=blue\n"
        #expect(Self.messages(text) == ["m.caremap:2:14: warning: unknown attribute 'colour' on 1 node and 1 link; it is kept as written"])
    }
}
