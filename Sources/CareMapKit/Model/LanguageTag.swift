/// A BCP 47 language tag such as `ar`, `prs`, `ti`, `en-GB` or `sr-Latn`.
///
/// Written by hand because no package here parses BCP 47; only the well-formedness rules of
/// RFC 5646 §2.1 that matter for care maps are checked (language, extlang, script, region,
/// variants, extensions and private use), not registry validity.
///
/// Tags are ASCII by definition, so both checks and case mapping work on UTF-8 bytes: every
/// language of a large map is checked as it is read and again when the map is validated, and
/// bytes cost no `String` per subtag and no Unicode property lookups. A byte of 0x80 or more is
/// never a letter or digit, so a tag with one is malformed and its case is left as written.
public struct LanguageTag: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Keeps the tag as written; ``canonical`` gives the conventional letter case.
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    private typealias Subtag = Substring.UTF8View

    private var subtags: [Subtag] {
        rawValue.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
    }

    /// The tag in BCP 47's conventional case: language lowercase, script titlecase, region
    /// uppercase (`EN-gb` → `en-GB`, `SR-LATN` → `sr-Latn`). Case is not significant in tags.
    public var canonical: LanguageTag {
        var result: [UInt8] = []
        result.reserveCapacity(rawValue.utf8.count)
        var afterSingleton = false
        for (index, subtag) in subtags.enumerated() {
            if index > 0 { result.append(UInt8(ascii: "-")) }
            let letters = subtag.allSatisfy(Self.isLetter)
            for (offset, byte) in subtag.enumerated() {
                let upper = index > 0 && !afterSingleton && letters
                    && (subtag.count == 2 || (subtag.count == 4 && offset == 0))
                result.append(upper ? Self.uppercased(byte) : Self.lowercased(byte))
            }
            if subtag.count == 1 { afterSingleton = true }
        }
        return result.elementsEqual(rawValue.utf8) ? self : LanguageTag(String(decoding: result, as: UTF8.self))
    }

    /// The primary language subtag, lowercased: `ar` for `ar-SY`. Two tags with the same
    /// primary language let two people talk, which is what the language-bridge analysis asks.
    public var primaryLanguage: String {
        String(rawValue.prefix { $0 != "-" }).lowercased()
    }

    /// Whether the tag is well formed per RFC 5646 (syntax only).
    public var isWellFormed: Bool {
        let subtags = subtags
        guard let first = subtags.first, Self.isAlpha(first, 2...8) else {
            return Self.isPrivateUse(subtags, from: 0)
        }
        var index = 1
        if first.count <= 3 {
            var extlangs = 0
            while index < subtags.count, extlangs < 3, Self.isAlpha(subtags[index], 3...3) {
                index += 1
                extlangs += 1
            }
        }
        if index < subtags.count, Self.isAlpha(subtags[index], 4...4) { index += 1 }
        if index < subtags.count, Self.isAlpha(subtags[index], 2...2) || Self.isDigits(subtags[index], 3...3) {
            index += 1
        }
        while index < subtags.count, Self.isVariant(subtags[index]) { index += 1 }
        while index < subtags.count, subtags[index].count == 1, !Self.isPrivateUseSingleton(subtags[index]) {
            guard Self.isAlphanumeric(subtags[index], 1...1) else { return false }
            index += 1
            let start = index
            while index < subtags.count, Self.isAlphanumeric(subtags[index], 2...8) { index += 1 }
            if index == start { return false }
        }
        return index == subtags.count || Self.isPrivateUse(subtags, from: index)
    }

    private static func isPrivateUse(_ subtags: [Subtag], from index: Int) -> Bool {
        guard index < subtags.count, isPrivateUseSingleton(subtags[index]), index + 1 < subtags.count else {
            return false
        }
        return subtags[(index + 1)...].allSatisfy { isAlphanumeric($0, 1...8) }
    }

    private static func isPrivateUseSingleton(_ subtag: Subtag) -> Bool {
        subtag.count == 1 && lowercased(subtag.first ?? 0) == UInt8(ascii: "x")
    }

    private static func isVariant(_ subtag: Subtag) -> Bool {
        isAlphanumeric(subtag, 5...8)
            || (subtag.count == 4 && subtag.first.map(isDigit) == true && isAlphanumeric(subtag, 4...4))
    }

    private static func isAlpha(_ subtag: Subtag, _ lengths: ClosedRange<Int>) -> Bool {
        lengths.contains(subtag.count) && subtag.allSatisfy(isLetter)
    }

    private static func isDigits(_ subtag: Subtag, _ lengths: ClosedRange<Int>) -> Bool {
        lengths.contains(subtag.count) && subtag.allSatisfy(isDigit)
    }

    private static func isAlphanumeric(_ subtag: Subtag, _ lengths: ClosedRange<Int>) -> Bool {
        lengths.contains(subtag.count) && subtag.allSatisfy { isLetter($0) || isDigit($0) }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lowercased(byte))
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 0x20 : byte
    }

    private static func uppercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) ? byte - 0x20 : byte
    }
}
