/// One character cell of a ``Canvas``.
///
/// A wide character (CJK, most emoji) takes two cells: the first holds the grapheme, the second
/// is a ``continuation`` cell that the terminal adapter skips. `text` is never a control
/// character: ``Canvas/write(_:x:y:style:maxWidth:)`` replaces those with visible escapes.
public struct Cell: Hashable, Sendable {
    /// One grapheme cluster, or empty for the right half of a wide character.
    public var text: String
    public var style: CellStyle

    public init(_ text: String = " ", style: CellStyle = .plain) {
        self.text = text
        self.style = style
    }

    /// Whether this cell is the right half of a wide character.
    public var isContinuation: Bool { text.isEmpty }

    public static let blank = Cell()
    public static let continuation = Cell("")
}
