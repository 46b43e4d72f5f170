import CareMapKit

/// A node's id and its box size at `.boxes` zoom, measured once.
///
/// Measuring a box means walking its name's characters for their display width; searches that
/// try thousands of spots would otherwise measure the same name thousands of times.
struct SizedBox: Hashable, Sendable {
    let id: NodeID
    let width: Int
    let height: Int

    init(_ node: Node) {
        id = node.id
        (width, height) = NodeBox.size(of: node, zoom: .boxes)
    }

    /// The box centred at `centre`, by the same rule as ``NodeBox/frame(of:centredAt:zoom:)``
    /// (which the layout tests check).
    func frame(centredAt centre: MapPoint) -> WorldRect {
        WorldRect(x: centre.x - width / 2, y: centre.y - height / 2, width: width, height: height)
    }
}
