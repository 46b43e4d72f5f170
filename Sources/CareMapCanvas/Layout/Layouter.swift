import CareMapKit

/// Computes where every node of a map sits, in one of the three ``LayoutStyle``s.
///
/// Every style keeps the same promises, which the editor and renderer rely on: every node gets a
/// position; a pinned node (`at=` in the file) keeps exactly its position; no two boxes that the
/// layout placed overlap at `.boxes` zoom, nor overlap a pinned box; and the same map, style and
/// seed always give the same layout.
public enum Layouter {
    /// Lays out `map` in `style`.
    ///
    /// `.rings` needs a subject; without one (or when the subject is not a node) the map is laid
    /// out `.layered`, and the returned layout says so in its `style`. `seed` only matters to
    /// `.force`, whose starting positions (or, on a small map, whether it comes out mirrored) it
    /// chooses.
    ///
    /// - Complexity: for *n* nodes and *m* links: rings O(*n* + *m* + *P*) per attempt, *P* being
    ///   the rings' perimeter in cells, with a few attempts at most in practice; layered
    ///   O((*n* + *d*) log *n*) per ordering sweep, *d* being the dummy vertices that long links
    ///   need; force O(*n*²) per iteration up to ``stressLimit`` nodes and O(*n* + *m*) beyond,
    ///   with a fixed number of iterations. Small maps then search for fewer crossings, within a
    ///   fixed budget (``ringSearchBudget``, ``untangleLimit``).
    public static func layout(_ map: CareMap, style: LayoutStyle, seed: UInt64 = 1) -> MapLayout {
        switch style {
        case .rings:
            if let subject = map.subjectNode {
                return MapLayout(style: .rings, positions: rings(map, subject: subject))
            }
            return MapLayout(style: .layered, positions: layered(map))
        case .layered:
            return MapLayout(style: .layered, positions: layered(map))
        case .force:
            return MapLayout(style: .force, positions: force(map, seed: seed))
        }
    }
}
