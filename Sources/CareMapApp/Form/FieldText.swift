import Foundation
import CareMapKit

/// Why a typed value was refused, worded for the form's error line.
struct FieldError: Error, Hashable, Sendable, CustomStringConvertible {
    var description: String

    /// "unknown direction '=>'; did you mean '->'?", for the form's own fields.
    static func unknown(_ what: String, _ value: String, among words: [String]) -> FieldError {
        let hint = Suggestion.closest(to: value, in: words).map { "; did you mean '\($0)'?" }
            ?? "; use one of " + words.joined(separator: ", ")
        return FieldError(description: "unknown \(what) '\(value)'" + hint)
    }
}

extension FieldError {
    /// The codec's refusal, word for word: the form and the file say the same thing.
    init(_ error: AttributeError) {
        self.init(description: error.description)
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
            ("lang", node.languageText),
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

    /// Sets one node field from text; an empty value clears an optional attribute. The name is
    /// the form's own field; every attribute goes through ``AttributeCodec``, so the form reads a
    /// value exactly as the file does.
    static func set(_ key: String, to value: String, on node: inout Node) throws(FieldError) {
        switch key {
        case "name": node.name = value
        default:
            do throws(AttributeError) { try AttributeCodec.set(key, to: value, on: &node) } catch { throw FieldError(error) }
        }
    }

    /// Sets one tie field from text; an empty value clears an optional attribute. The label and
    /// the arrow are the form's own fields; every attribute goes through ``AttributeCodec``.
    static func set(_ key: String, to value: String, on link: inout Link) throws(FieldError) {
        switch key {
        case "label": link.label = value
        case "direction":
            guard let direction = LinkDirection(rawValue: value) else {
                throw FieldError.unknown("direction", value, among: LinkDirection.allCases.map(\.rawValue))
            }
            link.direction = direction
        default:
            do throws(AttributeError) { try AttributeCodec.set(key, to: value, on: &link) } catch { throw FieldError(error) }
        }
    }
}
