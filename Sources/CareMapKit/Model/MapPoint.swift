/// A position on the map, in character cells: `x` grows to the right, `y` downwards.
///
/// Pinned node positions are stored in these units (`at=12,5` in the file) so that what a
/// facilitator arranges on screen is exactly what comes back when the file is opened again.
public struct MapPoint: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
    public var description: String { "\(x),\(y)" }
}
