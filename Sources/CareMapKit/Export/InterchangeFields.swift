/// The fields the CSV and GraphML exports write for each node and link (and CSV for each action),
/// and the importers read
/// back: the file format's attribute words (`lang`, `mode`, `reported-by`, see
/// `docs/exports.md`), so a column means the same in every format.
///
/// Values are text in the file format's words (``AttributeCodec/attributes(of:)-(Node)``), so
/// lists are comma-separated and the importers can hand them back to ``AttributeCodec``.
enum InterchangeFields {
    /// Node fields in the order they are written; `x` and `y` are the pinned position.
    static let node = [
        "id", "name", "kind", "subject", "role", "sector", "lang", "ring", "domains", "x", "y", "age", "minor",
        "needs-interpreter", "interpreter-gender", "interpreter-lang", "barriers", "notes",
    ]
    /// Link fields in the order they are written.
    static let link = [
        "from", "to", "direction", "label", "strength", "quality", "status", "support", "mode", "lang", "via",
        "trust", "barriers", "reported-by", "domains", "notes",
    ]
    /// Action fields in the order they are written: the file format's action attributes, after
    /// the id and the text.
    static let action = ["id", "text"] + CareMap.actionAttributes
    /// Fields whose values are whole numbers, written without formula neutralisation in CSV and
    /// typed `int` in GraphML.
    static let integers: Set<String> = ["ring", "x", "y", "age"]

    /// A node's fields that say something. The sector is always written, derived from the role
    /// unless the map overrides it, because a spreadsheet or Gephi cannot derive it; the subject
    /// field is `yes` on the subject only.
    static func values(of node: Node, in map: CareMap) -> [String: String] {
        var values: [String: String] = ["id": node.id.rawValue, "kind": node.kind.rawValue, "sector": node.sector.rawValue]
        if !node.name.isEmpty { values["name"] = node.name }
        if node.id == map.subject { values["subject"] = "yes" }
        for (key, value) in AttributeCodec.attributes(of: node) where key != "sector" && key != "private" {
            if key == "at", let position = node.position {
                values["x"] = String(position.x)
                values["y"] = String(position.y)
            } else if node.extra[key] == nil {
                values[key] = value
            }
        }
        return values
    }

    /// A link's fields that say something; the direction is always written, in words.
    static func values(of link: Link) -> [String: String] {
        var values = ["from": link.from.rawValue, "to": link.to.rawValue, "direction": direction(link.direction)]
        if !link.label.isEmpty { values["label"] = link.label }
        for (key, value) in AttributeCodec.attributes(of: link) where link.extra[key] == nil {
            values[key] = value
        }
        return values
    }

    /// An action's fields that say something; the status is always written, as in the file.
    static func values(of action: CareAction) -> [String: String] {
        var values = ["id": action.id.rawValue, "text": action.text]
        for (key, value) in AttributeCodec.attributes(of: action) where action.extra[key] == nil {
            values[key] = value
        }
        return values
    }

    /// Words rather than the file's arrows, as in the JSON export.
    static func direction(_ direction: LinkDirection) -> String {
        JSONExporter.LinkEntry.direction(direction)
    }

    /// The unknown attribute keys used by any node (or link), sorted, so each becomes one column.
    static func extraKeys<Element>(_ elements: some Sequence<Element>, _ extra: (Element) -> [String: String]) -> [String] {
        Set(elements.flatMap { extra($0).keys }).sorted()
    }
}

extension InterchangeFields {
    /// The column (or GraphML attribute) name for an unknown attribute: its key, or
    /// `extra-KEY` when the key is one of caremap's own field names, so the two never share a
    /// column.
    static func extraName(_ key: String, among fields: [String]) -> String {
        fields.contains(key) ? "extra-" + key : key
    }
}
