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

    /// A viewport exactly the size of the layout's bounds, plus a margin.
    static func viewport(for map: CareMap, _ layout: MapLayout, zoom: Zoom = .boxes, margin: Int = 1) -> Viewport {
        let bounds = layout.bounds(in: map, zoom: zoom)
        return Viewport(
            origin: MapPoint(x: bounds.x - margin, y: bounds.y - margin),
            width: bounds.width + 2 * margin, height: bounds.height + 2 * margin
        )
    }
}
