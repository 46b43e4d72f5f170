import CareMapCanvas
import CareMapKit

extension MapView {
    /// `map` as drawn now, at document revision `revision`: the scene kept since the map,
    /// layout, zoom or curtain last changed, or a fresh one in the middle of the update that
    /// changed them. `map` is the document's, or while comparing, the document's with what the
    /// earlier version had put back (``ComparedMap/shown``), placed at ``ghosts``.
    ///
    /// Building a scene is O(*n* + *m*); keeping it makes moving about a 10,000-node map cost
    /// only what the screen shows (see BENCHMARKS.md), while an edit or a zoom pays for one
    /// new scene at the end of its update.
    func scene(of map: CareMap, revision: Int) -> MapScene {
        isStale(for: revision) ? freshScene(of: map) : preparedScene
    }

    /// Builds the scene again if anything it depends on changed; ``Editor/update(_:)`` calls
    /// this last, so however many changes one message makes, the scene is built once.
    ///
    /// When the zoom and curtain are as before, the kept scene is updated for the edit rather
    /// than built afresh (see ``MapScene/updated(to:layout:)``), which keeps what the edit did
    /// not touch: an edit key at 10,000 nodes no longer measures every name again.
    mutating func prepareScene(of map: CareMap, revision: Int) {
        guard isStale(for: revision) else { return }
        preparedScene = preparedScene.zoom == zoom && preparedScene.curtain == curtain
            ? preparedScene.updated(to: map, layout: sceneLayout)
            : freshScene(of: map)
        sceneRevision = revision
        sceneIsStale = false
    }

    func isStale(for revision: Int) -> Bool {
        sceneIsStale || sceneRevision != revision
    }

    /// The layout as drawn, with the ``ghosts`` placed.
    private var sceneLayout: MapLayout {
        guard !ghosts.isEmpty else { return drawnLayout }
        var whole = layout
        whole.positions.merge(ghosts) { kept, _ in kept }
        return whole.drawn(at: zoom)
    }

    private func freshScene(of map: CareMap) -> MapScene {
        MapScene(map: map, layout: sceneLayout, zoom: zoom, curtain: curtain)
    }
}
