import CNcurses
import CareMapApp
import Testing
@testable import CareMapTerminal

@Suite("Key translation")
struct KeyTranslationTests {
    @Test("control codes that have their own keys", arguments: [
        (UInt32(9), Key.tab), (10, .enter), (13, .enter), (8, .backspace), (127, .backspace), (27, .escape),
    ])
    func namedControls(code: UInt32, key: Key) {
        #expect(Key(cursesCharacter: code) == key)
    }

    @Test func ctrlLettersBecomeLowercaseControls() {
        #expect(Key(cursesCharacter: 1) == .control("a"))
        #expect(Key(cursesCharacter: 19) == .control("s"))
        #expect(Key(cursesCharacter: 26) == .control("z"))
    }

    @Test func printableCharactersInAnyScript() {
        #expect(Key(cursesCharacter: 0x61) == .character("a"))
        #expect(Key(cursesCharacter: 0x20) == .character(" "))
        #expect(Key(cursesCharacter: 0x623) == .character("أ"))
        #expect(Key(cursesCharacter: 0x4E2D) == .character("中"))
    }

    @Test("input with no key is dropped", arguments: [UInt32(0), 28, 31, 0x85, 0x9B, 0xD800, 0x110000])
    func unusableCharacters(code: UInt32) {
        #expect(Key(cursesCharacter: code) == nil)
    }

    @Test func cursesKeyCodes() {
        let expected: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_SR, .shiftUp), (KEY_SF, .shiftDown), (KEY_SLEFT, .shiftLeft), (KEY_SRIGHT, .shiftRight),
            (KEY_BTAB, .backTab), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete), (KEY_ENTER, .enter),
            (KEY_HOME, .home), (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
            (KEY_F0 + 1, .function(1)), (KEY_F0 + 12, .function(12)),
        ]
        for (code, key) in expected {
            #expect(Key(cursesKey: code, name: nil) == key, "code \(code)")
        }
    }

    @Test func extendedShiftArrowsAreFoundByName() {
        #expect(Key(cursesKey: KEY_MAX + 5, name: "kUP") == .shiftUp)
        #expect(Key(cursesKey: KEY_MAX + 6, name: "kDN") == .shiftDown)
        #expect(Key(cursesKey: KEY_MAX + 7, name: "kUP5") == nil)
    }

    @Test func keysTheEditorDoesNotUse() {
        #expect(Key(cursesKey: KEY_F0, name: "KEY_F(0)") == nil)
        #expect(Key(cursesKey: KEY_IC, name: "KEY_IC") == nil)
    }

    @Test func commonSequencesAreEscapeSequencesForKnownKeys() {
        for (sequence, code) in Terminal.commonKeySequences {
            #expect(sequence.hasPrefix("\u{1B}"))
            #expect(Key(cursesKey: code, name: nil) != nil, "\(sequence.debugDescription)")
        }
    }
}
