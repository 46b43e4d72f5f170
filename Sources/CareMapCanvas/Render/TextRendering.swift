import CareMapKit

/// `caremap show`: a map as plain text for notes and e-mails.
public enum TextRendering {
    /// The title line, the map drawn with `layout` and fitted into `width` × `height`, then the
    /// legend. The zoom is the most detailed one at which the whole map fits — boxes, else
    /// labels, else dots (cropped to the middle, with a note saying so, if even dots do not
    /// fit) — and blank rows above and below the map are dropped. The text never holds a control character: names, labels
    /// and the title are escaped as on screen.
    ///
    /// - Complexity: O(*n* + *m* + *w* × *h*) for *n* nodes and *m* links.
    public static func show(_ map: CareMap, layout: MapLayout, width: Int, height: Int) -> String {
        func fits(_ zoom: Zoom) -> Bool {
            let bounds = layout.bounds(in: map, zoom: zoom)
            return bounds.width <= width && bounds.height <= height
        }
        let zoom = Zoom.allCases.first(where: fits) ?? .dots
        let viewport = MapRenderer.fit(map, layout: layout, zoom: zoom, width: width, height: height)
        let drawing = MapRenderer.render(map, layout: layout, viewport: viewport, options: RenderOptions(zoom: zoom))
        var lines = drawing.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        if lines.isEmpty { lines = ["(no nodes)"] }
        if !fits(zoom) { lines.append("(cropped: the map is larger than \(width)×\(height) even as dots)") }
        var title = Canvas(width: width, height: 1)
        title.write(map.title.isEmpty ? "Untitled map" : map.title, x: 0, y: 0)
        return ([title.text, ""] + lines + ["", Legend.render(width: width).text]).joined(separator: "\n") + "\n"
    }
}
