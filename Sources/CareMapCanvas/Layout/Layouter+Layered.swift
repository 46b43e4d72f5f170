import CareMapKit

/// The layered layout: each connected component drawn top to bottom by Sugiyama, Tagawa and Toda's
/// method, components side by side, nodes without links in rows underneath.
extension Layouter {
    /// Rows from one layer's centres to the next: a box is three rows, links need the rest.
    static let layerSpacing = 6
    /// Columns between neighbouring components.
    static let componentGap = 6

    /// Pinned nodes stay where the user put them and take no part in the layering; the rest are
    /// laid out as if they were absent, then moved off any pinned box by ``settle(_:into:grid:)``.
    ///
    /// - Complexity: O((*n* + *d*) log *n*) per ordering sweep, *d* being the dummy vertices.
    static func layered(_ map: CareMap) -> [NodeID: MapPoint] {
        var (positions, grid) = pinnedStart(map)
        let graph = LinkGraph(map) { $0.position == nil }
        let components = graph.components()
        let componentArcs = graph.arcs(within: components)
        var wanted: [(box: SizedBox, centre: MapPoint)] = []
        var isolated: [SizedBox] = []
        var left = 0, bottom = 0
        for (component, arcs) in zip(components, componentArcs) {
            let boxes = component.map { SizedBox(graph.nodes[$0]) }
            guard boxes.count > 1 else {
                isolated += boxes
                continue
            }
            let placed = layeredComponent(boxes, arcs: arcs)
            let frames = placed.map { $0.box.frame(centredAt: $0.centre) }
            let shift = left - (frames.map(\.x).min() ?? 0)
            wanted += placed.map { ($0.box, MapPoint(x: $0.centre.x + shift, y: $0.centre.y)) }
            left = (frames.map(\.maxX).max() ?? 0) + shift + componentGap
            bottom = max(bottom, frames.map(\.maxY).max() ?? 0)
        }
        let rowsTop = wanted.isEmpty ? 0 : bottom + layerSpacing / 2
        wanted += rows(of: isolated, from: MapPoint(x: 0, y: rowsTop), width: max(rowWidth, left - componentGap))
        settle(wanted, into: &positions, grid: &grid)
        return positions
    }

    /// One connected component's wanted centres, the top layer at row 0.
    private static func layeredComponent(_ boxes: [SizedBox], arcs: [LinkGraph.Arc]) -> [(box: SizedBox, centre: MapPoint)] {
        let assignment = LayerAssignment(count: boxes.count, arcs: arcs)
        var graph = LayeredGraph(widths: boxes.map(\.width), assignment: assignment)
        graph.reduceCrossings()
        let x = graph.horizontalCentres(clearance: Clearance.standard.horizontal)
        return boxes.indices.map { index in
            (boxes[index], MapPoint(x: Int(x[index].rounded()), y: assignment.layers[index] * layerSpacing))
        }
    }
}
