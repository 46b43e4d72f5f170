/// One of the four directions a line can leave a cell by.
public enum LineDirection: Int, CaseIterable, Hashable, Sendable {
    case up, right, down, left

    /// The direction pointing back.
    public var opposite: LineDirection { LineDirection(rawValue: (rawValue + 2) % 4)! }

    /// The step in world cells (y grows downwards).
    public var step: (dx: Int, dy: Int) {
        switch self {
        case .up: (0, -1)
        case .right: (1, 0)
        case .down: (0, 1)
        case .left: (-1, 0)
        }
    }

    /// Whether the direction is left or right.
    public var isHorizontal: Bool { self == .left || self == .right }
}

/// How heavy one arm of a line is. Ordered so that merging keeps the heavier arm.
public enum LineWeight: Int, Comparable, Hashable, Sendable {
    case none, light, heavy

    public static func < (lhs: LineWeight, rhs: LineWeight) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How a straight run of line is broken up. Ordered so that merging keeps the more solid pattern.
public enum LinePattern: Int, Comparable, Hashable, Sendable {
    /// Quadruple dash `┈┊`: ties that are only hoped for.
    case dotted
    /// Double dash `╌╎`: tenuous ties.
    case dashed
    /// Unbroken `─│`.
    case solid

    public static func < (lhs: LinePattern, rhs: LinePattern) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What the lines passing through one cell add up to: a weight per arm and a pattern.
///
/// Lines are not drawn as characters but recorded here while a map is drawn, and each cell's
/// glyph is chosen once at the end (the approach of ratatui's line merging), so crossings and
/// joins come out as proper junctions whatever order the links are drawn in.
///
/// Merge rules, applied by ``add(_:weight:pattern:)``:
/// 1. Each arm keeps the heaviest weight any line gave it: light + heavy on one arm is heavy.
/// 2. The pattern is the most solid one given: solid beats dashed beats dotted.
/// 3. A cell with exactly two opposite arms of one weight is a straight piece and shows its
///    pattern (`─ ━ ╌ ╍ ┈ ┉`, `│ ┃ ╎ ╏ ┊ ┋`).
/// 4. Any other combination is a corner, tee, cross or half line drawn solid from Unicode's
///    box-drawing block, which has a glyph for every mix of none/light/heavy on four arms
///    (`┌ ┬ ┼ ╋ ┿ ╂ ┢ …`); Unicode has no dashed junctions, so junctions are always solid.
public struct LineCell: Hashable, Sendable {
    /// Two bits per arm, ``LineDirection`` raw value × 2 from the low end: kept packed because a
    /// canvas-sized grid of these is built on every frame.
    private var arms: UInt8 = 0
    public private(set) var pattern: LinePattern = .dotted

    public init() {}

    /// Whether no line passes through the cell.
    public var isEmpty: Bool { arms == 0 }

    /// The weight of the arm leaving by `direction`.
    public subscript(direction: LineDirection) -> LineWeight {
        LineWeight(rawValue: Int(arms >> (direction.rawValue * 2)) & 3)!
    }

    /// Adds an arm, merging with what is already there (see the rules above).
    public mutating func add(_ direction: LineDirection, weight: LineWeight, pattern: LinePattern) {
        let wasEmpty = isEmpty
        let merged = max(self[direction], weight)
        let shift = direction.rawValue * 2
        arms = (arms & ~(3 << shift)) | (UInt8(merged.rawValue) << shift)
        self.pattern = wasEmpty ? pattern : max(self.pattern, pattern)
    }

    /// Whether the cell is one straight piece of line (two opposite arms of one weight), where a
    /// pattern or a mark along the line can be shown.
    public var isStraight: Bool {
        let (up, right, down, left) = (self[.up], self[.right], self[.down], self[.left])
        return (up == .none && down == .none && left != .none && left == right)
            || (left == .none && right == .none && up != .none && up == down)
    }

    /// The glyph for the cell, or `nil` when no line passes through it.
    public var glyph: Character? {
        if isEmpty { return nil }
        if isStraight {
            let horizontal = self[.left] != .none
            let heavy = self[horizontal ? .left : .up] == .heavy
            return BoxDrawing.straight[pattern.rawValue][(horizontal ? 0 : 2) + (heavy ? 1 : 0)]
        }
        let index = LineDirection.allCases.reduce(0) { $0 * 3 + self[$1].rawValue }
        return BoxDrawing.junctions[index]
    }
}
