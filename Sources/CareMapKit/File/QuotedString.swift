/// Values as the `.caremap` format writes them: a bare word where one will do, otherwise a
/// double-quoted string with escapes.
///
/// Escaping is deliberately wider than the grammar needs: every control character and every
/// bidirectional control is written as `\u{…}`, so a printed file never holds a byte that can act
/// on a terminal (`cat` of a map must be safe) or reorder text in a code review.
public enum QuotedString {
    /// `text` in double quotes, with `"`, `\`, new line and tab escaped as `\"`, `\\`, `\n`, `\t`,
    /// and every other scalar in ``Swift/Unicode/Scalar/isTerminalUnsafe`` as `\u{HEX}` (uppercase hex).
    ///
    /// - Complexity: O(*n*) in the number of scalars.
    public static func encode(_ text: String) -> String {
        // Bytes, not `String.UnicodeScalarView`: its `append(contentsOf:)` copies the whole
        // string so far, which made a name of 32,000 `"` take seconds to write.
        var result: [UInt8] = [UInt8(ascii: "\"")]
        result.reserveCapacity(text.utf8.count + 2)
        func escaped(_ letter: Unicode.Scalar) {
            result.append(UInt8(ascii: "\\"))
            result.append(UInt8(ascii: letter))
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped("\"")
            case "\\": escaped("\\")
            case "\n": escaped("n")
            case "\t": escaped("t")
            case _ where scalar.isTerminalUnsafe:
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".utf8
            default: result += scalar.utf8
            }
        }
        result.append(UInt8(ascii: "\""))
        return String(decoding: result, as: UTF8.self)
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
}
