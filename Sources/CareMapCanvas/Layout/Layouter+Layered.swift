import CareMapKit

extension Layouter {
    static func layered(_ map: CareMap) -> [NodeID: MapPoint] {
        var (positions, grid) = pinnedStart(map)
        let free = map.nodes.values.filter { $0.position == nil }
        settle(rows(of: free, from: MapPoint(x: 0, y: 0)), into: &positions, grid: &grid)
        return positions
    }
}
