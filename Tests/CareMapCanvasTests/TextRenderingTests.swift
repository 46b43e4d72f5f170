import CareMapCanvas
import CareMapKit
import Testing

@Suite struct TextRenderingTests {
    @Test(arguments: [80, 120])
    func showFitsTheMapAndAddsTheLegend(width: Int) {
        let text = TextRendering.show(Fixtures.ecoMap, layout: Fixtures.ecoLayout, width: width, height: 30)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "Amira's network of care")
        #expect(lines.allSatisfy { DisplayWidth.columns(of: $0) <= width })
        #expect(text.contains("┏━SU━"), "the whole map fits at full detail")
        #expect(text.contains("Legend"))
        assertSnapshot(text, named: "show-\(width)")
    }

    @Test func showZoomsOutUntilTheMapFits() {
        let map = Fixtures.ecoMap, layout = Fixtures.ecoLayout
        let labelBounds = layout.bounds(in: map, zoom: .labels)
        let labels = TextRendering.show(map, layout: layout, width: labelBounds.width, height: labelBounds.height)
        #expect(labels.contains("[Amira]") && !labels.contains("┏━SU"))
        #expect(!labels.contains("Key to the dots"))
    }

    @Test func showShrinksTheArrangementToFitANarrowPage() throws {
        let map = Fixtures.ecoMap, layout = Fixtures.ecoLayout
        let width = layout.bounds(in: map, zoom: .labels).width - 4
        let text = TextRendering.show(map, layout: layout, width: width)
        #expect(text.contains("[Amira]"))
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.columns(of: $0) <= width })
    }

    @Test func showListsTheNamesWhenOnlyDotsFit() {
        let map = Fixtures.ecoMap
        let text = TextRendering.show(map, layout: Fixtures.ecoLayout, width: 20)
        #expect(text.contains("◉") && !text.contains("[Amira]") && !text.contains("cropped"))
        #expect(text.contains("Key to the dots:"))
        for node in map.nodes.values {
            #expect(text.contains(DisplayWidth.truncate(node.displayName, toColumns: 12).dropLast()), "\(node.displayName) is not listed")
        }
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.columns(of: $0) <= 20 })
    }

    @Test func showCropsOnlyWhenNothingFits() {
        let text = TextRendering.show(Fixtures.ecoMap, layout: Fixtures.ecoLayout, width: 0, height: 0)
        #expect(text.contains("(cropped: the map does not fit in 0×0 even as dots)"))
    }

    @Test func showOfAnEmptyMapSaysSo() {
        let text = TextRendering.show(CareMap(), layout: MapLayout(style: .force, positions: [:]), width: 40, height: 10)
        #expect(text.hasPrefix("Untitled map\n\n(no nodes)\n\nLegend\n"))
    }

    @Test func legendExplainsEveryLineStyle() {
        let legend = Legend.render(width: 80)
        for glyph in ["━━━", "───", "╌╌╌", "┈┈┈", "╳", "≈", "╱", "▶", "‡", "▒▒▒", "╭─╮", "┌─┐", "╔═╗", "┏━┓"] {
            #expect(legend.text.contains(glyph), "\(glyph) missing from the legend")
        }
        assertSnapshot(legend.text, named: "legend-80")
    }
}
