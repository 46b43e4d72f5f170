/// Exports a care map as a Mermaid flowchart (mermaid.js.org/syntax/flowchart.html), for
/// Markdown documents on GitLab, GitHub and in Obsidian.
///
/// Node ids in the chart are `n1`, `n2`, … in map order, never the map's ids: Mermaid has
/// keywords (`end`, `graph`, `style`) that a map id could spell. Every label is a double-quoted
/// string in which every ASCII character other than letters, digits and space is written as
/// Mermaid's numeric entity code (`#34;` for `"`), so no name can end its label, open a link or
/// inject HTML; hidden characters (``Swift/Unicode/Scalar/isTerminalUnsafe``) become the visible `\u{HEX}`.
/// Each node has its sector's class (the DOT export's colours); the subject also has the class
/// `subject`, a heavier outline. Private nodes never appear; the same map always gives the same
/// bytes. The title is left out: Mermaid puts it in YAML front matter, a second syntax to escape
/// for one line a Markdown document has around the chart anyway.
public enum MermaidExporter {
    /// The flowchart for `map`, ending with a new line.
    ///
    /// - Complexity: O(*n* + *m*) for *n* nodes and *m* links, plus the length of their text.
    public static func export(_ map: CareMap) -> String {
        let map = map.withoutPrivateNodes()
        var chartIDs: [NodeID: String] = [:]
        var lines = ["flowchart LR"]
        for (index, node) in map.nodes.values.enumerated() {
            let id = "n\(index + 1)"
            chartIDs[node.id] = id
            let (open, close) = brackets(node.kind)
            lines.append("  " + id + open + label(DOTExporter.label(node)) + close + ":::" + className(node.sector))
        }
        for link in map.links {
            guard let from = chartIDs[link.from], let to = chartIDs[link.to] else { continue }
            let (start, end) = link.direction == .backward ? (to, from) : (from, to)
            let text = DOTExporter.label(link)
            let labelPart = text.isEmpty ? "" : "|" + label(text) + "|"
            lines.append("  " + start + " " + arrow(link) + labelPart + " " + end)
        }
        for sector in Sector.allCases {
            lines.append("  classDef " + className(sector) + " fill:" + DOTExporter.fillColour(sector) + ",stroke:#000,color:#000")
        }
        if let subject = map.subject.flatMap({ chartIDs[$0] }) {
            lines += ["  classDef subject stroke-width:4px", "  class " + subject + " subject"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Eco-map shapes as in the DOT export: people rounded, places square, groups hexagons.
    static func brackets(_ kind: NodeKind) -> (String, String) {
        switch kind {
        case .person: ("(", ")")
        case .place: ("[", "]")
        case .group: ("{{", "}}")
        }
    }

    /// Strong ties thick, tenuous, past and hoped-for ties dotted; arrowheads by direction.
    static func arrow(_ link: Link) -> String {
        let dotted = link.status == .past || link.status == .hopedFor || (link.strength == .tenuous)
        let (line, head) = dotted ? ("-.-", "-.->") : link.strength == .strong ? ("===", "==>") : ("---", "-->")
        switch link.direction {
        case .none: return line
        case .forward, .backward: return head
        case .both: return "<" + head
        }
    }

    static func className(_ sector: Sector) -> String {
        "sector_" + sector.rawValue.split(separator: "-").joined(separator: "_")
    }

    /// A quoted label: letters, digits, spaces and non-ASCII text as they are, a line break as
    /// `<br/>`, hidden characters as `\u{HEX}` and every other ASCII character as `#CODE;`.
    static func label(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                result += "<br/>"
            } else if scalar.isTerminalUnsafe {
                result += entities(GraphMLText.visible(scalar))
            } else if scalar.isASCII, !(scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " ") {
                result += "#\(scalar.value);"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    private static func entities(_ text: String) -> String {
        text.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? String($0) : "#\($0.value);" }.joined()
    }
}
