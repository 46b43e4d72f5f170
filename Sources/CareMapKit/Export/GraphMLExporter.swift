/// Exports a care map as GraphML (graphml.graphdrawing.org), which Gephi, yEd, Cytoscape and
/// networkx read: typed `<key>` declarations for every field, one `<node>` per node and one
/// directed `<edge>` per link, with the link's direction in a `direction` attribute, and each
/// action as a graph-level `action` value holding its `.caremap` line.
///
/// Written as text rather than through an XML library because Foundation on Linux has no XML
/// writer; every value passes through ``GraphMLText``. Private nodes never appear; nodes, links
/// and keys keep a fixed order, so the same map always gives the same bytes (see
/// `docs/exports.md`).
public enum GraphMLExporter {
    /// The GraphML document for `map`, ending with a new line.
    ///
    /// - Complexity: O(*n* + *m*) for *n* nodes and *m* links, times the number of fields, plus
    ///   the length of their text.
    public static func export(_ map: CareMap) -> String {
        let map = map.withoutPrivateNodes()
        let nodeExtras = InterchangeFields.extraKeys(map.nodes.values, \.extra)
        let linkExtras = InterchangeFields.extraKeys(map.links, \.extra)
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">",
        ]
        for name in graphFields { lines.append(key("g-" + name, for: "graph", name: name, type: "string")) }
        for field in nodeFields { lines.append(key("n-" + field, for: "node", name: attributeName(field), type: type(field))) }
        for (index, extra) in nodeExtras.enumerated() {
            lines.append(key("nx\(index)", for: "node", name: InterchangeFields.extraName(extra, among: nodeFieldNames), type: "string"))
        }
        for field in linkFields { lines.append(key("e-" + field, for: "edge", name: field, type: "string")) }
        for (index, extra) in linkExtras.enumerated() {
            lines.append(key("ex\(index)", for: "edge", name: InterchangeFields.extraName(extra, among: linkFields), type: "string"))
        }
        lines.append("  <graph id=\"caremap\" edgedefault=\"directed\">")
        if !map.title.isEmpty { lines.append(data("g-title", map.title, indent: 4)) }
        if let subject = map.subject { lines.append(data("g-subject", subject.rawValue, indent: 4)) }
        for note in map.notes { lines.append(data("g-notes", note, indent: 4)) }
        for action in map.actions.values { lines.append(data("g-action", CareMapFile.actionLine(action), indent: 4)) }
        for node in map.nodes.values {
            lines.append("    <node id=\"" + GraphMLText.escaped(node.id.rawValue) + "\">")
            var values = InterchangeFields.values(of: node, in: map)
            values["subject"] = values["subject"] == nil ? nil : "true"
            for field in nodeFields { if let value = values[field] { lines.append(data("n-" + field, value, indent: 6)) } }
            for (index, extra) in nodeExtras.enumerated() { if let value = node.extra[extra] { lines.append(data("nx\(index)", value, indent: 6)) } }
            lines.append("    </node>")
        }
        for (number, link) in map.links.enumerated() {
            lines.append(
                "    <edge id=\"e\(number)\" source=\"" + GraphMLText.escaped(link.from.rawValue) + "\" target=\""
                    + GraphMLText.escaped(link.to.rawValue) + "\">"
            )
            let values = InterchangeFields.values(of: link)
            for field in linkFields { if let value = values[field] { lines.append(data("e-" + field, value, indent: 6)) } }
            for (index, extra) in linkExtras.enumerated() { if let value = link.extra[extra] { lines.append(data("ex\(index)", value, indent: 6)) } }
            lines.append("    </edge>")
        }
        lines += ["  </graph>", "</graphml>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Map-level fields: the subject is a node id; each map note is one `<data>` element, and so
    /// is each action, holding its `.caremap` declaration line (GraphML has no element for a
    /// record that is neither node nor edge, and the line keeps every field in words a person
    /// reading the file in Gephi or a text editor understands).
    static let graphFields = ["title", "subject", "notes", "action"]
    /// Node fields other than the id, which is the element's own `id`.
    static let nodeFields = Array(InterchangeFields.node.dropFirst())
    /// Node field names as written: the name is `label`, which Gephi shows on the node.
    static let nodeFieldNames = nodeFields.map(attributeName)
    /// Link fields other than the ends, which are the edge's `source` and `target`.
    static let linkFields = Array(InterchangeFields.link.dropFirst(2))

    static func attributeName(_ field: String) -> String { field == "name" ? "label" : field }

    static func type(_ field: String) -> String {
        if InterchangeFields.integers.contains(field) { return "int" }
        return field == "subject" ? "boolean" : "string"
    }

    private static func key(_ id: String, for domain: String, name: String, type: String) -> String {
        "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"" + GraphMLText.escaped(name) + "\" attr.type=\"\(type)\"/>"
    }

    private static func data(_ key: String, _ value: String, indent: Int) -> String {
        String(repeating: " ", count: indent) + "<data key=\"\(key)\">" + GraphMLText.escaped(value) + "</data>"
    }
}
