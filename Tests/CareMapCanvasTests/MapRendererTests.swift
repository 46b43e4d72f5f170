import CareMapCanvas
import CareMapKit
import Testing

@Suite struct MapRendererTests {
    @Test func ecoMapShowsEveryKindOfTie() {
        let map = Fixtures.ecoMap, layout = Fixtures.ecoLayout
        let canvas = MapRenderer.render(map, layout: layout, viewport: Fixtures.viewport(for: map, layout), options: RenderOptions(showLinkLabels: true))
        assertSnapshot(canvas.text, named: "eco-map")
    }
}
