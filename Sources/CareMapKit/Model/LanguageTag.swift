/// A BCP 47 language tag such as `ar`, `prs`, `ti`, `en-GB` or `sr-Latn`.
///
/// Written by hand because no package here parses BCP 47; only the well-formedness rules of
/// RFC 5646 §2.1 that matter for care maps are checked (language, extlang, script, region,
/// variants, extensions and private use), not registry validity.
public struct LanguageTag: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Keeps the tag as written; ``canonical`` gives the conventional letter case.
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    /// The tag in BCP 47's conventional case: language lowercase, script titlecase, region
    /// uppercase (`EN-gb` → `en-GB`, `SR-LATN` → `sr-Latn`). Case is not significant in tags.
    public var canonical: LanguageTag {
        var result: [String] = []
        for (index, subtag) in rawValue.split(separator: "-", omittingEmptySubsequences: false).enumerated() {
            let afterSingleton = result.contains { $0.count == 1 }
            if index > 0, !afterSingleton, subtag.count == 4, subtag.allSatisfy(\.isLetter) {
                result.append(subtag.prefix(1).uppercased() + subtag.dropFirst().lowercased())
            } else if index > 0, !afterSingleton, subtag.count == 2, subtag.allSatisfy(\.isLetter) {
                result.append(subtag.uppercased())
            } else {
                result.append(subtag.lowercased())
            }
        }
        return LanguageTag(result.joined(separator: "-"))
    }

    /// The primary language subtag, lowercased: `ar` for `ar-SY`. Two tags with the same
    /// primary language let two people talk, which is what the language-bridge analysis asks.
    public var primaryLanguage: String {
        String(rawValue.prefix { $0 != "-" }).lowercased()
    }

    /// Whether the tag is well formed per RFC 5646 (syntax only).
    public var isWellFormed: Bool {
        let subtags = rawValue.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = subtags.first, isAlpha(first, 2...8) else {
            return isPrivateUse(subtags, from: 0)
        }
        var index = 1
        if first.count <= 3 {
            var extlangs = 0
            while index < subtags.count, extlangs < 3, isAlpha(subtags[index], 3...3) {
                index += 1
                extlangs += 1
            }
        }
        if index < subtags.count, isAlpha(subtags[index], 4...4) { index += 1 }
        if index < subtags.count, isAlpha(subtags[index], 2...2) || isDigits(subtags[index], 3...3) {
            index += 1
        }
        while index < subtags.count, isVariant(subtags[index]) { index += 1 }
        while index < subtags.count, subtags[index].count == 1, subtags[index].lowercased() != "x" {
            guard isAlphanumeric(subtags[index], 1...1) else { return false }
            index += 1
            let start = index
            while index < subtags.count, isAlphanumeric(subtags[index], 2...8) { index += 1 }
            if index == start { return false }
        }
        return index == subtags.count || isPrivateUse(subtags, from: index)
    }

    private func isPrivateUse(_ subtags: [String], from index: Int) -> Bool {
        guard index < subtags.count, subtags[index].lowercased() == "x", index + 1 < subtags.count else {
            return false
        }
        return subtags[(index + 1)...].allSatisfy { isAlphanumeric($0, 1...8) }
    }

    private func isVariant(_ subtag: String) -> Bool {
        isAlphanumeric(subtag, 5...8)
            || (subtag.count == 4 && subtag.first.map(isASCIIDigit) == true && isAlphanumeric(subtag, 4...4))
    }

    private func isAlpha(_ subtag: String, _ lengths: ClosedRange<Int>) -> Bool {
        lengths.contains(subtag.count) && subtag.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic }
    }

    private func isDigits(_ subtag: String, _ lengths: ClosedRange<Int>) -> Bool {
        lengths.contains(subtag.count) && subtag.allSatisfy(isASCIIDigit)
    }

    private func isAlphanumeric(_ subtag: String, _ lengths: ClosedRange<Int>) -> Bool {
        lengths.contains(subtag.count)
            && subtag.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
    }

    private func isASCIIDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }
}
