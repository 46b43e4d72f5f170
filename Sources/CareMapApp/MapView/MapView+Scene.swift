import CareMapCanvas
import CareMapKit

extension MapView {
    /// The map as drawn now: the scene kept since the map, layout, zoom or curtain last
    /// changed, or a fresh one in the middle of the update that changed them.
    ///
    /// Building a scene is O(*n* + *m*); keeping it makes moving about a 10,000-node map cost
    /// only what the screen shows (see BENCHMARKS.md), while an edit or a zoom pays for one
    /// new scene at the end of its update.
    func scene(of document: EditorDocument) -> MapScene {
        isStale(for: document) ? freshScene(of: document.map) : preparedScene
    }

    /// Builds the scene again if anything it depends on changed; ``Editor/update(_:)`` calls
    /// this last, so however many changes one message makes, the scene is built once.
    ///
    /// When the zoom and curtain are as before, the kept scene is updated for the edit rather
    /// than built afresh (see ``MapScene/updated(to:layout:)``), which keeps what the edit did
    /// not touch: an edit key at 10,000 nodes no longer measures every name again.
    mutating func prepareScene(of document: EditorDocument) {
        guard isStale(for: document) else { return }
        preparedScene = preparedScene.zoom == zoom && preparedScene.curtain == curtain
            ? preparedScene.updated(to: document.map, layout: drawnLayout)
            : freshScene(of: document.map)
        sceneRevision = document.revision
        sceneIsStale = false
    }

    func isStale(for document: EditorDocument) -> Bool {
        sceneIsStale || sceneRevision != document.revision
    }

    private func freshScene(of map: CareMap) -> MapScene {
        MapScene(map: map, layout: drawnLayout, zoom: zoom, curtain: curtain)
    }
}
