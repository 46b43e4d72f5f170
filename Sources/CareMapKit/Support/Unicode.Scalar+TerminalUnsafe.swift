/// The one list of scalars that caremap never lets reach a terminal, a drawing or an export raw.
extension Unicode.Scalar {
    /// Whether this scalar may act on a terminal or disguise the text around it: a C0 control
    /// (new line and tab included; a caller that writes those raw on purpose says so), DEL, a C1
    /// control (U+0080–U+009F, with the 8-bit CSI U+009B), the line and paragraph separators
    /// U+2028 and U+2029 (a new line to some terminals and to JavaScript, invisible to others),
    /// and the bidirectional controls that reorder what a reader sees (U+061C, U+200E, U+200F,
    /// U+202A–U+202E, U+2066–U+2069; Unicode TR9, and CVE-2021-42574, "Trojan Source").
    ///
    /// The file format escapes these, every export and report writes them as visible escapes,
    /// the editor and `show` draw them as escapes, and the fuzz targets and tests check for them:
    /// all with this one list, so none of them can lag behind another.
    public var isTerminalUnsafe: Bool {
        switch value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
