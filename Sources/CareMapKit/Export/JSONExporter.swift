import Foundation

/// Exports a care map as JSON for other tools: a documented schema (`docs/exports.md`) written by
/// Foundation's `JSONEncoder`, so every string is escaped by a well-tested encoder and no name can
/// break out of its value.
///
/// Private nodes never appear (``CareMap/withoutPrivateNodes()``); comments are not exported.
/// Keys are sorted and lists keep map order (sets canonical order), so the same map always gives
/// the same bytes.
public enum JSONExporter {
    /// The JSON text for `map`, pretty-printed, ending with a new line.
    ///
    /// - Complexity: O(*n* + *m*) for *n* nodes and *m* links, plus the length of their text.
    public static func export(_ map: CareMap) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(Document(map.withoutPrivateNodes()))
        } catch {
            // The document holds only strings, integers, lists and string dictionaries; the
            // encoder fails only for non-finite floating-point numbers, which it cannot contain.
            preconditionFailure("a care map document always encodes: \(error)")
        }
        return escapingHidden(String(decoding: data, as: UTF8.self)) + "\n"
    }

    /// `json` with every C1 control, DEL, line or paragraph separator and bidi control written as a
    /// `\uXXXX` escape.
    ///
    /// `JSONEncoder` escapes only what RFC 8259 requires (quote, backslash, U+0000–U+001F) and
    /// writes the rest raw, so a name holding U+009B (an 8-bit CSI some terminals obey) or U+202E
    /// (which reverses the text shown) would act on whoever runs `caremap export --to json` in a
    /// terminal. Escaped, a JSON reader still gets exactly the same string. Outside its strings
    /// JSON holds only ASCII, so every such scalar is inside one and may be escaped there. The
    /// JSON report (`caremap report --format json`) goes through here too.
    ///
    /// - Complexity: O(*n*) in the length of `json`.
    public static func escapingHidden(_ json: String) -> String {
        func isHidden(_ scalar: Unicode.Scalar) -> Bool { scalar != "\n" && scalar.isTerminalUnsafe }
        guard json.unicodeScalars.contains(where: isHidden) else { return json }
        var result = ""
        result.unicodeScalars.reserveCapacity(json.unicodeScalars.count)
        for scalar in json.unicodeScalars {
            guard isHidden(scalar) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            let digits = String(scalar.value, radix: 16, uppercase: true)
            result += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
        }
        return result
    }
}
