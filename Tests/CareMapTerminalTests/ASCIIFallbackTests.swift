import Testing
@testable import CareMapTerminal

@Suite struct ASCIIFallbackTests {
    @Test func boxDrawingArrowsAndMarksBecomeASCII() {
        #expect(ASCIIFallback.text("╭─ Help ──╮") == "+- Help --+")
        #expect(ASCIIFallback.text("│ Hassan → Amira · ⇄ — ▸") == "| Hassan > Amira . = - >")
        #expect(ASCIIFallback.text("plain ASCII stays") == "plain ASCII stays")
    }

    /// Anything else becomes a `?` a column, so the cells after it stay in place.
    @Test func otherCharactersKeepTheirWidth() {
        #expect(ASCIIFallback.text("كريم") == "????")
        #expect(ASCIIFallback.text("王芳|") == "????|")
        #expect(ASCIIFallback.text("é") == "?")
    }
}
