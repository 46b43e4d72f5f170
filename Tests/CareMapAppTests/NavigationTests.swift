import CareMapApp
import CareMapCanvas
import CareMapKit
import Testing

@Suite struct NavigationTests {
    private func editor(selecting id: NodeID) -> Editor {
        var editor = Editor.on(gridMap(), width: 120, height: 40)
        editor.press(.character("g"))
        editor.type(id.rawValue)
        editor.press(.enter)
        return editor
    }

    @Test(arguments: [
        (Key.right, NodeID("east")), (.character("l"), "east"),
        (.up, "north"), (.character("k"), "north"),
        (.down, "south"), (.character("j"), "south"),
        (.left, "west"), (.character("h"), "west"),
    ])
    func arrowsPickTheNearestNodeInThatDirection(key: Key, expected: NodeID) {
        var editor = editor(selecting: "centre")
        #expect(editor.selection == .node("centre"))
        editor.press(key)
        #expect(editor.selection == .node(expected))
    }

    @Test func aNodeStraightAheadBeatsACloserOneOffToTheSide() {
        var editor = editor(selecting: "east")
        editor.press(.right)
        #expect(editor.selection == .node("far-east"))
        editor.press(.left, .left, .left)
        #expect(editor.selection == .node("west"))
    }

    @Test func nothingFurtherKeepsTheSelectionAndSaysSo() {
        var editor = editor(selecting: "far-east")
        editor.press(.right)
        #expect(editor.selection == .node("far-east"))
        #expect(editor.bottomLine == "nothing further right")
    }

    /// Tab names each tie the way support flows, not "selected -> other": Hassan interprets for
    /// Amira whichever of them Tab starts from.
    @Test func tabNamesEachTieInItsTrueDirection() {
        var map = sampleMap()
        map.links += [Link(from: "amira", to: "mosque", direction: .both), Link(from: "karim", to: "amira", direction: .backward)]
        var editor = Editor.on(CareMap(title: map.title, subject: map.subject, nodes: Array(map.nodes.values), links: map.links))
        editor.press(.tab, .tab)
        #expect(editor.bottomLine.hasPrefix("tie 2 of 6: Hassan → أميرة (Amira) · Esc back"))
        editor.press(.tab)
        #expect(editor.bottomLine.hasPrefix("tie 3 of 6: أميرة (Amira) — كريم (Karim)"))
        editor.press(.tab, .tab)
        #expect(editor.bottomLine.hasPrefix("tie 5 of 6: أميرة (Amira) ⇄ Al-Noor mosque"))
        editor.press(.tab)
        #expect(editor.bottomLine.hasPrefix("tie 6 of 6: أميرة (Amira) → كريم (Karim)"))
        editor.press(.escape, .character("g"))
        editor.type("hassan")
        editor.press(.enter, .tab)
        #expect(editor.bottomLine.hasPrefix("tie 1 of 1: Hassan → أميرة (Amira)"))
    }

    @Test func tabWalksTheSelectedNodesTiesAndEscReturns() {
        var editor = Editor.on(sampleMap())
        #expect(editor.selection == .node("amira"))
        editor.press(.tab)
        #expect(editor.selection == .link(editor.map.links[0].id))
        #expect(editor.bottomLine.hasPrefix("tie 1 of 4: أميرة (Amira) → Riverside GP surgery"))
        editor.press(.tab, .tab)
        #expect(editor.selection == .link(editor.map.links[2].id))
        editor.press(.backTab)
        #expect(editor.selection == .link(editor.map.links[1].id))
        editor.press(.escape)
        #expect(editor.selection == .node("amira"))
    }

    @Test func searchSelectsAsYouTypeAndEscGoesBack() {
        var editor = Editor.on(sampleMap())
        editor.press(.character("/"))
        editor.type("has")
        #expect(editor.selection == .node("hassan"))
        #expect(editor.bottomLine == "/has")
        #expect(editor.cursor?.x == 4)
        editor.press(.escape)
        #expect(editor.selection == .node("amira"))
    }

    @Test func nAndNStepThroughMatchesOfTheLastSearch() {
        var editor = Editor.on(sampleMap())
        editor.press(.character("/"))
        editor.type("ri")
        editor.press(.enter)
        #expect(editor.selection == .node("riverside-gp"))
        #expect(editor.bottomLine == "2 matches · n next, N previous")
        editor.press(.character("n"))
        #expect(editor.selection == .node("karim"))
        editor.press(.character("N"), .character("N"))
        #expect(editor.selection == .node("karim"))
    }

    @Test func goToPicksTheBestFuzzyMatch() {
        var editor = Editor.on(sampleMap())
        editor.press(.character("g"))
        editor.type("rvrsd")
        #expect(editor.view().text.contains("Riverside GP surgery · riverside-gp"))
        editor.press(.enter)
        #expect(editor.selection == .node("riverside-gp"))
        #expect(editor.mode == .normal)
    }

    @Test func clickSelectsAndDoubleClickOpensDetails() throws {
        var editor = Editor.on(gridMap(), width: 120, height: 40)
        let centre = try #require(editor.layout.positions["east"])
        let x = centre.x - editor.viewport.origin.x, y = centre.y - editor.viewport.origin.y
        _ = editor.update(.input(.mouse(MouseEvent(x: x, y: y, action: .press)), now: 0))
        _ = editor.update(.input(.mouse(MouseEvent(x: x, y: y, action: .release)), now: 0))
        #expect(editor.selection == .node("east"))
        #expect(!editor.showsDetails)
        _ = editor.update(.input(.mouse(MouseEvent(x: x, y: y, action: .doubleClick)), now: 0))
        #expect(editor.showsDetails)
    }

    @Test func dragOnEmptyGroundPansAndTheWheelScrolls() {
        var editor = Editor.on(gridMap(), width: 120, height: 40)
        let origin = editor.viewport.origin
        _ = editor.update(.input(.mouse(MouseEvent(x: 1, y: 1, action: .press)), now: 0))
        _ = editor.update(.input(.mouse(MouseEvent(x: 6, y: 3, action: .drag)), now: 0))
        _ = editor.update(.input(.mouse(MouseEvent(x: 6, y: 3, action: .release)), now: 0))
        #expect(editor.viewport.origin == MapPoint(x: origin.x - 5, y: origin.y - 2))
        _ = editor.update(.input(.mouse(MouseEvent(x: 6, y: 3, action: .wheelDown)), now: 0))
        #expect(editor.viewport.origin == MapPoint(x: origin.x - 5, y: origin.y + 1))
    }

    @Test func panAndZoomAndFit() {
        var editor = Editor.on(sampleMap())
        let (opened, fitted) = (editor.zoom, editor.viewport)
        editor.press(.shiftRight, .shiftDown)
        #expect(editor.viewport.origin == MapPoint(x: fitted.origin.x + 8, y: fitted.origin.y + 3))
        editor.press(.character("-"))
        #expect(editor.zoom == opened.zoomedOut)
        editor.press(.character("+"), .character("+"), .character("+"))
        #expect(editor.zoom == .boxes)
        #expect(editor.bottomLine == "already at the closest zoom")
        editor.press(.character("f"))
        #expect(ZoomTests.visibleNodes(editor) == Set(editor.map.nodes.keys))
    }
}
