import Foundation

/// When two language tags let two people talk, and what to call a language in a sentence.
///
/// BCP 47 (RFC 5646 §2.2.1–2.2.2) has macrolanguages: `ar` covers the Arabic varieties
/// (`apc` Levantine, `ary` Moroccan…), `zh` the Chinese ones (`cmn`, `yue`…), `ms` the Malay
/// ones (`zsm`, `id`). A tag that names only the macrolanguage says nothing about the variety,
/// so it meets any of them; two different varieties do not meet (a Moroccan and an Iraqi Arabic
/// speaker may not follow each other in a consultation). Persian is the exception the issue
/// names: Dari (`prs`) and Iranian Persian (`pes`, usually written `fa`) are one language for
/// interpreting, so all three meet. Regions and scripts are not varieties: `ar-SY` meets `ar-IQ`.
extension LanguageTag {
    /// The language the tag names for matching: the primary subtag, or an extended language
    /// subtag (`zh-yue` → `yue`), lowercased, with deprecated and equivalent codes folded
    /// (`iw` → `he`, `prs` → `fa`).
    public var matchKey: String {
        let parts = rawValue.lowercased().split(separator: "-", omittingEmptySubsequences: false)
        var key = parts.first.map(String.init) ?? ""
        if parts.count > 1, parts[1].count == 3, parts[1].allSatisfy(\.isLetter), LanguageTag.macrolanguage[String(parts[1])] == key {
            key = String(parts[1])
        }
        return LanguageTag.equivalents[key] ?? key
    }

    /// Whether a speaker of `self` and a speaker of `other` share the language.
    public func matches(_ other: LanguageTag) -> Bool {
        let a = matchKey, b = other.matchKey
        return a == b || LanguageTag.macrolanguage[a] == b || LanguageTag.macrolanguage[b] == a
    }

    /// The language's English name ("Dari", "Tigrinya", "Arabic (Syria)"), from Foundation's
    /// locale data, with the Arabic varieties it does not name; the tag itself when no name is known.
    public var name: String {
        let parts = canonical.rawValue.split(separator: "-").map(String.init)
        if let first = parts.first, let own = LanguageTag.varietyNames[first] { return own }
        if let named = LanguageTag.english.localizedString(forIdentifier: canonical.rawValue), !named.isEmpty,
           named.lowercased() != canonical.rawValue.lowercased(), !named.hasPrefix(parts.first ?? "") {
            return named
        }
        return canonical.rawValue
    }

    private static let english = Locale(identifier: "en")

    /// Codes that mean the same language for interpreting.
    private static let equivalents: [String: String] = [
        "prs": "fa", "pes": "fa", "per": "fa", "iw": "he", "in": "id", "ji": "yi", "arb": "ar",
    ]

    /// The macrolanguage of each individual language this analysis distinguishes.
    private static let macrolanguage: [String: String] = {
        var table: [String: String] = [:]
        for member in ["apc", "ajp", "acm", "acq", "acw", "acx", "aeb", "afb", "apd", "arq", "ars", "ary", "arz", "ayl", "ayn", "ayp", "abv", "shu", "ssh"] {
            table[member] = "ar"
        }
        for member in ["cmn", "yue", "wuu", "hak", "nan", "hsn", "gan", "cdo", "cjy", "cpx", "czh", "czo", "mnp"] { table[member] = "zh" }
        for member in ["zsm", "id", "min", "bjn", "mfa", "jax", "meo"] { table[member] = "ms" }
        return table
    }()

    /// Names of the varieties Foundation's locale data leaves unnamed.
    private static let varietyNames: [String: String] = [
        "apc": "Levantine Arabic", "ajp": "South Levantine Arabic", "acm": "Iraqi Arabic", "arz": "Egyptian Arabic",
        "ary": "Moroccan Arabic", "arq": "Algerian Arabic", "aeb": "Tunisian Arabic", "apd": "Sudanese Arabic",
        "ayl": "Libyan Arabic", "afb": "Gulf Arabic", "acw": "Hijazi Arabic", "ayn": "Yemeni Arabic",
    ]
}
