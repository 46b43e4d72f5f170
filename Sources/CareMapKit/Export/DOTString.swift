/// Writes any text as a double-quoted DOT string that Graphviz reads back as exactly that text.
///
/// The DOT grammar (graphviz.org/doc/info/lang.html) only escapes `"` inside quoted strings, but
/// Graphviz then reads labels as *escString*s, where `\n`, `\l`, `\r`, `\N`, `\G`, `\E`, `\T`,
/// `\H` and `\L` mean line breaks or other objects' names. So a backslash from the map is
/// doubled, and a new line becomes `\n` (a raw one inside quotes would be kept, and a backslash
/// before it would join the lines). Control characters and the bidirectional controls that can
/// disguise the order of text in a review become visible `\u{…}` text, the notation of the
/// `.caremap` format; nothing that can act on a terminal or a viewer reaches the output.
enum DOTString {
    /// Attribute names and values in the order they are written, so output is deterministic.
    typealias Attributes = [(name: String, value: String)]

    /// `text` as a quoted DOT string, quotes included.
    static func quoted(_ text: String) -> String {
        var result = "\""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case _ where isHidden(scalar): result += "\\\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// An attribute list, `[name="value", …]`, every value quoted.
    static func attributes(_ pairs: Attributes) -> String {
        "[" + pairs.map { $0.name + "=" + quoted($0.value) }.joined(separator: ", ") + "]"
    }

    /// Whether a scalar is one a reader could not see: a C0 or C1 control or DEL (new line aside,
    /// handled by the caller), a line or paragraph separator, or a bidirectional control (the set
    /// `docs/file-format.md` escapes: U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
