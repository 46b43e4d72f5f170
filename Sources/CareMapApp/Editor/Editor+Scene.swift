import CareMapCanvas
import CareMapKit

extension Editor {
    /// The map as drawn now: the scene kept since the map, layout, zoom or curtain last
    /// changed, or a fresh one in the middle of the update that changed them.
    ///
    /// Building a scene is O(*n* + *m*); keeping it makes moving about a 10,000-node map cost
    /// only what the screen shows (see BENCHMARKS.md), while an edit or a zoom pays for one
    /// new scene at the end of its update.
    var scene: MapScene { sceneIsStale ? freshScene : preparedScene }

    /// Builds the scene again if anything it depends on changed; ``update(_:)`` calls this last,
    /// so however many changes one message makes, the scene is built once.
    mutating func prepareScene() {
        guard sceneIsStale else { return }
        preparedScene = freshScene
        sceneIsStale = false
    }

    private var freshScene: MapScene {
        MapScene(map: map, layout: drawnLayout, zoom: zoom, curtain: curtain)
    }
}
