import CareMapCanvas
import CareMapKit

extension Measurement {
    /// The legibility figures (issue 14): the audit of a drawn frame on its own, and a frame whose
    /// ties are routed with care. The 200 × 60 view at the centre of a large map has more than
    /// ``MapRenderer/carefulRoutingLimit`` ties in it, so the render row times the by-shape path
    /// there; this one finds the busiest view that is still routed carefully and times that.
    func measureLegibility(_ report: (BenchResult) -> Void) {
        guard wanted("legibility audit") || wanted("careful routing") else { return }
        let layout = Layouter.layout(map, style: .rings)
        let scene = MapScene(map: map, layout: layout, zoom: .boxes)
        let options = RenderOptions(showLinkLabels: true)
        let centre = layout.positions[map.subject ?? map.nodes.keys[0]] ?? MapPoint(x: 0, y: 0)
        let middle = Viewport(origin: MapPoint(x: centre.x - 100, y: centre.y - 30), width: 200, height: 60)
        let frame = MapRenderer.draw(scene, viewport: middle, options: options)
        checked("legibility audit 200 × 60", report) { LegibilityAudit(frame).textCellsOverwritten == 0 }

        let careful = busiestCarefulView(scene, layout: layout, options: options)
        let none = careful == nil ? "no 200 × 60 view of this map is routed with care" : nil
        checked("render 200 × 60 frame, careful routing", target: size >= 1_000 && size < 100_000 ? 16 : nil, skip: none, report) {
            careful.map { MapRenderer.draw(scene, viewport: $0, options: options).routedCarefully } ?? false
        }
    }

    /// Of 200 × 60 views centred on up to 24 nodes spread through the map, the one routed with
    /// care that draws the most ties.
    private func busiestCarefulView(_ scene: MapScene, layout: MapLayout, options: RenderOptions) -> Viewport? {
        let ids = Array(map.nodes.keys)
        let step = max(1, ids.count / 24)
        var best: (view: Viewport, ties: Int)?
        for index in stride(from: 0, to: ids.count, by: step) {
            guard let point = layout.positions[ids[index]] else { continue }
            let view = Viewport(origin: MapPoint(x: point.x - 100, y: point.y - 30), width: 200, height: 60)
            let frame = MapRenderer.draw(scene, viewport: view, options: options)
            let ties = frame.tiesDrawn
            if frame.routedCarefully, ties > best?.ties ?? -1 { best = (view, ties) }
        }
        return best?.view
    }
}
