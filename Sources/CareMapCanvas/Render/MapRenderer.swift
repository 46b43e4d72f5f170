import CareMapKit

/// Draws a care map into a ``Canvas``: links first, boxes on top, only what the viewport shows.
///
/// Pure: the same map, layout, viewport and options always give the same canvas, and nothing
/// here touches a terminal. See `docs/drawing.md` for every glyph.
public enum MapRenderer {
    /// The map as seen through `viewport`: a canvas of the viewport's size whose top-left cell is
    /// the world cell `viewport.origin`.
    ///
    /// Only nodes and links that meet the viewport are considered, found through a bucket index
    /// of node centres, so the cost follows what is visible rather than the size of the map.
    ///
    /// - Complexity: O(*n* + *m*) to index *n* nodes and scan *m* links, plus O(*v*) for the *v*
    ///   cells of the visible nodes and links.
    public static func render(_ map: CareMap, layout: MapLayout, viewport: Viewport, options: RenderOptions) -> Canvas {
        var canvas = Canvas(width: viewport.width, height: viewport.height)
        var scene = RenderScene(map: map, layout: layout, zoom: options.zoom, curtain: options.curtain)
        let attachments = drawLinks(of: &scene, on: &canvas, viewport: viewport, options: options)
        var visible = scene.nodes(meeting: viewport.rect)
        if case .node(let selected)? = options.selection, let index = visible.firstIndex(of: selected) {
            visible.append(visible.remove(at: index))
        }
        for id in visible {
            guard let node = map.nodes[id], let frame = scene.frame(of: id) else { continue }
            drawNode(node, frame: frame, scene: scene, on: &canvas, origin: viewport.origin, options: options)
        }
        for attachment in attachments { attach(attachment, on: &canvas, origin: viewport.origin) }
        return canvas
    }

    /// The node drawn at world cell `point` (for mouse clicks), topmost first; `nil` on empty
    /// ground. Pass `curtain` as drawn, since curtained boxes are sized for their pseudonyms.
    ///
    /// - Complexity: O(*n*) to index the nodes.
    public static func node(at point: MapPoint, in map: CareMap, layout: MapLayout, zoom: Zoom, curtain: Bool = false) -> NodeID? {
        var scene = RenderScene(map: map, layout: layout, zoom: zoom, curtain: curtain)
        return scene.nodes(meeting: WorldRect(x: point.x, y: point.y, width: 1, height: 1)).last
    }

    /// A viewport of this size centred on the whole map (for `f`, fit).
    ///
    /// - Complexity: O(*n*) for *n* nodes.
    public static func fit(_ map: CareMap, layout: MapLayout, zoom: Zoom, width: Int, height: Int) -> Viewport {
        let bounds = layout.bounds(in: map, zoom: zoom)
        let origin = MapPoint(x: bounds.x + (bounds.width - width) / 2, y: bounds.y + (bounds.height - height) / 2)
        return Viewport(origin: origin, width: width, height: height)
    }
}
