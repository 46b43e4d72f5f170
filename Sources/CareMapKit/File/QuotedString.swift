/// Values as the `.caremap` format writes them: a bare word where one will do, otherwise a
/// double-quoted string with escapes.
///
/// Escaping is deliberately wider than the grammar needs: every control character and every
/// bidirectional control is written as `\u{…}`, so a printed file never holds a byte that can act
/// on a terminal (`cat` of a map must be safe) or reorder text in a code review.
public enum QuotedString {
    /// `text` in double quotes, with `"`, `\`, new line and tab escaped as `\"`, `\\`, `\n`, `\t`,
    /// and other control and bidi-control characters as `\u{HEX}` (uppercase hex).
    ///
    /// - Complexity: O(*n*) in the number of scalars.
    public static func encode(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        result.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result.append(contentsOf: #"\""#.unicodeScalars)
            case "\\": result.append(contentsOf: #"\\"#.unicodeScalars)
            case "\n": result.append(contentsOf: #"\n"#.unicodeScalars)
            case "\t": result.append(contentsOf: #"\t"#.unicodeScalars)
            case _ where needsEscape(scalar):
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            default: result.append(scalar)
            }
        }
        result.append("\"")
        return String(result)
    }

    /// Whether `text` can stand unquoted: one or more ASCII letters, digits or `- _ . , : / + @`.
    public static func isBareWord(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy(isBareByte)
    }

    /// `text` as a bare word when it is one, otherwise quoted: the canonical way to write a value.
    public static func value(_ text: String) -> String {
        isBareWord(text) ? text : encode(text)
    }

    /// One byte of a bare word.
    static func isBareByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ","),
            UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "+"), UInt8(ascii: "@"):
            true
        default:
            false
        }
    }

    /// C0 controls, DEL, C1 controls and the bidi controls the spec lists: U+061C, U+200E,
    /// U+200F, U+202A–U+202E and U+2066–U+2069.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
