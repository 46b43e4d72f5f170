import CareMapCanvas
import CareMapKit
import Testing

/// A map drawn against an earlier version: new nodes and ties carry `+`, changed ones `~`, and
/// what is gone is drawn faint with dashed sides and `-`, each sign a cue beyond colour.
@Suite struct ChangeMarksDrawingTests {
    /// Amira's map pinned in place: Hassan's tie stronger, Mrs Patel gone with her tie, Leila new.
    static func compared() -> ComparedMap {
        func person(_ id: NodeID, _ name: String, _ x: Int, _ y: Int) -> Node {
            Node(id: id, kind: .person, name: name, position: MapPoint(x: x, y: y))
        }
        let old = CareMap(
            subject: "amira",
            nodes: [person("amira", "Amira", 30, 8), person("hassan", "Hassan", 6, 2), person("mrs-patel", "Mrs Patel", 56, 2)],
            links: [
                Link(from: "hassan", to: "amira", direction: .forward, label: "interprets", strength: .moderate),
                Link(from: "mrs-patel", to: "amira", label: "teacher"),
            ]
        )
        var new = old
        new.nodes.removeValue(forKey: "mrs-patel")
        new.links.removeAll { $0.from == "mrs-patel" }
        new.links[0].strength = .strong
        new.nodes["leila"] = person("leila", "Leila", 30, 16)
        new.appendLink(Link(from: "leila", to: "amira", direction: .forward, label: "new friend"))
        return ComparedMap(old: old, new: new)
    }

    static func draw(_ zoom: Zoom) -> Canvas {
        let compared = compared()
        let layout = Layouter.layout(compared.shown, style: .rings)
        return Fixtures.draw(compared.shown, layout, RenderOptions(zoom: zoom, showLinkLabels: true, changes: compared.marks))
    }

    @Test func newChangedAndGoneAreMarkedAtBoxes() throws {
        let canvas = Self.draw(.boxes)
        assertSnapshot(canvas.text, named: "compared-boxes")
        let signs = (0..<canvas.height).flatMap { y in (0..<canvas.width).map { canvas[x: $0, y: y] } }.filter { $0.text == "+" }
        #expect(signs.contains { $0.style == CellStyle(.accent, [.bold]) }, "Leila's box carries a bold + in the accent colour")
        let gone = try #require(Fixtures.find("-", in: canvas))
        #expect(gone.cell.style.attributes.contains(.dim))
        let side = try #require(Fixtures.find("╎", in: canvas))
        #expect(side.cell.style.attributes.contains(.dim), "a node gone since has dashed, faint sides")
        #expect(canvas.text.contains("+ new friend") && canvas.text.contains("- teacher") && canvas.text.contains("~ interprets"),
                "tie labels carry the sign:\n\(canvas.text)")
    }

    @Test func labelsZoomPutsTheSignForTheBracket() {
        let text = Self.draw(.labels).text
        #expect(text.contains("+Leila]") && text.contains("-Mrs Patel]"), "\(text)")
        #expect(text.contains("[Amira]"), "an unchanged node keeps its brackets:\n\(text)")
    }

    @Test func theCurtainKeepsTheSignButNotTheLabel() {
        let compared = Self.compared()
        let layout = Layouter.layout(compared.shown, style: .rings)
        let text = Fixtures.draw(compared.shown, layout, RenderOptions(showLinkLabels: true, curtain: true, changes: compared.marks)).text
        #expect(!text.contains("teacher") && !text.contains("new friend"), "\(text)")
        #expect(text.contains("+ new") && text.contains("- gone") && text.contains("~ changed"), "the sign stays beside each tie:\n\(text)")
    }
}
