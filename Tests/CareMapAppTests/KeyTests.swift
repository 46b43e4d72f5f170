import CareMapApp
import Testing

@Suite struct KeyTests {
    @Test func keysAreValues() {
        #expect(InputEvent.key(.control("s")) == InputEvent.key(.control("s")))
        #expect(Key.character("a") != Key.character("A"))
    }
}
