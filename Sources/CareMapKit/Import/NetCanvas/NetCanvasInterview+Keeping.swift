import Foundation

/// Puts an interview's variables on nodes and ties: a variable named like a caremap field
/// (`age`, `notes`, `language`, `strength`) becomes that field when caremap reads its value;
/// everything else, and a value caremap cannot read (`language=Arabic`), is kept as written
/// under an `x-` key, which `caremap check` does not warn about. A Network Canvas study's
/// variables are its own; refusing an interview over one would lose it all.
extension NetCanvasInterview {
    /// Node fields a variable may set; the id, name, kind, subject and position come from the
    /// interview's structure, and the ring from ``NetCanvasVariables``.
    static let nodeFields: Set<String> = Set(CareMap.nodeAttributes).subtracting(["at", "private", "ring"])
    /// Link fields a variable may set; `via` names a node, which a variable cannot.
    static let linkFields: Set<String> = Set(CareMap.linkAttributes).subtracting(["via"]).union(["label", "direction"])

    func keep(_ values: [Value], on node: inout Node) {
        for value in values where !value.value.isEmpty {
            if let field = ImportFieldNames.field(for: value.name, in: ImportFieldNames.node), Self.nodeFields.contains(field),
               !["lang", "interpreter-lang"].contains(field) || Self.isLanguageCodes(value.value) {
                var changed = node
                let errors = node.problems().filter { $0.severity == .error }.count
                if (try? AttributeCodec.set(field, to: value.value, on: &changed)) != nil,
                   changed.problems().filter({ $0.severity == .error }).count == errors {
                    node = changed
                    continue
                }
            }
            node.extra[Self.keptKey(value.name, in: node.extra)] = value.value
        }
    }

    func keep(_ values: [Value], on link: inout Link) {
        for value in values where !value.value.isEmpty {
            if let field = ImportFieldNames.field(for: value.name, in: ImportFieldNames.link), Self.linkFields.contains(field),
               field != "lang" || Self.isLanguageCodes(value.value) {
                switch field {
                case "label":
                    link.label = value.value
                    continue
                case "direction":
                    if let direction = MapBuilder.direction(value.value) {
                        link.direction = direction
                        continue
                    }
                default:
                    var changed = link
                    if (try? AttributeCodec.set(field, to: value.value, on: &changed)) != nil, changed.language?.isWellFormed ?? true {
                        link = changed
                        continue
                    }
                }
            }
            link.extra[Self.keptKey(value.name, in: link.extra)] = value.value
        }
    }

    /// Whether every language in `value` starts with a two- or three-letter code (`ar`,
    /// `prs:basic`, `en-GB`): a study's `Language=Arabic` is a well-formed tag by the letter of
    /// BCP 47, but names no language caremap can match, so it is kept as written instead.
    static func isLanguageCodes(_ value: String) -> Bool {
        value.split(separator: ",").allSatisfy { item in
            let primary = item.trimmingCharacters(in: .whitespaces).prefix { $0 != "-" && $0 != ":" }
            return (2...3).contains(primary.count) && primary.allSatisfy { $0.isASCII && $0.isLetter }
        }
    }

    /// `x-` and the variable's words (`ContactFreq` → `x-contact-freq`), with `-two`, `-three`…
    /// when two variables make the same key; a name that already is such a key (a column of
    /// caremap's own export) as it is.
    static func keptKey(_ name: String, in extra: [String: String]) -> String {
        let isKept = name.hasPrefix(CareMap.keptPrefix) && ImportFieldNames.isKey(name)
        let base = isKept ? name : CareMap.keptPrefix + ImportFieldNames.keyWords(name)
        var key = base
        var number = 2
        while extra[key] != nil {
            key = base + "-" + ImportFieldNames.keyWords(String(number))
            number += 1
        }
        return key
    }
}
