extension DOTExporter {
    /// An edge's attributes. Each property of a tie has its own visual channel, so they combine
    /// without hiding one another (the table in `docs/exports.md`):
    ///
    /// - direction → arrowheads (`dir`);
    /// - strength → line weight: strong is `penwidth=3`;
    /// - status → dash pattern and colour: past is dotted grey, hoped-for dashed grey; for current
    ///   ties tenuous is dashed. Status wins the dash pattern because a tie that no longer exists
    ///   matters more to a reviewer than how weak it was;
    /// - quality → the number of parallel lines: stressful two, mixed three, so it reads in black
    ///   and white too; red marks the stressful lines of current ties.
    static func edgeAttributes(_ link: Link) -> DOTString.Attributes {
        var attributes: DOTString.Attributes = [("dir", dir(link.direction))]
        let text = label(link)
        if !text.isEmpty { attributes.append(("label", text)) }
        attributes += [
            ("style", style(link)),
            ("penwidth", link.strength == .strong ? "3" : "1"),
            ("color", colour(link)),
        ]
        if link.status == .past || link.status == .hopedFor { attributes.append(("fontcolor", faded)) }
        return attributes
    }

    /// The link's label, and for a past or hoped-for tie the status on a line of its own, so the
    /// difference between a tenuous tie (dashed black) and a hoped-for one (dashed grey) is also
    /// written in words.
    static func label(_ link: Link) -> String {
        let status: String? = switch link.status {
        case .past: "(past)"
        case .hopedFor: "(hoped for)"
        case .current, nil: nil
        }
        return [link.label, status].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    static func dir(_ direction: LinkDirection) -> String {
        switch direction {
        case .none: "none"
        case .forward: "forward"
        case .backward: "back"
        case .both: "both"
        }
    }

    public static func style(_ link: Link) -> String {
        switch link.status {
        case .past: "dotted"
        case .hopedFor: "dashed"
        case .current, nil: link.strength == .tenuous ? "dashed" : "solid"
        }
    }

    /// Graphviz draws one parallel line per colour in a `:`-separated list; `invis` lines keep
    /// the visible ones apart.
    static func colour(_ link: Link) -> String {
        let plain = link.isCurrent ? "black" : faded
        let stress = link.isCurrent ? "firebrick" : faded
        switch link.quality {
        case .supportive, nil: return plain
        case .stressful: return [stress, "invis", stress].joined(separator: ":")
        case .mixed: return [stress, "invis", plain, "invis", stress].joined(separator: ":")
        }
    }

    /// The colour of ties that do not exist now.
    static let faded = "grey50"
}
