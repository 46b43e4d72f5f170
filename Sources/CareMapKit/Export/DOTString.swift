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
            case _ where scalar.isTerminalUnsafe: result += "\\\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// An attribute list, `[name="value", …]`, every value quoted.
    static func attributes(_ pairs: Attributes) -> String {
        "[" + pairs.map { $0.name + "=" + quoted($0.value) }.joined(separator: ", ") + "]"
    }
}
