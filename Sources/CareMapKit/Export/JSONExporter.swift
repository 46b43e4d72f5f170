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
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
