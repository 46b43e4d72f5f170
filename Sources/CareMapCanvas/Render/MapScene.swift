import CareMapKit

/// A map made ready to draw at one zoom: every node's frame, a spatial index of them, and each
/// link's two ends, so drawing a frame costs what the viewport shows rather than the map's size.
///
/// Measuring a name for its frame and looking nodes up by id (hashing strings) are the costly
/// steps, and on a 10,000-node map redoing them for every node and link each frame took longer
/// than the frame may. The editor keeps one scene while the map, layout, zoom and curtain stay
/// the same, and builds a new one after an edit or a zoom; nothing here changes once built.
public struct MapScene: Sendable {
    public let map: CareMap
    /// The layout as drawn, already at this zoom (see ``MapLayout/drawn(at:)``).
    public let layout: MapLayout
    public let zoom: Zoom
    /// The privacy curtain: frames are sized for pseudonyms, and private nodes are masked.
    public let curtain: Bool
    /// Private nodes drawn masked even without the curtain, as `caremap show` draws them.
    public let masksPrivate: Bool
    private let pseudonyms: [NodeID: String]
    /// Each node's centre by its place in `map.nodes`, as the layout gives it.
    private let centres: [MapPoint?]
    /// Each node's frame at its whole size, before ``ScenePlacement`` made room: what
    /// ``updated(to:layout:)`` keeps for the nodes an edit left alone.
    private let wanted: [WorldRect?]
    /// Each node's frame by its place in `map.nodes`, cut or reduced to a dot so that no two
    /// meet (see ``ScenePlacement``); `nil` for a node without a position or with no room.
    private let frames: [WorldRect?]
    /// How each node is drawn, by its place in `map.nodes`.
    private let forms: [ScenePlacement.Form]
    /// How many nodes each drawn node stands for (see ``ScenePlacement/counts``).
    private let counts: [Int]
    private let index: NodeIndex
    /// The rings to draw faintly behind a rings layout, found once with the scene.
    let ringGuides: RingGuides?
    /// Each link's ends beside `map.links`; `nil` for a self-link or one whose end is missing
    /// or has no position, which is never drawn.
    private let ends: [Ends?]
    /// The shortest route of each link drawn so far, kept while the scene is (see ``ShortestRoutes``).
    private let shortestRoutes: ShortestRoutes

    /// The two nodes of a link, by place in `map.nodes`, and their centres.
    struct Ends {
        var from: Int
        var to: Int
        var a: MapPoint
        var b: MapPoint
    }

    /// - Complexity: O(*n* + *m*) for *n* nodes (measuring each name once) and *m* links.
    public init(map: CareMap, layout: MapLayout, zoom: Zoom, curtain: Bool = false, masksPrivate: Bool = false) {
        let pseudonyms = curtain ? map.pseudonyms() : [:]
        let centres = map.nodes.keys.map { layout.positions[$0] }
        // Nodes are read in place by their place in the map: copying one out copies every field.
        let nodes = map.nodes.values.elements
        let wanted = nodes.indices.map { place -> WorldRect? in
            centres[place].map { Self.wantedFrame(of: nodes[place], centredAt: $0, zoom: zoom, curtain: curtain, masksPrivate: masksPrivate, pseudonyms: pseudonyms) }
        }
        self.init(
            map: map, layout: layout, zoom: zoom, curtain: curtain, masksPrivate: masksPrivate, pseudonyms: pseudonyms,
            centres: centres, wanted: wanted, placement: Self.placement(of: map, wanted: wanted, zoom: zoom),
            index: NodeIndex(centres: centres), ringGuides: zoom.showsNames ? RingGuides(map, layout: layout) : nil,
            ends: map.links.indices.map { Self.ends(of: $0, in: map, centres: centres) }, shortestRoutes: ShortestRoutes()
        )
    }

    private init(
        map: CareMap, layout: MapLayout, zoom: Zoom, curtain: Bool, masksPrivate: Bool, pseudonyms: [NodeID: String],
        centres: [MapPoint?], wanted: [WorldRect?], placement: ScenePlacement, index: NodeIndex, ringGuides: RingGuides?, ends: [Ends?],
        shortestRoutes: ShortestRoutes
    ) {
        self.map = map
        self.layout = layout
        self.zoom = zoom
        self.curtain = curtain
        self.masksPrivate = masksPrivate
        self.pseudonyms = pseudonyms
        self.centres = centres
        self.wanted = wanted
        frames = placement.frames
        forms = placement.forms
        counts = placement.counts
        self.index = index
        self.ringGuides = ringGuides
        self.ends = ends
        self.shortestRoutes = shortestRoutes
    }

