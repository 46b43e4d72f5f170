import CareMapKit

/// The rings of a rings layout as drawn: the subject's centre and each ring's radius in rows,
/// found from the layout itself (the mean, over a ring's nodes, of their distance from the
/// centre on the ring's aspect-corrected circle), for the faint guides on screen and behind
/// pictures.
public struct RingGuides: Hashable, Sendable {
    public let centre: MapPoint
    /// Radii in rows, innermost first; a ring's width is ``RingEllipse/aspect`` times its radius.
    public let radii: [Double]

    /// The guides of `layout`, or `nil` when it is not a rings layout around a placed subject.
    ///
    /// - Complexity: O(*n*) for *n* nodes.
    public init?(_ map: CareMap, layout: MapLayout) {
        guard layout.style == .rings, let subject = map.subject, let centre = layout.positions[subject] else { return nil }
        var sums: [Int: (total: Double, count: Int)] = [:]
        // Read in place: copying each node out copies every one of its fields.
        let nodes = map.nodes.values.elements
        for place in nodes.indices where nodes[place].id != subject && nodes[place].position == nil {
            guard let point = layout.positions[nodes[place].id] else { continue }
            let ring = nodes[place].ring.flatMap { Node.rings.contains($0) ? $0 : nil } ?? Layouter.outerRing
            let dx = Double(point.x - centre.x) / RingEllipse.aspect, dy = Double(point.y - centre.y)
            sums[ring, default: (0, 0)].total += (dx * dx + dy * dy).squareRoot()
            sums[ring, default: (0, 0)].count += 1
        }
        guard !sums.isEmpty else { return nil }
        self.centre = centre
        radii = sums.keys.sorted().map { sums[$0]!.total / Double(sums[$0]!.count) }
    }
}
