@testable import CareMapCanvas
import CareMapKit
import Foundation
import Testing

/// No text is ever drawn over other text: the legibility audit over every sample, screen size,
/// layout, zoom and curtain, and the cases the issue found by hand.
@Suite struct LegibilityTests {
    static let samples = ["amira", "ashbridge-community", "noorzai-family", "workshop-template"]
    static let sizes = [(80, 24), (120, 35), (200, 60)]

    static func sample(_ name: String) throws -> CareMap {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../sample-maps/\(name).caremap")
        return try #require(try CareMapFile.load(contentsOf: url).map)
    }

    /// The audit of one drawing as the editor makes it: the opening view's position, drawn at
    /// `zoom`, every label shown where the editor shows them.
    static func audit(_ map: CareMap, layout: MapLayout, zoom: Zoom, curtain: Bool, width: Int, height: Int) -> LegibilityAudit {
        let scene = MapScene(map: map, layout: layout.drawn(at: zoom), zoom: zoom, curtain: curtain)
        let opening = ViewFit.opening(map, layout: layout, width: width, height: height)
        let centre = MapPoint(x: opening.viewport.origin.x + width / 2, y: opening.viewport.origin.y + height / 2)
            .scaled(x: zoom.scale.x / opening.zoom.scale.x, y: zoom.scale.y / opening.zoom.scale.y)
        let viewport = Viewport(origin: MapPoint(x: centre.x - width / 2, y: centre.y - height / 2), width: width, height: height)
        let options = RenderOptions(zoom: zoom, showLinkLabels: zoom == .boxes, curtain: curtain)
        return LegibilityAudit(MapRenderer.draw(scene, viewport: viewport, options: options))
    }

    @Test(arguments: samples, LayoutStyle.allCases)
    func noTextIsOverwrittenAnywhereInTheMatrix(name: String, style: LayoutStyle) throws {
        let map = try Self.sample(name)
        let layout = Layouter.layout(map, style: style)
        var total = LegibilityAudit()
        for (width, height) in Self.sizes {
            for zoom in Zoom.allCases {
                for curtain in [false, true] {
                    let audit = Self.audit(map, layout: layout, zoom: zoom, curtain: curtain, width: width, height: height)
                    #expect(audit.textCellsOverwritten == 0, "\(name) \(style) \(width)×\(height) \(zoom) curtain \(curtain): \(audit)")
                    total = total + audit
                }
            }
        }
        print("audit \(name) \(style): \(total)")
    }

    @Test func pseudonymsWiderThanNamesNeverMakeBoxesOverlap() throws {
        let map = try Self.sample("amira")
        let layout = Layouter.layout(map, style: .rings)
        for zoom in Zoom.allCases {
            let scene = MapScene(map: map, layout: layout.drawn(at: zoom), zoom: zoom, curtain: true)
            let frames = map.nodes.values.indices.compactMap { scene.frame(at: $0) }
            for (i, a) in frames.enumerated() {
                for b in frames[(i + 1)...] { #expect(!a.intersects(b), "\(zoom): \(a) meets \(b)") }
            }
        }
    }

    @Test func aBoxMovedOntoAnotherIsDrawnAsADotOrNotAtAll() {
        var layout = Fixtures.ecoLayout
        layout.positions["hassan"] = MapPoint(x: 31, y: 8)
        layout.positions["choir"] = MapPoint(x: 34, y: 10)
        let scene = MapScene(map: Fixtures.ecoMap, layout: layout, zoom: .boxes)
        let places = Dictionary(uniqueKeysWithValues: Fixtures.ecoMap.nodes.keys.enumerated().map { ($1, $0) })
        #expect(scene.form(at: places["amira"]!) == .whole, "the subject keeps its place")
        #expect(scene.form(at: places["hassan"]!) == .hidden)
        #expect(scene.form(at: places["choir"]!) == .dot)
        let frame = MapRenderer.draw(scene, viewport: Viewport(origin: MapPoint(x: 0, y: 0), width: 70, height: 22), options: RenderOptions())
        #expect(LegibilityAudit(frame).textCellsOverwritten == 0)
        #expect(frame.canvas.text.contains("Amira"))
    }

    @Test func labelsOfParallelTiesNeverRunTogether() {
        let map = CareMap(
            nodes: [
                Node(id: "a", kind: .person, name: "A"), Node(id: "b", kind: .person, name: "B"),
                Node(id: "c", kind: .person, name: "C"), Node(id: "d", kind: .person, name: "D"),
            ],
            links: [
                Link(from: "a", to: "b", label: "invites to the Saturday club"),
                Link(from: "c", to: "d", label: "referred to the waiting list"),
            ]
        )
        let layout = MapLayout(style: .force, positions: [
            "a": MapPoint(x: 2, y: 1), "b": MapPoint(x: 30, y: 1), "c": MapPoint(x: 3, y: 2), "d": MapPoint(x: 29, y: 5),
        ])
        let scene = MapScene(map: map, layout: layout, zoom: .boxes)
        let frame = MapRenderer.draw(scene, viewport: Viewport(origin: MapPoint(x: -2, y: -1), width: 40, height: 9), options: RenderOptions(showLinkLabels: true))
        let audit = LegibilityAudit(frame)
        #expect(audit.textCellsOverwritten == 0, "\(frame.canvas.text)")
        #expect(frame.canvas.text.contains("…") || audit.labelsHidden > 0, "\(frame.canvas.text)")
    }

    /// Beyond ``MapRenderer/carefulRoutingLimit`` ties in view, routes are chosen by shape: still
    /// no text overwritten, and every drawn tie's line leaves and enters its own boxes rather
    /// than vanishing under another.
    @Test func theFastPathNeverOverwritesTextAndEveryTieReachesBothEnds() {
        var (map, layout) = RenderHugeMapTests.grid(side: 60)
        map.nodes["hub"] = Node(id: "hub", kind: .person, name: "Hub")
        layout.positions["hub"] = MapPoint(x: 590, y: 177)
        map.links = map.nodes.keys.filter { $0 != "hub" }.map { Link(from: "hub", to: $0, label: "knows") }
        let scene = MapScene(map: map, layout: layout, zoom: .boxes)
        let viewport = Viewport(origin: MapPoint(x: 500, y: 150), width: 200, height: 60)
        #expect(MapRenderer.drawingOrder(scene, viewport: viewport, options: RenderOptions()).count > MapRenderer.carefulRoutingLimit)
        let frame = MapRenderer.draw(scene, viewport: viewport, options: RenderOptions(showLinkLabels: true))
        #expect(!frame.routedCarefully)
        #expect(LegibilityAudit(frame).textCellsOverwritten == 0)
        #expect(frame.routes.count > 100)
        let quiet = MapRenderer.draw(scene, viewport: Viewport(origin: MapPoint(x: 0, y: 0), width: 40, height: 12), options: RenderOptions())
        #expect(quiet.routedCarefully)
        for (route, ends) in frame.routes {
            let points = route.points, last = points.count - 1
            for (end, next, own) in [(points[0], points[1], ends.0), (points[last], points[last - 1], ends.1)] {
                let cell = end.moved(LinkRoute.direction(from: end, to: next))
                guard frame.canvas.contains(x: cell.x, y: cell.y) else { continue }
                #expect(!frame.nodes.contains { $0.place != own && $0.place != ends.0 && $0.place != ends.1 && $0.rect.contains(cell) })
                #expect(!frame.canvas[x: cell.x, y: cell.y].text.trimmingCharacters(in: .whitespaces).isEmpty, "a line at \(cell)")
            }
        }
    }
}
