import CareMapKit

/// Makes any string safe to put on a terminal.
///
/// Names come from files that may be hostile: an ESC starts a control sequence (OSC 52 can write
/// the clipboard, OSC 0 the window title), BEL rings, C1 controls act like ESC on some terminals,
/// and bidi overrides (U+202E) make text lie about its order (the full list is
/// ``CareMapKit/Swift/Unicode/Scalar/isTerminalUnsafe``). Each such scalar becomes a visible
/// escape in the style of `cat -v`/Go's `%q` — `\e`, `\a`, `\u{202E}` — so the user sees what the
/// file holds and the terminal receives only printable text.
public enum SafeText {
    /// The string with every terminal-unsafe scalar replaced by a visible escape.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                result += escape(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isTerminalUnsafe
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x1B: "\\e"
        case 0x07: "\\a"
        case 0x08: "\\b"
        case 0x09: "\\t"
        case 0x0A: "\\n"
        case 0x0D: "\\r"
        default: "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
}
