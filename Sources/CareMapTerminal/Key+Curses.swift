import CNcurses
import CareMapApp
import CareMapCanvas

extension Key {
    /// The key for a character that `wget_wch` returned with `OK`, or nil for input the editor
    /// has no use for (NUL, the C0 controls past Ctrl-Z, C1 controls, invalid scalars).
    ///
    /// Terminals send Ctrl-letter as the letter's position in the alphabet, so 1–26 are controls,
    /// except the three that have their own keys: Tab is Ctrl-I, Enter is Ctrl-J or Ctrl-M, and
    /// many terminals send Ctrl-H (8) or DEL (127) for Backspace.
    init?(cursesCharacter code: UInt32) {
        switch code {
        case 9: self = .tab
        case 10, 13: self = .enter
        case 8, 127: self = .backspace
        case 27: self = .escape
        case 1...26: self = .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        default:
            guard let scalar = Unicode.Scalar(code), !DisplayWidth.isControl(scalar) else { return nil }
            self = .character(Character(scalar))
        }
    }

    /// The key for a code that `wget_wch` returned with `KEY_CODE_YES`, or nil for keys the editor
    /// does not use. `name` is `keyname(code)`, needed only for codes past `KEY_MAX`: ncurses
    /// numbers the terminal's extended keys at start-up, and xterm-style descriptions name
    /// Shift-Up and Shift-Down `kUP` and `kDN` when they are not the standard `kri`/`kind`.
    /// `KEY_MOUSE` and `KEY_RESIZE` are not keys; the adapter handles them before asking.
    init?(cursesKey code: Int32, name: String?) {
        switch code {
        case KEY_UP: self = .up
        case KEY_DOWN: self = .down
        case KEY_LEFT: self = .left
        case KEY_RIGHT: self = .right
        case KEY_SR: self = .shiftUp
        case KEY_SF: self = .shiftDown
        case KEY_SLEFT: self = .shiftLeft
        case KEY_SRIGHT: self = .shiftRight
        case KEY_BTAB: self = .backTab
        case KEY_BACKSPACE: self = .backspace
        case KEY_DC: self = .delete
        case KEY_ENTER: self = .enter
        case KEY_HOME: self = .home
        case KEY_END: self = .end
        case KEY_PPAGE: self = .pageUp
        case KEY_NPAGE: self = .pageDown
        case KEY_F0 + 1...KEY_F0 + 63: self = .function(Int(code - KEY_F0))
        default:
            switch name {
            case "kUP": self = .shiftUp
            case "kDN": self = .shiftDown
            case "kLFT": self = .shiftLeft
            case "kRIT": self = .shiftRight
            default: return nil
            }
        }
    }
}
