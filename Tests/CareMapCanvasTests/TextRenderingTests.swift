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
        #expect(text.contains("Key:"))
        for node in map.nodes.values where !node.isPrivate {
            #expect(text.contains(DisplayWidth.truncate(node.displayName, toColumns: 12).dropLast()), "\(node.displayName) is not listed")
        }
        #expect(!text.contains("Karim"), "a private node is keyed as private")
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

    /// Every code drawn appears once, numbered 1, 2, 3… top to bottom and left to right, and
    /// the key lists the codes in the same order.
    @Test func codesAreNumberedInReadingOrderAndKeyedInTheSameOrder() throws {
        let map = try LegibilityTests.sample("amira")
        let text = TextRendering.show(map, layout: Layouter.layout(map, style: .rings), width: 80)
        let parts = text.components(separatedBy: "Key:")
        try #require(parts.count == 2)
        let codes = parts[0].split(separator: "\n").flatMap { line in
            line.matches(of: /\[[●■◆◉‡](\d+)\]/).map { Int($0.output.1)! }
        }
        #expect(codes == Array(1...map.nodes.count))
        let keyed = parts[1].split(separator: "\n").prefix(map.nodes.count).compactMap { line in
            line.firstMatch(of: /^  [●■◆◉‡](\d+)\s/).map { Int($0.output.1)! }
        }
        #expect(keyed == Array(1...map.nodes.count))
    }

    @Test func privateNodesAreMaskedUnlessAskedForAndTheCurtainHidesEveryName() throws {
        let map = try LegibilityTests.sample("amira")
        let layout = Layouter.layout(map, style: .rings)
        let karim = try #require(map.nodes["karim"]).displayName
        for width in [80, 300] {
            #expect(!TextRendering.show(map, layout: layout, width: width).contains(karim))
            let shown = TextRendering.show(map, layout: layout, width: width, privacy: .init(showPrivate: true))
            #expect(shown.contains(karim) && shown.contains("‡"))
            let curtained = TextRendering.show(map, layout: layout, width: width, privacy: .init(showPrivate: true, curtain: true))
            for node in map.nodes.values {
                #expect(!curtained.contains(node.displayName), "\(node.displayName) behind the curtain at \(width)")
            }
        }
    }

    @Test func theLegendListsOnlyWhatTheDrawingUsesAndNoColours() {
        let map = CareMap(
            nodes: [Node(id: "a", kind: .person, name: "Ann"), Node(id: "b", kind: .person, name: "Ben")],
            links: [Link(from: "a", to: "b", strength: .strong)]
        )
        let layout = MapLayout(style: .force, positions: ["a": MapPoint(x: 0, y: 0), "b": MapPoint(x: 20, y: 0)])
        let text = TextRendering.show(map, layout: layout, width: 60)
        let legend = text.components(separatedBy: "Legend\n").last ?? ""
        #expect(legend.contains("person") && legend.contains("strong tie"))
        #expect(!legend.contains("place") && !legend.contains("tenuous") && !legend.contains("███") && !legend.contains("colour"))
    }
}

