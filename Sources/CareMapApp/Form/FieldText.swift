import Foundation
import CareMapKit

/// Why a typed value was refused, worded for the form's error line.
struct FieldError: Error, Hashable, Sendable, CustomStringConvertible {
    var description: String

    /// "unknown strength 'strng'; did you mean 'strong'?" — the wording the file parser uses.
    static func unknown(_ what: String, _ value: String, among words: [String]) -> FieldError {
        let hint = Suggestion.closest(to: value, in: words).map { "; did you mean '\($0)'?" }
            ?? "; use one of " + words.joined(separator: ", ")
        return FieldError(description: "unknown \(what) '\(value)'" + hint)
    }
}

/// Node and tie attributes as the text the edit form shows and reads back, in the words of
/// the file format (`strength=strong`, `lang=ar,en`), so what a facilitator types in the form
/// is what they would write in the file.
enum FieldText {
    /// Every field of a node, in the order of the file format's table, name first.
    static func fields(of node: Node) -> [(key: String, value: String)] {
        [
            ("name", node.name),
            ("role", node.role?.rawValue ?? ""),
            ("sector", node.sectorOverride?.rawValue ?? ""),
            ("lang", node.languages.map(\.rawValue).joined(separator: ",")),
            ("ring", node.ring.map(String.init) ?? ""),
            ("domains", node.domains.canonicallyOrdered.map(\.rawValue).joined(separator: ",")),
            ("notes", node.notes),
            ("private", node.isPrivate ? "yes" : "no"),
        ]
    }

    /// Every field of a tie, in the order of the file format's table, label and arrow first.
    static func fields(of link: Link) -> [(key: String, value: String)] {
        [
            ("label", link.label),
            ("direction", link.direction.rawValue),
            ("strength", link.strength?.rawValue ?? ""),
            ("quality", link.quality?.rawValue ?? ""),
            ("status", link.status?.rawValue ?? ""),
            ("support", link.support.canonicallyOrdered.map(\.rawValue).joined(separator: ",")),
            ("mode", link.modes.canonicallyOrdered.map(\.rawValue).joined(separator: ",")),
            ("lang", link.language?.rawValue ?? ""),
            ("via", link.via?.rawValue ?? ""),
            ("notes", link.notes),
        ]
    }

    /// Sets one node field from text; an empty value clears an optional attribute.
    static func set(_ key: String, to value: String, on node: inout Node) throws(FieldError) {
        switch key {
        case "name": node.name = value
        case "role": node.role = value.isEmpty ? nil : Role(value)
        case "sector": node.sectorOverride = try optional(Sector.self, "sector", value)
        case "lang": node.languages = try languages(value)
        case "ring":
            guard !value.isEmpty else { node.ring = nil; return }
            guard let ring = Int(value), Node.rings.contains(ring) else {
                throw FieldError(description: "ring \(value) is out of range; use 1 (closest), 2 or 3")
            }
            node.ring = ring
        case "domains": node.domains = try set(Domain.self, "domain", value)
        case "notes": node.notes = value
        case "private":
            guard value == "yes" || value == "no" else { throw FieldError.unknown("private value", value, among: ["yes", "no"]) }
            node.isPrivate = value == "yes"
        default: throw FieldError(description: "unknown field '\(key)'")
        }
    }

    /// Sets one tie field from text; an empty value clears an optional attribute.
    static func set(_ key: String, to value: String, on link: inout Link) throws(FieldError) {
        switch key {
        case "label": link.label = value
        case "direction":
            guard let direction = LinkDirection(rawValue: value) else {
                throw FieldError.unknown("direction", value, among: LinkDirection.allCases.map(\.rawValue))
            }
            link.direction = direction
        case "strength": link.strength = try optional(Strength.self, "strength", value)
        case "quality": link.quality = try optional(Quality.self, "quality", value)
        case "status": link.status = try optional(LinkStatus.self, "status", value)
        case "support": link.support = try set(SupportType.self, "support", value)
        case "mode": link.modes = try set(ContactMode.self, "mode", value)
        case "lang": link.language = try languages(value).first
        case "via":
            guard value.isEmpty || NodeID(value).isWellFormed else {
                throw FieldError(description: "malformed id '\(value)'; ids use lowercase letters, digits and '-'")
            }
            link.via = value.isEmpty ? nil : NodeID(value)
        case "notes": link.notes = value
        default: throw FieldError(description: "unknown field '\(key)'")
        }
    }

    private static func optional<Word: RawRepresentable<String> & CaseIterable>(
        _: Word.Type, _ what: String, _ value: String
    ) throws(FieldError) -> Word? {
        guard !value.isEmpty else { return nil }
        guard let word = Word(rawValue: value) else {
            throw FieldError.unknown(what, value, among: Word.allCases.map(\.rawValue))
        }
        return word
    }

    private static func set<Word: RawRepresentable<String> & CaseIterable & Hashable>(
        _: Word.Type, _ what: String, _ value: String
    ) throws(FieldError) -> Set<Word> {
        var result = Set<Word>()
        for item in items(value) {
            guard let word = Word(rawValue: item) else {
                throw FieldError.unknown(what, item, among: Word.allCases.map(\.rawValue))
            }
            result.insert(word)
        }
        return result
    }

    private static func languages(_ value: String) throws(FieldError) -> [LanguageTag] {
        var tags: [LanguageTag] = []
        for item in items(value) {
            let tag = LanguageTag(item)
            guard tag.isWellFormed else {
                throw FieldError(description: "malformed language tag '\(item)'; use a BCP 47 tag such as 'ar', 'prs' or 'en-GB'")
            }
            tags.append(tag.canonical)
        }
        return tags
    }

    /// A comma-separated list, spaces around items allowed.
    private static func items(_ value: String) -> [String] {
        value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
