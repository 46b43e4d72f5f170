import CareMapCanvas
import CareMapKit
import Testing

/// `LayoutText`: Graphviz's plain lines, written word for word.
@Suite struct LayoutTextTests {
    /// Ann's box spans columns -3…3 and rows -1…1, St "Mary's" columns 13…27 and rows 3…5: 31
    /// columns by 7 rows, 3.1 by 1.4 inches, y measured up from row 6.
    @Test func plainLinesAreGraphvizs() {
        let map = CareMap(
            subject: "a",
            nodes: [
                Node(id: "a", kind: .person, name: "Ann"),
                Node(id: "b", kind: .place, name: "St \"Mary's\"", sectorOverride: .community),
                Node(id: "k", kind: .person, name: "Kept", isPrivate: true),
            ],
            links: [Link(from: "a", to: "b", label: "goes", strength: .tenuous), Link(from: "a", to: "k")]
        )
        let layout = MapLayout(style: .force, positions: ["a": MapPoint(x: 0, y: 0), "b": MapPoint(x: 20, y: 4), "k": MapPoint(x: 0, y: 9)])
        #expect(LayoutText.plain(map, layout: layout) == """
            graph 1 3.1 1.4
            node a 0.35 1.1 0.7 0.6 Ann solid ellipse black #FFAABB
            node b 2.35 0.3 1.5 0.6 "St \\"Mary's\\"" solid box black #44BB99
            edge a b 4 0.35 1.1 0.35 1.1 2.35 0.3 2.35 0.3 goes 1.35 0.7 dashed black
            stop

            """)
    }
}
