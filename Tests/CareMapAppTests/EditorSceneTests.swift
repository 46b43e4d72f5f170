@testable import CareMapApp
import CareMapCanvas
import CareMapKit
import HostileInput
import Testing

/// The editor keeps the map's scene (frames, spatial index, link ends) from frame to frame and
/// builds it again only when the map, layout, zoom or curtain changes. A scene kept past such a
/// change would draw the map as it was; these tests drive the editor with random keys and check
/// that what it draws is always what a scene built afresh would draw.
@Suite struct EditorSceneTests {
    @Test(arguments: Array(UInt64(1)...8))
    func theKeptSceneAlwaysDrawsWhatAFreshSceneDraws(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        var editor = Editor.on(sampleMap(), width: 100, height: 30)
        let keys: [Key] = "PP+-+-uL".map(Key.character) + [.control("r")]
        for index in 0..<80 {
            let step = Int.random(in: 0..<3, using: &random) == 0
                ? [keys.randomElement(using: &random)!] : EditorPropertyTests.step(&random)
            for key in step { _ = editor.update(.input(.key(key), now: Double(index))) }
            #expect(!editor.sceneIsStale, "seed \(seed), step \(index): update left the scene stale")
            let fresh = MapScene(map: editor.map, layout: editor.layout.drawn(at: editor.zoom), zoom: editor.zoom, curtain: editor.curtain)
            let options = RenderOptions(selection: editor.selection, showLinkLabels: true)
            let kept = MapRenderer.render(editor.preparedScene, viewport: editor.viewport, options: options)
            #expect(kept == MapRenderer.render(fresh, viewport: editor.viewport, options: options), "seed \(seed), step \(index)")
        }
    }

    @Test func aChangeOutsideAnUpdateIsDrawnFromAFreshScene() {
        var editor = Editor.on(sampleMap())
        editor.map.nodes["amira"]?.name = "Renamed"
        #expect(editor.sceneIsStale)
        #expect(editor.view().text.contains("Renamed"))
    }
}
