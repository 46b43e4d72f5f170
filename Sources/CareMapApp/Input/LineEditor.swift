/// One line of text being typed, with a cursor: the command line, search, prompts and form fields.
///
/// The cursor counts characters (grapheme clusters), not bytes or columns, so Arabic, CJK and
/// combining marks move and delete as whole letters.
public struct LineEditor: Hashable, Sendable {
    public internal(set) var text: String
    /// Characters before the cursor, `0...text.count`.
    public internal(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// What happened to a key: the line used it, or the caller should handle it.
    public enum Outcome: Hashable, Sendable {
        case edited
        case moved
        case ignored
    }

    /// Applies an editing key (characters, Backspace, Delete, Left/Right, Home/End, Ctrl-A/E/K/U/W).
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .character(let character):
            insert(String(character))
            return .edited
        case .backspace, .control("h"):
            guard cursor > 0 else { return .ignored }
            remove(at: cursor - 1)
            cursor -= 1
            return .edited
        case .delete, .control("d"):
            guard cursor < text.count else { return .ignored }
            remove(at: cursor)
            return .edited
        case .left, .control("b"):
            cursor = max(0, cursor - 1)
            return .moved
        case .right, .control("f"):
            cursor = min(text.count, cursor + 1)
            return .moved
        case .home, .control("a"):
            cursor = 0
            return .moved
        case .end, .control("e"):
            cursor = text.count
            return .moved
        case .control("k"):
            text = String(text.prefix(cursor))
            return .edited
        case .control("u"):
            text = String(text.dropFirst(cursor))
            cursor = 0
            return .edited
        case .control("w"):
            deleteWordBeforeCursor()
            return .edited
        default:
            return .ignored
        }
    }

    /// Inserts text at the cursor and moves the cursor past it.
    public mutating func insert(_ string: String) {
        let index = text.index(text.startIndex, offsetBy: cursor)
        let before = text.count
        text.insert(contentsOf: string, at: index)
        cursor += text.count - before
    }

    /// Replaces the whole line and puts the cursor at its end.
    public mutating func replace(with string: String) {
        text = string
        cursor = string.count
    }

    /// The text before the cursor.
    public var beforeCursor: String { String(text.prefix(cursor)) }

    private mutating func remove(at offset: Int) {
        text.remove(at: text.index(text.startIndex, offsetBy: offset))
    }

    /// Ctrl-W as in shells: spaces before the cursor, then the word before them.
    private mutating func deleteWordBeforeCursor() {
        var characters = Array(text.prefix(cursor))
        while characters.last == " " { characters.removeLast() }
        while let last = characters.last, last != " " { characters.removeLast() }
        text = String(characters) + text.dropFirst(cursor)
        cursor = characters.count
    }
}
