import CareMapCanvas
import CareMapKit

/// Maps and hand-made layouts shared by the rendering tests.
enum Fixtures {
    /// A small eco-map around Amira with every strength, quality, status and direction.
    static let ecoMap = CareMap(
        title: "Amira's network of care",
        subject: "amira",
        nodes: [
            Node(id: "amira", kind: .person, name: "Amira", role: .serviceUser),
            Node(id: "karim", kind: .person, name: "Karim", role: .family, isPrivate: true),
            Node(id: "hassan", kind: .person, name: "Hassan", role: .interpreter),
            Node(id: "riverside", kind: .place, name: "Riverside GP", role: .gpSurgery),
            Node(id: "mosque", kind: .place, name: "Al-Noor Mosque", role: .placeOfWorship),
            Node(id: "choir", kind: .group, name: "Choir", role: .other),
        ],
        links: [
            Link(from: "amira", to: "karim", strength: .strong, quality: .mixed),
            Link(from: "hassan", to: "amira", direction: .forward, label: "interprets", strength: .strong, quality: .supportive),
            Link(from: "amira", to: "riverside", direction: .forward, label: "registered", strength: .moderate, quality: .stressful),
            Link(from: "amira", to: "mosque", direction: .both, strength: .tenuous, status: .past),
            Link(from: "amira", to: "choir", direction: .backward, status: .hopedFor),
        ]
    )

    static let ecoLayout = MapLayout(style: .rings, positions: [
        "amira": MapPoint(x: 30, y: 8),
        "karim": MapPoint(x: 8, y: 2),
        "hassan": MapPoint(x: 52, y: 2),
        "riverside": MapPoint(x: 54, y: 14),
        "mosque": MapPoint(x: 10, y: 14),
        "choir": MapPoint(x: 30, y: 18),
    ])

    /// People in a row, one name each, no links: for name-drawing cases.
    static func row(of names: [String]) -> (CareMap, MapLayout) {
        var nodes: [Node] = []
        var positions: [NodeID: MapPoint] = [:]
        for (index, name) in names.enumerated() {
            let id = NodeID("n\(index)")
            nodes.append(Node(id: id, kind: .person, name: name))
            positions[id] = MapPoint(x: 14, y: index * 4)
        }
        return (CareMap(nodes: nodes), MapLayout(style: .force, positions: positions))
    }

    /// A viewport exactly the size of the layout's bounds, plus a margin.
    static func viewport(for map: CareMap, _ layout: MapLayout, zoom: Zoom = .boxes, margin: Int = 1) -> Viewport {
        let bounds = layout.bounds(in: map, zoom: zoom)
        return Viewport(
            origin: MapPoint(x: bounds.x - margin, y: bounds.y - margin),
            width: bounds.width + 2 * margin, height: bounds.height + 2 * margin
        )
    }

    /// The map drawn in a viewport just around it.
    static func draw(_ map: CareMap, _ layout: MapLayout, _ options: RenderOptions = RenderOptions()) -> Canvas {
        MapRenderer.render(map, layout: layout, viewport: viewport(for: map, layout, zoom: options.zoom), options: options)
    }

    /// The first cell whose text is `text`, with its position.
    static func find(_ text: String, in canvas: Canvas) -> (x: Int, y: Int, cell: Cell)? {
        for y in 0..<canvas.height {
            for x in 0..<canvas.width where canvas[x: x, y: y].text == text { return (x, y, canvas[x: x, y: y]) }
        }
        return nil
    }
}

extension Canvas {
    /// One character per cell saying how it is styled, for snapshots of emphasis: `r` reversed,
    /// `b` bold, `d` dim, `a` accent colour, `x` danger, `w` warning, `·` any other drawn cell,
    /// blank for blank cells. The first matching letter wins, in that order.
    var styleText: String {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width {
                let cell = self[x: x, y: y], attributes = cell.style.attributes
                if cell.isContinuation { continue }
                if cell.text == " ", cell.style == .plain { line += " "; continue }
                line += attributes.contains(.reverse) ? "r" : attributes.contains(.bold) ? "b" : attributes.contains(.dim) ? "d"
                    : cell.style.color == .accent ? "a" : cell.style.color == .danger ? "x" : cell.style.color == .warning ? "w" : "·"
                if DisplayWidth.columns(of: Character(cell.text)) == 2 { line += line.last.map(String.init) ?? "" }
            }
            return String(line.reversed().drop { $0 == " " }.reversed())
        }.joined(separator: "\n")
    }
}
