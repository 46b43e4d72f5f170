import CareMapCanvas
import CareMapKit
import Testing

@Suite struct MapRendererTests {
    @Test(arguments: Zoom.allCases)
    func ecoMapAtEachZoom(zoom: Zoom) {
        let canvas = Fixtures.draw(Fixtures.ecoMap, Fixtures.ecoLayout, RenderOptions(zoom: zoom, showLinkLabels: true))
        assertSnapshot(canvas.text, named: "eco-map-\(zoom)")
    }

    @Test func linesAreStyledByStatusAndQuality() throws {
        let canvas = Fixtures.draw(Fixtures.ecoMap, Fixtures.ecoLayout)
        let stressful = try #require(Fixtures.find("╳", in: canvas))
        #expect(stressful.cell.style.color == .danger)
        let hopedFor = try #require(Fixtures.find("┊", in: canvas))
        #expect(hopedFor.cell.style.attributes.contains(.dim))
        let past = try #require(Fixtures.find("╌", in: canvas))
        #expect(past.cell.style.attributes.contains(.dim))
        let cut = try #require(Fixtures.find("╱", in: canvas))
        #expect(cut.cell.style.attributes.contains(.dim) && cut.y == past.y, "the past tie is cut once")
        let strong = try #require(Fixtures.find("━", in: canvas))
        #expect(!strong.cell.style.attributes.contains(.dim))
    }

    @Test func selectionReversesAndHighlightEmphasises() throws {
        let options = RenderOptions(selection: .node("hassan"), highlightedNodes: ["riverside"], highlightedLinks: [Fixtures.ecoMap.links[0].id])
        let canvas = Fixtures.draw(Fixtures.ecoMap, Fixtures.ecoLayout, options)
        let hassan = try #require(Fixtures.find("H", in: canvas))
        #expect(hassan.cell.style == CellStyle(.sector(.statutory), [.reverse]))
        let riverside = try #require(Fixtures.find("R", in: canvas))
        #expect(riverside.cell.style == CellStyle(.sector(.formalHealth), [.bold]))
        #expect(canvas[x: riverside.x - 2, y: riverside.y].style == CellStyle(.accent, [.bold]))
        let mixed = try #require(Fixtures.find("≈", in: canvas))
        #expect(mixed.cell.style.attributes.contains(.bold))
        assertSnapshot(canvas.text, named: "eco-map-selection")
        assertSnapshot(canvas.styleText, named: "eco-map-selection-styles")
    }

    @Test func selectedLinkIsReversed() throws {
        let canvas = Fixtures.draw(Fixtures.ecoMap, Fixtures.ecoLayout, RenderOptions(selection: .link(Fixtures.ecoMap.links[2].id)))
        let stressful = try #require(Fixtures.find("╳", in: canvas))
        #expect(stressful.cell.style.attributes.contains(.reverse))
        #expect(Fixtures.find("≈", in: canvas)?.cell.style.attributes.contains(.reverse) == false)
    }

    @Test func curtainShowsPseudonymsAndMasksPrivateNodes() {
        let viewport = Fixtures.viewport(for: Fixtures.ecoMap, Fixtures.ecoLayout, margin: 4)
        let options = RenderOptions(showLinkLabels: true, curtain: true)
        let canvas = MapRenderer.render(Fixtures.ecoMap, layout: Fixtures.ecoLayout, viewport: viewport, options: options)
        for name in ["Amira", "Karim", "Hassan", "Riverside", "Al-Noor", "interprets"] {
            #expect(!canvas.text.contains(name), "\(name) shows behind the curtain")
        }
        #expect(canvas.text.contains("Interpreter 1"))
        #expect(canvas.text.contains("▒▒▒"))
        assertSnapshot(canvas.text, named: "eco-map-curtain")
    }

    @Test func crossingLinesMergeIntoJunctions() {
        let map = CareMap(
            nodes: ["w", "e", "n", "s"].map { Node(id: NodeID($0), kind: .place, name: $0.uppercased()) },
            links: [Link(from: "w", to: "e"), Link(from: "n", to: "s", strength: .strong)]
        )
        let layout = MapLayout(style: .force, positions: [
            "w": MapPoint(x: 2, y: 6), "e": MapPoint(x: 24, y: 6), "n": MapPoint(x: 13, y: 1), "s": MapPoint(x: 13, y: 11),
        ])
        let canvas = Fixtures.draw(map, layout)
        #expect(canvas.text.contains("╂"))
        assertSnapshot(canvas.text, named: "crossing")
    }

    @Test func linksAvoidBoxesInTheWay() throws {
        let map = CareMap(
            nodes: ["a", "b", "middle"].map { Node(id: NodeID($0), kind: .person, name: $0) },
            links: [Link(from: "a", to: "b")]
        )
        let layout = MapLayout(style: .force, positions: ["a": MapPoint(x: 3, y: 2), "middle": MapPoint(x: 18, y: 2), "b": MapPoint(x: 34, y: 2)])
        let viewport = Fixtures.viewport(for: map, layout, margin: 3)
        let canvas = MapRenderer.render(map, layout: layout, viewport: viewport, options: RenderOptions())
        let middle = try #require(Fixtures.find("m", in: canvas))
        #expect(canvas[x: middle.x - 3, y: middle.y].text == " ", "the line must not run into the middle box")
        #expect(canvas[x: middle.x + 8, y: middle.y].text == " ", "the line must not run out of the middle box")
        #expect(canvas.text.contains("─"))
        assertSnapshot(canvas.text, named: "detour")
    }

