/// The named symbols maps are drawn with, all from Unicode's box-drawing, block-element and
/// geometric-shape blocks, which every terminal font used in practice has.
public enum BoxDrawing {
    /// The eight pieces of a box border.
    public struct Border: Hashable, Sendable {
        public let topLeft, topRight, bottomLeft, bottomRight, horizontal, vertical: Character

        /// The same corners with dashed sides: a node drawn from an earlier version of the
        /// map, gone from this one; the corners still say its kind.
        public var gone: Border {
            Border(topLeft: topLeft, topRight: topRight, bottomLeft: bottomLeft, bottomRight: bottomRight, horizontal: "╌", vertical: "╎")
        }
    }

    /// People: rounded corners.
    public static let rounded = Border(topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯", horizontal: "─", vertical: "│")
    /// Places: square corners.
    public static let square = Border(topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─", vertical: "│")
    /// Groups and organisations: double lines.
    public static let double = Border(topLeft: "╔", topRight: "╗", bottomLeft: "╚", bottomRight: "╝", horizontal: "═", vertical: "║")
    /// The subject: heavy lines.
    public static let heavy = Border(topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛", horizontal: "━", vertical: "┃")

    /// Marks a private node in its box border.
    public static let privateMarker: Character = "‡"
    /// Fills a masked (private, curtained) node.
    public static let mask: Character = "▒"
    /// Marks a stressful tie a few times along its line.
    public static let stressfulMark: Character = "╳"
    /// Marks a tie of mixed quality a few times along its line.
    public static let mixedMark: Character = "≈"
    /// Cuts a past tie once, at its middle: the genogram sign for a broken relationship, so a
    /// tie lost to displacement never reads as a current one on paper, where dim does not show.
    public static let pastMark: Character = "╱"
    /// The fewest cells apart quality marks stand.
    public static let markSpacing = 4


    /// The arrowhead drawn in a line's last cell when support flows in `direction`.
    public static func arrowhead(pointing direction: LineDirection) -> Character {
        switch direction {
        case .up: "▲"
        case .right: "▶"
        case .down: "▼"
        case .left: "◀"
        }
    }

    /// Straight pieces by ``LinePattern`` raw value: light horizontal, heavy horizontal, light
    /// vertical, heavy vertical.
    static let straight: [[Character]] = [
        ["┈", "┉", "┊", "┋"],
        ["╌", "╍", "╎", "╏"],
        ["─", "━", "│", "┃"],
    ]

    /// Every mix of none (0), light (1) and heavy (2) arms, indexed by
    /// `up * 27 + right * 9 + down * 3 + left`. Generated from the Unicode character names
    /// (U+2500–U+254B and U+2574–U+257F, "BOX DRAWINGS UP HEAVY AND RIGHT DOWN LIGHT" and so on).
    static let junctions: [Character] = Array(
        " ╴╸╷┐┑╻┒┓" + "╶─╾┌┬┭┎┰┱" + "╺╼━┍┮┯┏┲┳"
            + "╵┘┙│┤┥╽┧┪" + "└┴┵├┼┽┟╁╅" + "┕┶┷┝┾┿┢╆╈"
            + "╹┚┛╿┦┩┃┨┫" + "┖┸┹┞╀╃┠╂╉" + "┗┺┻┡╄╇┣╊╋"
    )
}