    /// The scene of `map`, an edit of this scene's map, drawn with `layout` at the same zoom,
    /// curtain and masking: the same scene as ``init(map:layout:zoom:curtain:masksPrivate:)``
    /// builds, keeping what the edit left as it was instead of measuring every name and looking
    /// up every tie's ends again.
    ///
    /// An edit to a 10,000-node map changes a node or a tie, and building the scene afresh was
    /// most of the time from its key to its frame. Names are measured again only for nodes whose
    /// name or privacy changed, and a tie's ends looked up only when its ends changed; the
    /// placement of frames is redone whole when any frame changed, since one wider name can move
    /// its neighbours'. A change of layout, of the nodes themselves (added, removed, reordered),
    /// or the curtain (whose pseudonyms follow every node) builds the scene afresh.
    ///
    /// - Complexity: O(*n* + *m*) comparisons, plus what changed, plus the placement when a
    ///   frame changed.
    public func updated(to map: CareMap, layout: MapLayout) -> MapScene {
        let old = self.map
        guard !curtain, layout == self.layout, map.nodes.keys == old.nodes.keys else {
            return MapScene(map: map, layout: layout, zoom: zoom, curtain: curtain, masksPrivate: masksPrivate)
        }
        let (nodes, before) = (map.nodes.values.elements, old.nodes.values.elements)
        var wanted = self.wanted
        var framesChanged = map.subject != old.subject
        var ringsChanged = map.subject != old.subject
        for place in nodes.indices {
            if nodes[place].name != before[place].name || nodes[place].isPrivate != before[place].isPrivate {
                wanted[place] = centres[place].map {
                    Self.wantedFrame(of: nodes[place], centredAt: $0, zoom: zoom, curtain: curtain, masksPrivate: masksPrivate, pseudonyms: pseudonyms)
                }
                framesChanged = framesChanged || wanted[place] != self.wanted[place]
            }
            if nodes[place].ring != before[place].ring || nodes[place].position != before[place].position { ringsChanged = true }
        }
        let placement = framesChanged
            ? Self.placement(of: map, wanted: wanted, zoom: zoom)
            : ScenePlacement(frames: frames, forms: forms, counts: counts)
        let ringGuides = ringsChanged ? (zoom.showsNames ? RingGuides(map, layout: layout) : nil) : self.ringGuides
        let (links, oldLinks) = (map.links, old.links)
        func isSame(_ index: Int) -> Bool {
            index < oldLinks.count && links[index].from == oldLinks[index].from && links[index].to == oldLinks[index].to
        }
        let ends = links.indices.map { index -> Ends? in
            isSame(index) ? self.ends[index] : Self.ends(of: index, in: map, centres: centres)
        }
        // A link's shortest route stays while its two boxes do.
        let routes = shortestRoutes.kept(othersMoved: framesChanged) { index in
            guard index < links.count, isSame(index), let ends = ends[index] else { return false }
            return placement.frames[ends.from] == frames[ends.from] && placement.frames[ends.to] == frames[ends.to]
        }
        return MapScene(
            map: map, layout: layout, zoom: zoom, curtain: curtain, masksPrivate: masksPrivate, pseudonyms: pseudonyms,
            centres: centres, wanted: wanted, placement: placement, index: index, ringGuides: ringGuides, ends: ends,
            shortestRoutes: routes
        )
    }

    /// A node's whole frame centred at `centre`, sized for the name it shows: its pseudonym
    /// behind the curtain, and a word in place of a masked name, whose length could identify
    /// someone.
    private static func wantedFrame(
        of node: Node, centredAt centre: MapPoint, zoom: Zoom, curtain: Bool, masksPrivate: Bool, pseudonyms: [NodeID: String]
    ) -> WorldRect {
        let name = masksPrivate && node.isPrivate ? "private" : curtain ? pseudonyms[node.id] ?? "" : node.name
        return NodeBox.frame(named: name.isEmpty ? node.id.rawValue : name, isPrivate: node.isPrivate, centredAt: centre, zoom: zoom)
    }

