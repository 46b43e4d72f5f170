@testable import CareMapCanvas
import CareMapKit
import Testing

/// `MapScene.updated(to:layout:)` keeps what an edit left as it was; it must draw exactly what a
/// scene built afresh for the edited map draws, at every zoom, whatever the edit.
@Suite struct MapSceneUpdateTests {
    /// Edits of each kind an editor makes, by name for the failure message.
    static let edits: [(String, @Sendable (inout CareMap) -> Void)] = [
        ("a longer name", { $0.nodes.values[1].name = "A much longer name than any other on the map" }),
        ("an empty name", { $0.nodes.values[2].name = "" }),
        ("made private", { $0.nodes.values[3].isPrivate.toggle() }),
        ("another ring", { $0.nodes.values[4].ring = ($0.nodes.values[4].ring ?? 1) % 3 + 1 }),
        ("pinned", { $0.nodes.values[5].position = MapPoint(x: 3, y: 4) }),
        ("another subject", { $0.subject = $0.nodes.keys[6] }),
        ("a tie removed", { $0.links.remove(at: 0) }),
        ("a tie's end moved", { $0.links[1].to = $0.nodes.keys[7] }),
        ("a tie added", { _ = $0.appendLink(Link(from: $0.nodes.keys[8], to: $0.nodes.keys[9])) }),
        ("a node removed", { $0.nodes.removeValue(forKey: $0.nodes.keys[10]) }),
        ("a note", { $0.nodes.values[11].notes = "changed" }),
    ]

    @Test(arguments: ["amira", "ashbridge-community", "noorzai-family"])
    func anUpdatedSceneDrawsWhatAFreshSceneDraws(name: String) throws {
        let map = try LegibilityTests.sample(name)
        let layout = Layouter.layout(map, style: .default(for: map))
        for zoom in Zoom.allCases {
            let drawn = layout.drawn(at: zoom)
            for masksPrivate in [false, true] {
                let kept = MapScene(map: map, layout: drawn, zoom: zoom, masksPrivate: masksPrivate)
                // Drawn once first, so the routes it keeps are carried into the updated scenes.
                let whole = kept.drawnBounds
                _ = MapRenderer.draw(kept, viewport: Viewport(origin: MapPoint(x: whole.x, y: whole.y), width: max(whole.width, 1), height: max(whole.height, 1)), options: RenderOptions(zoom: zoom))
                for (edit, change) in Self.edits {
                    var edited = map
                    change(&edited)
                    let updated = kept.updated(to: edited, layout: drawn)
                    let fresh = MapScene(map: edited, layout: drawn, zoom: zoom, masksPrivate: masksPrivate)
                    let bounds = fresh.drawnBounds
                    #expect(updated.drawnBounds == bounds, "\(name) \(zoom) \(edit)")
                    #expect(updated.nodesWhollyInside(bounds) == fresh.nodesWhollyInside(bounds), "\(name) \(zoom) \(edit)")
                    let viewport = Viewport(origin: MapPoint(x: bounds.x, y: bounds.y), width: max(bounds.width, 1), height: max(bounds.height, 1))
                    let options = RenderOptions(zoom: zoom, showLinkLabels: true)
                    let (before, after) = (MapRenderer.draw(fresh, viewport: viewport, options: options), MapRenderer.draw(updated, viewport: viewport, options: options))
                    #expect(after.canvas == before.canvas, "\(name) \(zoom) masks \(masksPrivate) \(edit)")
                    #expect(LegibilityAudit(after) == LegibilityAudit(before), "\(name) \(zoom) masks \(masksPrivate) \(edit)")
                }
            }
        }
    }

    /// The routes a scene keeps from one frame are what a fresh scene would choose in the next,
    /// wherever the view has moved in between.
    @Test(arguments: ["amira", "ashbridge-community"])
    func aSceneDrawnBeforeDrawsWhatAFreshSceneDraws(name: String) throws {
        let map = try LegibilityTests.sample(name)
        let layout = Layouter.layout(map, style: .default(for: map))
        let kept = MapScene(map: map, layout: layout, zoom: .boxes)
        let bounds = kept.drawnBounds
        for step in 0..<12 {
            let origin = MapPoint(x: bounds.x + step * bounds.width / 12 - 20, y: bounds.y + step * bounds.height / 12 - 6)
            let viewport = Viewport(origin: origin, width: 80, height: 24)
            let options = RenderOptions(showLinkLabels: true)
            let fresh = MapRenderer.draw(MapScene(map: map, layout: layout, zoom: .boxes), viewport: viewport, options: options)
            let again = MapRenderer.draw(kept, viewport: viewport, options: options)
            #expect(again.canvas == fresh.canvas, "\(name) step \(step)")
            #expect(LegibilityAudit(again) == LegibilityAudit(fresh), "\(name) step \(step)")
        }
    }

    @Test func theCurtainAndANewLayoutBuildTheSceneAfresh() throws {
        let map = try LegibilityTests.sample("amira")
        let layout = Layouter.layout(map, style: .rings)
        var edited = map
        edited.nodes.values[1].name = "Renamed"
        let curtained = MapScene(map: map, layout: layout, zoom: .boxes, curtain: true).updated(to: edited, layout: layout)
        let fresh = MapScene(map: edited, layout: layout, zoom: .boxes, curtain: true)
        let viewport = Viewport(origin: MapPoint(x: fresh.drawnBounds.x, y: fresh.drawnBounds.y), width: 200, height: 60)
        #expect(MapRenderer.render(curtained, viewport: viewport, options: RenderOptions()) == MapRenderer.render(fresh, viewport: viewport, options: RenderOptions()))
        let moved = layout.scaled(x: 0.5, y: 1)
        let relaid = MapScene(map: map, layout: layout, zoom: .boxes).updated(to: edited, layout: moved)
        #expect(relaid.layout == moved)
        #expect(MapRenderer.render(relaid, viewport: viewport, options: RenderOptions())
            == MapRenderer.render(MapScene(map: edited, layout: moved, zoom: .boxes), viewport: viewport, options: RenderOptions()))
    }
}
