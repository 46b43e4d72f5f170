/// The empty space a layout keeps around each box it places, so boxes never touch and links have
/// room to pass between them.
///
/// Horizontal clearance is larger because a column is half as tall as a row: two cells across
/// look about as wide as one cell down.
struct Clearance: Hashable, Sendable {
    var horizontal: Int
    var vertical: Int

    /// The clearance every style uses.
    static let standard = Clearance(horizontal: 2, vertical: 1)

    /// `rect` grown by the clearance on every side: two rectangles keep their clearance exactly
    /// when one, grown, does not intersect the other.
    func grow(_ rect: WorldRect) -> WorldRect {
        WorldRect(
            x: rect.x - horizontal, y: rect.y - vertical,
            width: rect.width + 2 * horizontal, height: rect.height + 2 * vertical
        )
    }
}