    /// Where every node's frame goes, the subject placed first.
    private static func placement(of map: CareMap, wanted: [WorldRect?], zoom: Zoom) -> ScenePlacement {
        let subject = map.subject.flatMap { map.nodes.index(forKey: $0) }
        let order = (subject.map { [$0] } ?? []) + map.nodes.values.indices.filter { $0 != subject }
        return ScenePlacement(wanted: wanted, order: order, zoom: zoom)
    }

    /// The ends of the link at `index` in `map.links`, or `nil` when it is never drawn.
    private static func ends(of index: Int, in map: CareMap, centres: [MapPoint?]) -> Ends? {
        let (fromID, toID) = (map.links[index].from, map.links[index].to)
        guard fromID != toID, let from = map.nodes.index(forKey: fromID), let to = map.nodes.index(forKey: toID),
              let a = centres[from], let b = centres[to]
        else { return nil }
        return Ends(from: from, to: to, a: a, b: b)
    }

    /// The name drawn for a node: its own, or its pseudonym behind the curtain.
    func name(of node: Node) -> String {
        curtain ? pseudonyms[node.id] ?? "" : node.displayName
    }

    /// Whether the node is drawn masked, without name or role.
    func isMasked(_ node: Node) -> Bool { (curtain || masksPrivate) && node.isPrivate }

    /// The frame of the node at `place` in `map.nodes`, sized for the name it shows; `nil`
    /// when it is not drawn.
    func frame(at place: Int) -> WorldRect? { frames[place] }

    /// How the node at `place` in `map.nodes` is drawn: whole, with its name cut, as a dot, or
    /// not at all.
    func form(at place: Int) -> ScenePlacement.Form { forms[place] }

    /// The ends of the link at `index` in `map.links`, or `nil` when it is never drawn.
    func ends(ofLink index: Int) -> Ends? { ends[index] }

    /// The shortest route of the link at `index` between its boxes `from` and `to` (see
    /// ``LinkRouter/shortest(from:to:)``), and whether it buries an end: found the first time
    /// the link is drawn, and kept with the scene.
    func shortestRoute(ofLink index: Int, ends: Ends, from: WorldRect, to: WorldRect) -> ShortestRoutes.Entry {
        shortestRoutes.entry(ofLink: index) { known in
            let shortest = known.map(\.shortest) ?? LinkRouter.shortest(from: from, to: to)
            return ShortestRoutes.Entry(shortest: shortest, buriesAnEnd: shortest.map { buriesAnEnd(of: $0.route, ends: (ends.from, ends.to)) } ?? false)
        }
    }

    /// How many links the map has, drawn or not.
    var linkCount: Int { ends.count }

    /// The node drawn at world cell `point` (for mouse clicks), topmost first; `nil` on empty
    /// ground.
    ///
    /// - Complexity: O(*k*) for the *k* nodes near `point`.
    public func node(at point: MapPoint) -> NodeID? {
        nodes(meeting: WorldRect(x: point.x, y: point.y, width: 1, height: 1)).last.map { map.nodes.keys[$0] }
    }

    /// How many nodes meeting `rect` (at their wanted size) are drawn narrower than their
    /// whole name, as a dot, or not at all.
    ///
    /// - Complexity: O(*k*) for the *k* nodes near `rect`.
    func shortenedCount(meeting rect: WorldRect) -> Int {
        var count = 0
        index.forEachCandidate(near: rect) { place in
            guard forms[place] != .whole, let centre = centres[place], rect.contains(centre) else { return }
            count += 1
        }
        return count
    }

    /// How many nodes have a position (and so are meant to be drawn).
    var positionedCount: Int { centres.count { $0 != nil } }

    /// How many nodes are drawn with their whole frame (as placed) inside `rect`, or counted
    /// into such a node at ``Zoom/overview``.
    func nodesWhollyInside(_ rect: WorldRect) -> Int {
        zip(frames, counts).reduce(0) { sum, pair in
            guard let frame = pair.0, frame.x >= rect.x, frame.y >= rect.y, frame.maxX <= rect.maxX, frame.maxY <= rect.maxY
            else { return sum }
            return sum + pair.1
        }
    }

