import CareMapKit

/// Draws a care map into a ``Canvas``: links first, boxes on top, only what the viewport shows.
///
/// Pure: the same map, layout, viewport and options always give the same canvas, and nothing
/// here touches a terminal. See `docs/drawing.md` for every glyph.
public enum MapRenderer {
    /// The map as seen through `viewport`: a canvas of the viewport's size whose top-left cell is
    /// the world cell `viewport.origin`. Builds the scene for one drawing; a caller drawing the
    /// same map again and again (the editor) keeps a ``MapScene`` and calls
    /// ``render(_:viewport:options:)`` instead.
    ///
    /// - Complexity: O(*n* + *m*) to prepare *n* nodes and *m* links, plus what
    ///   ``render(_:viewport:options:)`` costs.
    public static func render(_ map: CareMap, layout: MapLayout, viewport: Viewport, options: RenderOptions) -> Canvas {
        render(MapScene(map: map, layout: layout, zoom: options.zoom, curtain: options.curtain), viewport: viewport, options: options)
    }

    /// The scene as seen through `viewport`, at the scene's zoom and curtain (those of
    /// `options` are not looked at).
    ///
    /// Only nodes and links that meet the viewport are drawn, found through the scene's bucket
    /// index of node centres and its table of link ends, so the cost follows what is visible
    /// rather than the size of the map, apart from one pass over the links' ends.
    ///
    /// - Complexity: O(*m*) to test *m* links' ends against the viewport, plus O(*v*) for the
    ///   *v* cells of the visible nodes and links.
    public static func render(_ scene: MapScene, viewport: Viewport, options: RenderOptions) -> Canvas {
        draw(scene, viewport: viewport, options: options).canvas
    }

    /// The scene drawn as ``render(_:viewport:options:)`` draws it, with the record of what
    /// went where that ``LegibilityAudit`` reads.
    ///
    /// Order keeps text whole: lines first, boxes over them, the tees where lines meet borders
    /// (only on plain border pieces), the faint ring guides on blank cells, and tie labels
    /// last, each placed only on cells that hold no box and no other label, over guides (see
    /// ``placeLabels(_:on:viewport:)``).
    ///
    /// - Complexity: as ``render(_:viewport:options:)``.
    public static func draw(_ scene: MapScene, viewport: Viewport, options: RenderOptions) -> DrawnFrame {
        var frame = DrawnFrame(canvas: Canvas(width: viewport.width, height: viewport.height))
        let (attachments, labels) = drawLinks(of: scene, on: &frame, viewport: viewport, options: options)
        var visible = scene.nodes(meeting: viewport.rect)
        if case .node(let selected)? = options.selection, let place = scene.map.nodes.index(forKey: selected),
           let index = visible.firstIndex(of: place) {
            visible.append(visible.remove(at: index))
        }
        for place in visible {
            guard let box = scene.frame(at: place) else { continue }
            drawNode(scene.map.nodes.values[place], frame: box, form: scene.form(at: place), scene: scene, on: &frame, origin: viewport.origin, options: options)
            frame.nodes.append((place, WorldRect(x: box.x - viewport.origin.x, y: box.y - viewport.origin.y, width: box.width, height: box.height)))
        }
        frame.namesShortened = scene.shortenedCount(meeting: viewport.rect)
        for attachment in attachments { attach(attachment, on: &frame.canvas, origin: viewport.origin) }
        drawRingGuides(scene, on: &frame.canvas, viewport: viewport)
        placeLabels(labels, on: &frame, viewport: viewport)
        return frame
    }

    /// The node drawn at world cell `point` (for mouse clicks), topmost first; `nil` on empty
    /// ground. Pass `curtain` as drawn, since curtained boxes are sized for their pseudonyms.
    ///
    /// - Complexity: O(*n*) to prepare the scene; ``MapScene/node(at:)`` is the cheap way
    ///   when a scene is at hand.
    public static func node(at point: MapPoint, in map: CareMap, layout: MapLayout, zoom: Zoom, curtain: Bool = false) -> NodeID? {
        MapScene(map: map, layout: layout, zoom: zoom, curtain: curtain).node(at: point)
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
