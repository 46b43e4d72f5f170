import CNcurses

extension Terminal {
    /// Escape sequences that xterm, tmux, GNOME Terminal, iTerm2 and PuTTY send, with the key
    /// each means. Over SSH, `TERM` often names a description that lacks some of them (`screen`
    /// has no Shift-arrows, `linux` no Back-Tab), and an undefined sequence would arrive as Escape
    /// followed by letters, which the editor would take for commands.
    static let commonKeySequences: [(sequence: String, key: Int32)] = [
        ("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT), ("\u{1B}[D", KEY_LEFT),
        ("\u{1B}OA", KEY_UP), ("\u{1B}OB", KEY_DOWN), ("\u{1B}OC", KEY_RIGHT), ("\u{1B}OD", KEY_LEFT),
        ("\u{1B}[1;2A", KEY_SR), ("\u{1B}[1;2B", KEY_SF),
        ("\u{1B}[1;2C", KEY_SRIGHT), ("\u{1B}[1;2D", KEY_SLEFT),
        ("\u{1B}[Z", KEY_BTAB), ("\u{1B}[3~", KEY_DC),
        ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME), ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME),
        ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END), ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END),
        ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE),
    ]

    /// Teaches ncurses each common sequence the terminal's description does not already define.
    /// A sequence the description binds, or that is a prefix of one it binds, is left alone.
    static func defineMissingKeys() {
        for (sequence, key) in commonKeySequences where key_defined(sequence) == 0 {
            define_key(sequence, key)
        }
    }
}
