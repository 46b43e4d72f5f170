import CareMapApp
import CareMapCanvas
import CareMapKit
import Testing

/// Zooming out shrinks distances as well as boxes, so a large map fits the screen as labels or
/// dots, and the selected node stays where the eye is.
@Suite struct ZoomTests {
    /// `gridMap`'s nodes spread four times as far: wider than a 100-column screen at full size.
    static func wideMap() -> CareMap {
        var map = gridMap()
        map.nodes = map.nodes.mapValues { node in
            var node = node
            node.position = node.position.map { MapPoint(x: $0.x * 4, y: $0.y * 4) }
            return node
        }
        return map
    }

    static func visibleNodes(_ editor: Editor) -> Set<NodeID> {
        let drawn = editor.layout.drawn(at: editor.zoom)
        return Set(editor.map.nodes.values.filter { node in
            drawn.positions[node.id].map { centre in
                let frame = NodeBox.frame(of: node, centredAt: centre, zoom: editor.zoom)
                return editor.viewport.rect.contains(MapPoint(x: frame.x, y: frame.y))
                    && editor.viewport.rect.contains(MapPoint(x: frame.maxX - 1, y: frame.maxY - 1))
            } ?? false
        }.map(\.id))
    }

    @Test func fitZoomsOutUntilEveryNodeShows() {
        var editor = Editor.on(Self.wideMap())
        editor.press(.character("+"), .character("+"), .character("+"))
        #expect(Self.visibleNodes(editor).count < editor.map.nodes.count, "the map is wider than the screen at full size")
        editor.press(.character("f"))
        #expect(editor.zoom != .boxes)
        #expect(Self.visibleNodes(editor) == Set(editor.map.nodes.keys))
    }

    @Test func zoomingKeepsTheSelectedNodeStill() throws {
        var editor = Editor.on(Self.wideMap())
        editor.press(.character("+"), .character("+"), .character("+"), .character("l"))
        let selected = try #require(editor.selectedNode)
        func screenPoint() -> MapPoint? {
            editor.layout.drawn(at: editor.zoom).positions[selected].map {
                MapPoint(x: $0.x - editor.viewport.origin.x, y: $0.y - editor.viewport.origin.y)
            }
        }
        let before = screenPoint()
        editor.press(.character("-"))
        #expect(editor.zoom == .labels)
        #expect(screenPoint() == before)
        editor.press(.character("+"))
        #expect(screenPoint() == before)
    }
}
