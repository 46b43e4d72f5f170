@testable import CareMapCanvas
import Testing

@Suite struct LineCellTests {
    private func cell(_ arms: [(LineDirection, LineWeight)], pattern: LinePattern = .solid) -> LineCell {
        var cell = LineCell()
        for (direction, weight) in arms { cell.add(direction, weight: weight, pattern: pattern) }
        return cell
    }

    @Test func crossingLinesBecomeCrosses() {
        #expect(cell([(.left, .light), (.right, .light), (.up, .light), (.down, .light)]).glyph == "┼")
        #expect(cell([(.left, .heavy), (.right, .heavy), (.up, .light), (.down, .light)]).glyph == "┿")
        #expect(cell([(.left, .light), (.right, .light), (.up, .heavy), (.down, .heavy)]).glyph == "╂")
        #expect(cell([(.left, .heavy), (.right, .heavy), (.up, .heavy), (.down, .heavy)]).glyph == "╋")
    }

    @Test func joinsBecomeTeesAndCorners() {
        #expect(cell([(.up, .light), (.down, .light), (.right, .light)]).glyph == "├")
        #expect(cell([(.left, .light), (.right, .light), (.down, .heavy)]).glyph == "┰")
        #expect(cell([(.down, .light), (.right, .light)]).glyph == "┌")
        #expect(cell([(.up, .heavy), (.left, .heavy)]).glyph == "┛")
    }

    @Test func heavierArmWinsWhenLinesShareIt() {
        var merged = cell([(.left, .light), (.right, .light)])
        merged.add(.left, weight: .heavy, pattern: .solid)
        merged.add(.right, weight: .heavy, pattern: .solid)
        #expect(merged.glyph == "━")
        merged.add(.right, weight: .light, pattern: .solid)
        #expect(merged.glyph == "━")
    }

    @Test func patternsShowOnlyOnStraightPieces() {
        #expect(cell([(.left, .light), (.right, .light)], pattern: .dashed).glyph == "╌")
        #expect(cell([(.up, .light), (.down, .light)], pattern: .dotted).glyph == "┊")
        #expect(cell([(.up, .heavy), (.down, .heavy)], pattern: .dashed).glyph == "╏")
        #expect(cell([(.up, .light), (.right, .light)], pattern: .dashed).glyph == "└")
        var merged = cell([(.left, .light), (.right, .light)], pattern: .dotted)
        merged.add(.left, weight: .light, pattern: .solid)
        #expect(merged.glyph == "─", "solid beats dotted")
    }

    /// Checks the whole junction table against Unicode's own character names: a glyph's name
    /// mentions an arm (UP, or VERTICAL for up and down) exactly when the arm is present, and
    /// LIGHT and HEAVY exactly when some arm has that weight.
    @Test func junctionTableAgreesWithUnicodeNames() throws {
        var seen: Set<Character> = []
        for index in 1..<81 {
            let weights = [index / 27, index / 9 % 3, index / 3 % 3, index % 3]
            let glyph = BoxDrawing.junctions[index]
            let name = try #require(glyph.unicodeScalars.first?.properties.name)
            let words = Set(name.split(separator: " ").map(String.init))
            let mentions = [
                words.contains("UP") || words.contains("VERTICAL"), words.contains("RIGHT") || words.contains("HORIZONTAL"),
                words.contains("DOWN") || words.contains("VERTICAL"), words.contains("LEFT") || words.contains("HORIZONTAL"),
            ]
            #expect(mentions == weights.map { $0 > 0 }, "\(glyph) \(name)")
            #expect(words.contains("LIGHT") == weights.contains(1), "\(glyph) \(name)")
            #expect(words.contains("HEAVY") == weights.contains(2), "\(glyph) \(name)")
            seen.insert(glyph)
        }
        #expect(seen.count == 80)
    }
}
