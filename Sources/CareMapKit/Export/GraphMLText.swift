/// Text written into GraphML so that any XML 1.0 parser reads back exactly the map's text.
///
/// `&`, `<`, `>`, `"` and `'` become entity references. XML 1.0 (§2.2) cannot hold most C0
/// controls at all, and a parser turns a raw CR into LF and (in attributes) a raw tab or line
/// break into a space, so: tab is `&#9;`, CR `&#13;`, a line break inside an attribute `&#10;`.
/// Every other character ``Swift/Unicode/Scalar/isTerminalUnsafe`` names (C0 and C1 controls, DEL, the line
/// separators and the bidirectional controls) is written as the visible text `\u{HEX}`, the
/// notation of the `.caremap` format: the document is then valid XML, and nothing in it can act
/// on a terminal or reorder text in a viewer. The GraphML importer turns `\u{HEX}` of those
/// characters back into the character, so a round trip loses nothing. A line break at the start
/// or end of a value is written `\u{A}` too, because importers trim the line breaks and
/// indentation that pretty-printed GraphML puts around values.
enum GraphMLText {
    /// `text` escaped for element content or a double-quoted attribute value.
    static func escaped(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let inner = innerRange(scalars)
        var result = ""
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t": result += "&#9;"
            case "\r": result += "&#13;"
            case "\n" where inner.contains(index): result += "&#10;"
            case _ where scalar.isTerminalUnsafe: result += visible(scalar)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `\u{HEX}` for a scalar, uppercase hex as the `.caremap` format writes it.
    static func visible(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    /// The positions whose line breaks may stay line breaks: past any leading run of white
    /// space that holds a line break, and before any such trailing run.
    private static func innerRange(_ scalars: [Unicode.Scalar]) -> Range<Int> {
        let isSpace = { (scalar: Unicode.Scalar) in scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" }
        let leading = scalars.prefix(while: isSpace)
        let trailing = scalars.reversed().prefix(while: isSpace)
        let start = leading.contains("\n") ? leading.count : 0
        let end = trailing.contains("\n") ? scalars.count - trailing.count : scalars.count
        return start..<max(start, end)
    }

    /// Undoes the `\u{HEX}` notation for the characters ``escaped(_:)`` writes that way; any
    /// other `\u{…}` text is left as it is.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    static func unescaped(_ text: String) -> String {
        guard text.contains("\\u{") else { return text }
        var result = ""
        var scalars = text.unicodeScalars[...]
        while let first = scalars.first {
            if first == "\\", scalars.starts(with: "\\u{".unicodeScalars),
               let close = scalars.prefix(12).firstIndex(of: "}"),
               let value = UInt32(String(String.UnicodeScalarView(scalars[scalars.index(scalars.startIndex, offsetBy: 3)..<close])), radix: 16),
               let scalar = Unicode.Scalar(value), scalar.isTerminalUnsafe
            {
                result.unicodeScalars.append(scalar)
                scalars = scalars[scalars.index(after: close)...]
            } else {
                result.unicodeScalars.append(first)
                scalars = scalars.dropFirst()
            }
        }
        return result
    }
}
