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
        let labelBounds = layout.bounds(in: map, zoom: .labels), dotBounds = layout.bounds(in: map, zoom: .dots)
        let labels = TextRendering.show(map, layout: layout, width: labelBounds.width, height: labelBounds.height)
        #expect(labels.contains("[Amira]") && !labels.contains("┏━SU"))
        let dots = TextRendering.show(map, layout: layout, width: dotBounds.width, height: dotBounds.height)
        #expect(dots.contains("◉") && !dots.contains("[Amira]") && !dots.contains("cropped"))
        let cropped = TextRendering.show(map, layout: layout, width: dotBounds.width - 1, height: dotBounds.height)
        #expect(cropped.contains("(cropped: the map is larger than \(dotBounds.width - 1)×\(dotBounds.height) even as dots)"))
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
