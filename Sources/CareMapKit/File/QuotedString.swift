/// Values as the file format writes them: bare words where they can be, double-quoted strings
/// with escapes otherwise.
public enum QuotedString {
    /// Whether `text` can be written without quotes: one or more of ASCII letters, digits and
    /// `- _ . , : / + @`.
    public static func isBareWord(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy(isBareByte)
    }

    static func isBareByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"),
            UInt8(ascii: "/"), UInt8(ascii: "+"), UInt8(ascii: "@"):
            true
        default:
            false
        }
    }

    /// `text` as a bare word when it is one, otherwise as a quoted string.
    public static func value(_ text: String) -> String {
        isBareWord(text) ? text : encode(text)
    }

    /// `text` in double quotes, escaping `"`, `\`, new lines, tabs, every other control
    /// character and the bidirectional controls, so the file never holds a byte that acts on a
    /// terminal or reorders text in a review.
    public static func encode(_ text: String) -> String {
        var result = "\""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if needsEscape(scalar) {
                    result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        result += "\""
        return result
    }

    /// Control characters (C0, DEL, C1) and the bidirectional-control characters: U+061C,
    /// U+200E, U+200F, U+202A–U+202E and U+2066–U+2069.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
