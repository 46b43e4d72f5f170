import CareMapKit

/// Where the view goes when a map opens and when the user asks to see all of it (`f`): pure
/// functions of the map, its layout and the screen, so the editor's choice is tested here.
public enum ViewFit {
    /// A zoom and a viewport of `width` × `height` drawn-layout cells at that zoom.
    public struct View: Hashable, Sendable {
        public var zoom: Zoom
        public var viewport: Viewport
    }

    /// The first view of a map: centred on the person at the centre (or on the whole map when
    /// it has none), at the closest zoom that shows every node whole on one screen; when none
    /// does, at the zoom that shows the most nodes, the closer zoom on a tie, so the first
    /// screen is as much of the map as fits around its subject. Only zooms that show names are
    /// weighed: a first screen of dots would not say whose map it is.
    ///
    /// - Complexity: O(*n* + *m*) per zoom tried, for *n* nodes and *m* links.
    public static func opening(_ map: CareMap, layout: MapLayout, width: Int, height: Int) -> View {
        var best: (view: View, shown: Int)?
        for zoom in Zoom.allCases where zoom.showsNames {
            let scene = MapScene(map: map, layout: layout.drawn(at: zoom), zoom: zoom)
            let viewport = centred(on: map.subject, scene: scene, width: width, height: height)
            let shown = scene.nodesWhollyInside(viewport.rect)
            if shown == scene.positionedCount { return View(zoom: zoom, viewport: viewport) }
            if best.map({ shown > $0.shown }) ?? true { best = (View(zoom: zoom, viewport: viewport), shown) }
        }
        return best?.view ?? View(zoom: .boxes, viewport: Viewport(origin: MapPoint(x: 0, y: 0), width: width, height: height))
    }

    /// The closest zoom at which every node is drawn (whole, shortened or as a dot, none left
    /// out) inside one screen, with the viewport centred on the map; `nil` when not even the
    /// furthest zoom can, for the editor to say so.
    ///
    /// - Complexity: O(*n* + *m*) per zoom tried.
    public static func whole(_ map: CareMap, layout: MapLayout, width: Int, height: Int) -> View? {
        for zoom in Zoom.allCases {
            let scene = MapScene(map: map, layout: layout.drawn(at: zoom), zoom: zoom)
            let viewport = centred(on: nil, scene: scene, width: width, height: height)
            if scene.nodesWhollyInside(viewport.rect) == scene.positionedCount { return View(zoom: zoom, viewport: viewport) }
        }
        return nil
    }

    /// A viewport centred on `node`'s drawn position, or on the bounds of every drawn node.
    private static func centred(on node: NodeID?, scene: MapScene, width: Int, height: Int) -> Viewport {
        if let node, let centre = scene.layout.positions[node] {
            return Viewport(origin: MapPoint(x: centre.x - width / 2, y: centre.y - height / 2), width: width, height: height)
        }
        let bounds = scene.drawnBounds
        return Viewport(
            origin: MapPoint(x: bounds.x + (bounds.width - width) / 2, y: bounds.y + (bounds.height - height) / 2),
            width: width, height: height
        )
    }
}
