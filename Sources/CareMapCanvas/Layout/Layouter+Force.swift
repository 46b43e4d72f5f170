import CareMapKit

extension Layouter {
    static func force(_ map: CareMap, seed: UInt64) -> [NodeID: MapPoint] {
        layered(map)
    }
}
