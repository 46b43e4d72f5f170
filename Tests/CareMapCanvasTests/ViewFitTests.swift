@testable import CareMapCanvas
import CareMapKit
import Testing

/// The first view and `f`: the subject centred with as much as fits, and every node on `f`.
@Suite struct ViewFitTests {
    @Test(arguments: [(80, 22), (120, 33), (200, 58)])
    func theOpeningViewCentresTheSubject(width: Int, height: Int) throws {
        let map = try LegibilityTests.sample("amira")
        let layout = Layouter.layout(map, style: .rings)
        let view = ViewFit.opening(map, layout: layout, width: width, height: height)
        let subject = try #require(map.subject)
        let centre = try #require(layout.drawn(at: view.zoom).positions[subject])
        #expect(abs(view.viewport.origin.x + width / 2 - centre.x) <= 1)
        #expect(abs(view.viewport.origin.y + height / 2 - centre.y) <= 1)
        let scene = MapScene(map: map, layout: layout.drawn(at: view.zoom), zoom: view.zoom)
        for other in Zoom.allCases where other.rawValue < view.zoom.rawValue {
            let closer = MapScene(map: map, layout: layout.drawn(at: other), zoom: other)
            let viewport = Viewport(origin: MapPoint(x: 0, y: 0), width: width, height: height)
            #expect(closer.nodesWhollyInside(viewport.rect) < map.nodes.count || scene.nodesWhollyInside(view.viewport.rect) == map.nodes.count)
        }
    }

    @Test(arguments: LegibilityTests.samples, [(80, 22), (120, 33)])
    func fitShowsEveryNode(name: String, size: (Int, Int)) throws {
        let map = try LegibilityTests.sample(name)
        let layout = Layouter.layout(map, style: .default(for: map))
        let view = try #require(ViewFit.whole(map, layout: layout, width: size.0, height: size.1))
        let scene = MapScene(map: map, layout: layout.drawn(at: view.zoom), zoom: view.zoom)
        #expect(scene.nodesWhollyInside(view.viewport.rect) == map.nodes.count)
    }

    @Test func fitSaysNothingFitsWhenNothingDoes() throws {
        let map = try LegibilityTests.sample("ashbridge-community")
        #expect(ViewFit.whole(map, layout: Layouter.layout(map, style: .layered), width: 4, height: 2) == nil)
    }
}

/// Each sample's first screen as the editor draws its map area on 80×24 and 120×35 terminals
/// (two rows go to the status bar and the bottom line), kept as snapshots to read by eye.
@Suite struct SampleScreenSnapshotTests {
    @Test(arguments: LegibilityTests.samples, [(80, 22), (120, 33)])
    func theFirstScreenOfEachSample(name: String, size: (Int, Int)) throws {
        let map = try LegibilityTests.sample(name)
        let layout = Layouter.layout(map, style: .default(for: map))
        let view = ViewFit.opening(map, layout: layout, width: size.0, height: size.1)
        let scene = MapScene(map: map, layout: layout.drawn(at: view.zoom), zoom: view.zoom)
        let frame = MapRenderer.draw(scene, viewport: view.viewport, options: RenderOptions(zoom: view.zoom, showLinkLabels: view.zoom == .boxes))
        #expect(LegibilityAudit(frame).textCellsOverwritten == 0)
        assertSnapshot(frame.canvas.text, named: "screen-\(name)-\(size.0)x\(size.1 + 2)")
    }
}