    /// How many nodes the drawn node at `place` stands for: 1, or more at ``Zoom/overview``.
    func count(at place: Int) -> Int { counts[place] }

    /// The smallest rectangle holding every drawn node's frame; empty at the origin when none is.
    var drawnBounds: WorldRect {
        frames.compactMap { $0 }.reduce(nil) { (sum: WorldRect?, frame) in sum.map { $0.union(frame) } ?? frame }
            ?? WorldRect(x: 0, y: 0, width: 0, height: 0)
    }

    /// The places in `map.nodes` of the nodes whose frames meet `rect`, in map order (the order
    /// they are drawn in).
    ///
    /// - Complexity: O(*k* log *k*) for *k* nodes near `rect`.
    func nodes(meeting rect: WorldRect) -> [Int] {
        unorderedNodes(meeting: rect).sorted()
    }

    /// The places of the nodes whose frames meet `rect`, in no particular order.
    private func unorderedNodes(meeting rect: WorldRect) -> [Int] {
        var places: [Int] = []
        index.forEachCandidate(near: rect) { if frames[$0]?.intersects(rect) == true { places.append($0) } }
        return places
    }

    /// How many boxes other than the link's own, at places `ends`, the route's drawn cells pass
    /// through within `area`.
    ///
    /// Callers pass the viewport grown by ``crossingMargin``: a route is then chosen the same way
    /// wherever the viewport stands as long as it runs within the margin, which holds for the
    /// short links of most maps, while a hub's long links across a huge map cost only what is
    /// near the screen. A long link may take a different route once panned far away.
    ///
    /// - Complexity: O(*s* × (*b* + *k*)) for *s* segments, each under *b* buckets holding *k* nodes.
    func crossings(of route: LinkRoute, ends: (Int, Int), within area: WorldRect) -> Int {
        // Counted without a set or lists (a small map weighs every candidate route of every
        // link this way): a box met by several segments is counted at the first it meets.
        let points = route.points
        func segment(_ index: Int) -> WorldRect? {
            let (start, end) = (points[index], points[index + 1])
            let low = MapPoint(x: max(min(start.x, end.x), area.x), y: max(min(start.y, end.y), area.y))
            let high = MapPoint(x: min(max(start.x, end.x), area.maxX - 1), y: min(max(start.y, end.y), area.maxY - 1))
            guard low.x <= high.x, low.y <= high.y else { return nil }
            return WorldRect(x: low.x, y: low.y, width: high.x - low.x + 1, height: high.y - low.y + 1)
        }
        var crossed = 0
        for current in 0..<max(0, points.count - 1) {
            guard let rect = segment(current) else { continue }
            index.forEachCandidate(near: rect) { place in
                guard place != ends.0, place != ends.1, let frame = frames[place], frame.intersects(rect) else { return }
                let metEarlier = (0..<current).contains { earlier in segment(earlier).map(frame.intersects) ?? false }
                if !metEarlier { crossed += 1 }
            }
        }
        return crossed
    }

    /// Whether the first or last drawn cell of `route` lies under a box other than its own two,
    /// at places `ends`: the line would then vanish into that box and seem to belong to it, so
    /// it is not drawn (the details panel still lists the tie).
    ///
    /// - Complexity: O(*k*) for the *k* nodes near the route's ends.
    func buriesAnEnd(of route: LinkRoute, ends: (Int, Int)) -> Bool {
        let points = route.points, last = points.count - 1
        let first = points[0].moved(LinkRoute.direction(from: points[0], to: points[1]))
        let final = points[last].moved(LinkRoute.direction(from: points[last], to: points[last - 1]))
        // Asked of every drawn line, so the boxes near each end are visited without gathering them.
        func buried(_ cell: MapPoint) -> Bool {
            let rect = WorldRect(x: cell.x, y: cell.y, width: 1, height: 1)
            var found = false
            index.forEachCandidate(near: rect) { place in
                if !found, place != ends.0, place != ends.1, frames[place]?.intersects(rect) == true { found = true }
            }
            return found
        }
        return buried(first) || buried(final)
    }

    /// How far beyond the viewport boxes still count against a route (see ``crossings(of:ends:within:)``).
    static let crossingMargin = 64
}
