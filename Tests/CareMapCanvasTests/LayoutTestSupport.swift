@testable import CareMapCanvas
import CareMapKit

/// Random maps for layout properties, and the checks every layout must pass.
enum LayoutFixtures {
    static let names = ["Amira", "Hassan", "Riverside GP surgery", "كريم", "Dr Okafor", "St Mary's drop-in", "中文名字", "",
                        "A very long organisation name that will be truncated"]

    /// A map of 1 to `maximumNodes` nodes with random roles, rings, names and links; about one node
    /// in ten pinned, on slots far enough apart that pinned boxes never overlap each other.
    /// Drawn from the layouts' own SplitMix64 generator, so a failing seed rebuilds its map.
    static func randomMap(seed: UInt64, maximumNodes: Int = 300, subject: Bool = true) -> CareMap {
        var random = SeededRandom(seed: seed)
        let count = Int.random(in: 1...maximumNodes, using: &random)
        var freeSlots = Array(0..<400).shuffled(using: &random)
        var nodes: [Node] = []
        for index in 0..<count {
            let id = NodeID("n\(index)")
            let kind = index == 0 ? .person : NodeKind.allCases.randomElement(using: &random)!
            let role = Bool.random(using: &random) ? Role.vocabulary.randomElement(using: &random) : nil
            let ring = [nil, 1, 2, 3, 7].randomElement(using: &random)!
            var position: MapPoint?
            if Int.random(in: 0..<10, using: &random) == 0, let slot = freeSlots.popLast() {
                position = MapPoint(x: (slot % 20 - 10) * 30, y: (slot / 20 - 10) * 5)
            }
            nodes.append(Node(id: id, kind: kind, name: names.randomElement(using: &random)!, role: role,
                              ring: ring, position: position))
        }
        var links: [Link] = []
        for _ in 0..<Int.random(in: 0...(2 * count), using: &random) {
            let from = nodes.randomElement(using: &random)!.id, to = nodes.randomElement(using: &random)!.id
            links.append(Link(from: from, to: to, direction: LinkDirection.allCases.randomElement(using: &random)!))
        }
        return CareMap(subject: subject ? nodes[0].id : nil, nodes: nodes, links: links)
    }

    /// A description of every pair of boxes that overlap, empty when none do.
    static func overlaps(in map: CareMap, _ layout: MapLayout) -> [String] {
        let frames = map.nodes.values.compactMap { node in
            layout.positions[node.id].map { (node.id, NodeBox.frame(of: node, centredAt: $0, zoom: .boxes)) }
        }
        var found: [String] = []
        for i in frames.indices {
            for j in frames.indices where j > i && frames[i].1.intersects(frames[j].1) {
                found.append("\(frames[i].0) \(frames[i].1) overlaps \(frames[j].0) \(frames[j].1)")
            }
        }
        return found
    }

    /// Ids of nodes without a position, and of pinned nodes that moved.
    static func misplaced(in map: CareMap, _ layout: MapLayout) -> [NodeID] {
        map.nodes.values.filter { node in
            guard let position = layout.positions[node.id] else { return true }
            return node.position.map { $0 != position } ?? false
        }.map(\.id)
    }

    /// Distance from `centre` in the rings' own metric: columns count 1/2.2 of a row.
    static func ringDistance(_ point: MapPoint, from centre: MapPoint) -> Double {
        let dx = Double(point.x - centre.x) / 2.2, dy = Double(point.y - centre.y)
        return (dx * dx + dy * dy).squareRoot()
    }
}
