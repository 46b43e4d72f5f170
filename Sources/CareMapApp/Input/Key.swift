/// A key press as a value. The terminal adapter turns raw input into these; the keymap and the
/// tests speak only in these, so the editor never sees a terminal.
public enum Key: Hashable, Sendable {
    /// A printable character, already decoded from UTF-8 (`a`, `A`, `?`, `ش`).
    case character(Character)
    /// Ctrl plus a letter, lowercased: `.control("s")` is Ctrl-S.
    case control(Character)
    case up, down, left, right
    case shiftUp, shiftDown, shiftLeft, shiftRight
    case enter, tab, backTab, backspace, delete, escape
    case home, end, pageUp, pageDown
    case function(Int)
}

/// Which mouse action happened at a cell.
public enum MouseAction: Hashable, Sendable {
    case press, release, doubleClick, drag, wheelUp, wheelDown
}

/// A mouse event at a screen cell (0-based column and row).
public struct MouseEvent: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var action: MouseAction
    public init(x: Int, y: Int, action: MouseAction) {
        self.x = x
        self.y = y
        self.action = action
    }
}

/// Everything that can reach the editor from outside.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    /// The terminal now has this many columns and rows.
    case resize(width: Int, height: Int)
    /// Nothing happened for a while: the moment autosave runs.
    case idle
}
