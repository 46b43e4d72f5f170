import CareMapKit

/// Maps built in code for the exporter tests, so each test can say what it put in.
enum ExportFixtures {
    /// Amira's network: family, an interpreter, a GP surgery, a charity and a group, every
    /// strength, quality, status and direction, and a private brother who must never be exported.
    static let amira = CareMap(
        title: "Amira's network of care",
        subject: "amira",
        notes: ["Drawn with Amira and her caseworker.", "Second session planned."],
        nodes: [
            Node(
                id: "amira", kind: .person, name: "أميرة (Amira)", role: .serviceUser,
                languages: [LanguageTag("ar"), LanguageTag("en")], domains: [.network, .communication],
                notes: "Arrived in March.", position: MapPoint(x: 40, y: -12)
            ),
            Node(id: "mother", kind: .person, name: "Fatima", role: .family, languages: [LanguageTag("ar")], ring: 1),
            Node(
                id: "hassan", kind: .person, name: "Hassan", role: .interpreter,
                languages: [LanguageTag("ar"), LanguageTag("en")], ring: 2, domains: [.communication],
                extra: ["pronouns": "he/him"]
            ),
            Node(id: "riverside-gp", kind: .place, name: "Riverside GP surgery", role: .gpSurgery, ring: 2),
            Node(
                id: "refugee-action", kind: .place, name: "Refugee Action drop-in", role: .charity,
                sectorOverride: .statutory, ring: 3
            ),
            Node(id: "womens-group", kind: .group, name: "Women's group", ring: 2),
            privateBrother,
        ],
        links: [
            Link(
                from: "amira", to: "riverside-gp", direction: .forward, label: "registered with",
                strength: .moderate, status: .current, language: LanguageTag("en"), via: "hassan"
            ),
            Link(
                from: "hassan", to: "amira", direction: .forward, label: "interprets for", strength: .strong,
                quality: .supportive, support: [.health, .practical], modes: [.inPerson], language: LanguageTag("ar"),
                reportedBy: "Amira", domains: [.knowledge, .communication], notes: "Every appointment.",
                extra: ["since": "2025"]
            ),
            Link(from: "amira", to: "mother", direction: .none, strength: .strong, quality: .mixed, status: .past, modes: [.phone, .online]),
            Link(
                from: "amira", to: "refugee-action", direction: .both, label: "advice", strength: .tenuous,
                quality: .stressful, status: .hopedFor
            ),
            Link(from: "amira", to: "womens-group", direction: .backward, label: "weekly meeting"),
            Link(from: "amira", to: "karim", direction: .none, strength: .strong, quality: .mixed, notes: "Calls on Fridays."),
            Link(from: "karim", to: "mother", direction: .forward, label: "sends money"),
            Link(from: "mother", to: "hassan", direction: .none, label: "cousins", strength: .tenuous, quality: .supportive, status: .current, via: "karim"),
        ]
    )

    /// Amira's brother, still at risk at home. Every piece of text here is unique in the map, so a
    /// search of an export for any of it finds a leak.
    static let privateBrother = Node(
        id: "karim", kind: .person, name: "كريم (Karim)", role: .family,
        languages: [LanguageTag("ckb")], ring: 1, notes: "Still in Aleppo; do not contact.",
        isPrivate: true, extra: ["codeword": "olive-tree"]
    )

    /// The exported links of ``amira``, in order: the links that touch the private node are gone.
    static let amiraPublicLinkIndices = [0, 1, 2, 3, 4, 7]

    /// Names that try to break out of a DOT string or a JSON value, or to act on a screen.
    static let hostileNames = [
        "\"]; evil [label=\"x",
        "back\\slash \\n \\N \\G \\l end\\",
        "line one\nline two",
        "<b>html</b> & <script>",
        "مرحبا بالعالم",
        "你好，世界",
        "👩‍👧 family 🏠",
        "\u{1B}]0;pwned\u{07}\u{1B}[31mred\u{1B}[0m",
        "invoice\u{202E}fdp.exe",
        "nul\u{0}tab\tdel\u{7F}",
    ]

    /// A star of nodes named by ``hostileNames`` around a subject, each link labelled with the same
    /// text as its node, plus a node whose id itself is hostile (ids are not checked on export).
    static let hostile: CareMap = {
        var nodes = [Node(id: "centre", kind: .person, name: "Centre")]
        var links: [Link] = []
        for (index, name) in hostileNames.enumerated() {
            let id = NodeID("n\(index)")
            nodes.append(Node(id: id, kind: .person, name: name, role: Role(name), notes: name))
            links.append(Link(from: "centre", to: id, direction: .forward, label: name, reportedBy: name))
        }
        let hostileID = NodeID("x\" -> \"centre\"; \"y\\")
        nodes.append(Node(id: hostileID, kind: .group, name: "Odd id"))
        links.append(Link(from: hostileID, to: "centre"))
        return CareMap(title: "\"} digraph evil {", subject: "centre", nodes: nodes, links: links)
    }()
}
