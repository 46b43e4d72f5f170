extension DOTExporter {
    /// A node's attributes: its label, a shape for its kind, a fill for its sector, and a double
    /// bold outline when it is the subject, so the person at the centre stands out without colour.
    static func nodeAttributes(_ node: Node, in map: CareMap) -> DOTString.Attributes {
        var attributes: DOTString.Attributes = [
            ("label", label(node)),
            ("shape", shape(node.kind)),
            ("fillcolor", fillColour(node.sector)),
        ]
        if node.id == map.subject {
            attributes += [("peripheries", "2"), ("penwidth", "2")]
        }
        return attributes
    }

    /// The name (or the id when there is none), and the role on a second line: the role says in
    /// words what the fill colour says about the sector, for readers who cannot tell colours apart
    /// and for prints in black and white.
    static func label(_ node: Node) -> String {
        guard let role = node.role else { return node.displayName }
        return node.displayName + "\n" + role.rawValue
    }

    /// Eco-map shapes: people as ellipses, places as boxes, groups and services as hexagons.
    public static func shape(_ kind: NodeKind) -> String {
        switch kind {
        case .person: "ellipse"
        case .place: "box"
        case .group: "hexagon"
        }
    }

    /// Paul Tol's *light* qualitative scheme (Tol, "Colour Schemes", SRON/EPS/TN/09-002,
    /// personal.sron.nl/~pault): light enough for black text, and distinct under the common
    /// colour-vision deficiencies.
    public static func fillColour(_ sector: Sector) -> String {
        switch sector {
        case .formalHealth: "#77AADD"
        case .statutory: "#EEDD88"
        case .community: "#44BB99"
        case .personal: "#FFAABB"
        case .private: "#DDDDDD"
        }
    }
}
