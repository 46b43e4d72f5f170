/// Exports a care map as a Graphviz DOT graph drawn with eco-map conventions, for `dot`,
/// `neato` and `twopi` (see `docs/exports.md`).
///
/// The output is a `digraph`: each edge runs from the link's first node to its second, and its
/// `dir` says which way support flows, so one graph type serves every link direction. Private
/// nodes never appear (``CareMap/withoutPrivateNodes()``). Nodes and edges keep map order and
/// every attribute is written in a fixed order, so the same map always gives the same bytes.
public enum DOTExporter {
    /// The DOT text for `map`, ending with a new line.
    ///
    /// - Complexity: O(*n* + *m*) for *n* nodes and *m* links, plus the length of their text.
    public static func export(_ map: CareMap) -> String {
        export(map, positions: [:], backdrop: [])
    }

    /// The DOT text for `map` with nodes pinned: `positions`, in points, pin nodes (`pos="x,y!"`) for `neato -n`, so a picture can keep
    /// the arrangement caremap drew; `backdrop` holds whole DOT statements drawn first, behind
    /// the map (the pictures' faint rings), which the caller builds from numbers alone.
    ///
    /// - Complexity: O(*n* + *m*) for *n* nodes and *m* links, plus the length of their text.
    public static func export(_ map: CareMap, positions: [NodeID: (x: Double, y: Double)], backdrop: [String]) -> String {
        let map = map.withoutPrivateNodes()
        var lines = ["digraph \"caremap\" {"]
        lines.append("\tgraph " + DOTString.attributes(graphAttributes(map)) + ";")
        lines += backdrop.map { "\t" + $0 }
        lines.append("\tnode " + DOTString.attributes(nodeDefaults) + ";")
        lines.append("\tedge " + DOTString.attributes(edgeDefaults) + ";")
        for node in map.nodes.values {
            var attributes = nodeAttributes(node, in: map)
            if let (x, y) = positions[node.id] { attributes.append(("pos", "\(x),\(y)!")) }
            lines.append("\t" + DOTString.quoted(node.id.rawValue) + " " + DOTString.attributes(attributes) + ";")
        }
        for link in map.links {
            let ends = DOTString.quoted(link.from.rawValue) + " -> " + DOTString.quoted(link.to.rawValue)
            lines.append("\t" + ends + " " + DOTString.attributes(edgeAttributes(link)) + ";")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whole-graph settings: UTF-8 text, the title on top, `neato` kept from overlapping nodes
    /// and routing curved edges around them, and `twopi` centred on the subject.
    private static func graphAttributes(_ map: CareMap) -> DOTString.Attributes {
        var attributes: DOTString.Attributes = [("charset", "UTF-8"), ("fontname", "sans-serif")]
        if !map.title.isEmpty {
            attributes += [("label", map.title), ("labelloc", "t")]
        }
        attributes += [("overlap", "false"), ("splines", "true")]
        if let subject = map.subject, map.nodes[subject] != nil {
            attributes.append(("root", subject.rawValue))
        }
        return attributes
    }

    /// Every node is filled with its sector's colour. Text everywhere uses a generic font family,
    /// which renders any script the system has fonts for.
    private static let nodeDefaults: DOTString.Attributes = [
        ("style", "filled"), ("fontname", "sans-serif"), ("color", "black"),
    ]

    private static let edgeDefaults: DOTString.Attributes = [("fontname", "sans-serif")]
}