    @Test func parallelTiesTakeSeparateRoutes() {
        let map = CareMap(
            nodes: [Node(id: "amira", kind: .person, name: "Amira"), Node(id: "hassan", kind: .person, name: "Hassan")],
            links: [
                Link(from: "amira", to: "hassan", label: "friend", strength: .strong),
                Link(from: "hassan", to: "amira", direction: .forward, label: "interprets"),
            ]
        )
        let layout = MapLayout(style: .force, positions: ["amira": MapPoint(x: 4, y: 3), "hassan": MapPoint(x: 30, y: 9)])
        let viewport = Fixtures.viewport(for: map, layout, margin: 3)
        let canvas = MapRenderer.render(map, layout: layout, viewport: viewport, options: RenderOptions(showLinkLabels: true))
        #expect(canvas.text.contains("━") && canvas.text.contains("─"), "both lines show")
        #expect(!canvas.text.contains("┿") && !canvas.text.contains("╂"), "the lines do not cross")
        assertSnapshot(canvas.text, named: "parallel")
    }

    @Test func selfLinksAndUnplacedNodesAreSkipped() {
        let map = CareMap(
            nodes: [Node(id: "a", kind: .person), Node(id: "b", kind: .person)],
            links: [Link(from: "a", to: "a"), Link(from: "a", to: "b"), Link(from: "a", to: "missing")]
        )
        let layout = MapLayout(style: .force, positions: ["a": MapPoint(x: 2, y: 1)])
        let canvas = MapRenderer.render(map, layout: layout, viewport: Viewport(origin: MapPoint(x: 0, y: 0), width: 8, height: 4), options: RenderOptions())
        #expect(canvas.rows == ["╭───╮   ", "│ a │   ", "╰───╯   ", "        "])
    }

    @Test func tinyViewportDrawsOnlyWhatItShows() {
        let viewport = Viewport(origin: MapPoint(x: 24, y: 6), width: 10, height: 4)
        let canvas = MapRenderer.render(Fixtures.ecoMap, layout: Fixtures.ecoLayout, viewport: viewport, options: RenderOptions())
        #expect(canvas.width == 10 && canvas.height == 4)
        assertSnapshot(canvas.text, named: "tiny-viewport")
    }

    @Test func zeroSizedViewportsDrawNothing() {
        let viewport = Viewport(origin: MapPoint(x: 20, y: 5), width: 0, height: 0)
        let canvas = MapRenderer.render(Fixtures.ecoMap, layout: Fixtures.ecoLayout, viewport: viewport, options: RenderOptions())
        #expect(canvas.cells.isEmpty)
        let text = TextRendering.show(Fixtures.ecoMap, layout: Fixtures.ecoLayout, width: 0, height: 0)
        #expect(text.contains("(cropped"))
    }

    @Test func emptyMapDrawsABlankCanvas() {
        let viewport = Viewport(origin: MapPoint(x: -5, y: -5), width: 12, height: 3)
        let canvas = MapRenderer.render(CareMap(), layout: MapLayout(style: .force, positions: [:]), viewport: viewport, options: RenderOptions())
        #expect(canvas == Canvas(width: 12, height: 3))
    }

    @Test func nodeAtFindsTheTopmostBox() {
        let map = Fixtures.ecoMap, layout = Fixtures.ecoLayout
        #expect(MapRenderer.node(at: MapPoint(x: 30, y: 8), in: map, layout: layout, zoom: .boxes) == "amira")
        #expect(MapRenderer.node(at: MapPoint(x: 34, y: 7), in: map, layout: layout, zoom: .boxes) == "amira")
        #expect(MapRenderer.node(at: MapPoint(x: 34, y: 7), in: map, layout: layout, zoom: .dots) == nil)
        #expect(MapRenderer.node(at: MapPoint(x: 40, y: 8), in: map, layout: layout, zoom: .boxes) == nil)
        let overlapping = MapLayout(style: .force, positions: layout.positions.merging(["hassan": MapPoint(x: 31, y: 8)]) { $1 })
        #expect(MapRenderer.node(at: MapPoint(x: 30, y: 8), in: map, layout: overlapping, zoom: .boxes) == "amira", "a box dropped on the subject is not drawn")
    }

    @Test func fitCentresTheWholeMap() {
        let map = Fixtures.ecoMap, layout = Fixtures.ecoLayout
        let bounds = layout.bounds(in: map, zoom: .boxes)
        let viewport = MapRenderer.fit(map, layout: layout, zoom: .boxes, width: 100, height: 30)
        #expect(viewport.width == 100 && viewport.height == 30)
        let left = bounds.x - viewport.origin.x, right = viewport.rect.maxX - bounds.maxX
        let top = bounds.y - viewport.origin.y, bottom = viewport.rect.maxY - bounds.maxY
        #expect(left >= 0 && right >= 0 && abs(left - right) <= 1)
        #expect(top >= 0 && bottom >= 0 && abs(top - bottom) <= 1)
    }
}
