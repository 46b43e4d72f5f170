import CareMapKit

extension MapRenderer {
    /// How one link looks, following eco-map conventions with a cue beyond colour for each
    /// attribute: strength is the line's weight and pattern (strong `━┃`, moderate or unstated
    /// `─│`, tenuous `╌╎`); hoped-for ties are dotted `┈┊` and dim, past ties dim and cut once
    /// by `╱`; stressful ties carry `╳` and mixed ones `≈` a few times along, in the danger or
    /// warning colour; a highlighted link is bold and the selected one reversed. Drawn against an
    /// earlier version, a tie gained takes the accent colour (unless its quality has one) and a
    /// tie lost is dim; their labels carry the sign (see ``label(of:options:)``).
    struct LinkLook {
        var weight: LineWeight
        var pattern: LinePattern
        var style: CellStyle
        var mark: Character?
        var isPast: Bool

        init(_ link: Link, options: RenderOptions) {
            weight = link.strength == .strong ? .heavy : .light
            isPast = link.status == .past
            pattern = link.status == .hopedFor ? .dotted : link.strength == .tenuous ? .dashed : .solid
            switch link.quality {
            case .stressful?: (style, mark) = (CellStyle(.danger), BoxDrawing.stressfulMark)
            case .mixed?: (style, mark) = (CellStyle(.warning), BoxDrawing.mixedMark)
            case .supportive?, nil: (style, mark) = (CellStyle(.plain), nil)
            }
            if link.status == .past || link.status == .hopedFor { style.attributes.insert(.dim) }
            switch options.changes.links[link.id] {
            case .added? where style.color == .plain: style.color = .accent
            case .removed?: style.attributes.insert(.dim)
            case .added?, .changed?, nil: break
            }
            if options.highlightedLinks.contains(link.id) { style.attributes.insert(.bold) }
            if options.selection == .link(link.id) { style.attributes.insert(.reverse) }
        }
    }

    /// A tie label waiting for the boxes to be drawn, so it can be placed clear of them.
    struct PendingLabel {
        var route: LinkRoute
        var text: String
        var style: CellStyle
    }

    /// Draws every link that may show in the viewport: lines merged into junctions, then marks
    /// and arrowheads. Highlighted links are drawn after the rest and the selected one last, so
    /// where lines share cells theirs is the style that shows. Links whose every possible route
    /// misses the viewport are not routed at all (see ``NodeIndex/mayShow(between:and:_:)``);
    /// they still count towards ``carefulRoutingLimit``, so which links are weighed carefully
    /// does not change.
    ///
    /// Returns where each drawn line meets a box border, for ``attach(_:on:origin:)`` once the
    /// boxes are drawn, and the labels to place then (when asked for, not at ``Zoom/dots`` where
    /// names are gone too, and never behind the curtain, since a label can name someone).
    static func drawLinks(
        of scene: MapScene, on frame: inout DrawnFrame, viewport: Viewport, options: RenderOptions
    ) -> ([Attachment], [PendingLabel]) {
        var attachments: [Attachment] = []
        var layer = LineLayer(origin: viewport.origin, width: viewport.width, height: viewport.height)
        var labels: [PendingLabel] = []
        let margin = MapScene.crossingMargin
        let area = WorldRect(
            x: viewport.origin.x - margin, y: viewport.origin.y - margin,
            width: viewport.width + 2 * margin, height: viewport.height + 2 * margin
        )
        let order = drawingOrder(scene, viewport: viewport, options: options)
        let careful = order.count <= carefulRoutingLimit
        frame.routedCarefully = careful
        for index in order {
            guard let ends = scene.ends(ofLink: index), NodeIndex.mayShow(between: ends.a, and: ends.b, viewport.rect) else { continue }
            let endsInView = viewport.rect.contains(ends.a) || viewport.rect.contains(ends.b)
            // The shortest route is kept with the scene, and wins whenever it is charged nothing.
            guard let from = scene.frame(at: ends.from), let to = scene.frame(at: ends.to),
                  case let known = scene.shortestRoute(ofLink: index, ends: ends, from: from, to: to), let shortest = known.shortest
            else {
                if endsInView { frame.tiesHidden += 1 }
                continue
            }
            let route = careful
                ? LinkRouter.route(from: from, to: to, shortest: shortest, cost: { route in
                    scene.crossings(of: route, ends: (ends.from, ends.to), within: area) * 1000 + layer.congestion(of: route)
                })
                : LinkRouter.route(from: from, to: to, shortest: shortest, cost: { route in
                    scene.crossings(of: route, ends: (ends.from, ends.to), within: viewport.rect) * 1000
                })
            guard route == shortest.route ? known.buriesAnEnd == false : !scene.buriesAnEnd(of: route, ends: (ends.from, ends.to)) else {
                if endsInView { frame.tiesHidden += 1 }
                continue
            }
            let link = scene.map.links[index]
            let look = LinkLook(link, options: options)
            layer.draw(route, weight: look.weight, pattern: look.pattern, style: look.style)
            attachments += Attachment.ends(of: route, weight: look.weight)
            decorate(route, link: link, look: look, on: &layer)
            let shifted = route.points.map { MapPoint(x: $0.x - viewport.origin.x, y: $0.y - viewport.origin.y) }
            frame.routes.append((LinkRoute(corners: shifted), (ends.from, ends.to)))
            if options.showLinkLabels, scene.zoom.showsNames, let text = label(of: link, options: options, curtain: scene.curtain) {
                labels.append(PendingLabel(route: route, text: text, style: look.style))
            }
        }
        layer.resolve(into: &frame.canvas)
        frame.tieCrossings = layer.crossings
        return (attachments, labels)
    }

    /// The words set beside a tie: its label, after the sign of its change when the map is
    /// drawn against an earlier version (`+ interprets`, or `+ new`, `~ changed`, `- gone` for a
    /// tie without a label); behind the curtain only the sign and its word, since a label can
    /// name someone.
    static func label(of link: Link, options: RenderOptions, curtain: Bool) -> String? {
        let words = curtain || link.label.isEmpty ? nil : link.label
        guard let change = options.changes.links[link.id] else { return words }
        let word = switch change {
        case .added: "new"
        case .changed: "changed"
        case .removed: "gone"
        }
        return "\(change.sign) " + (words ?? word)
    }

    /// Above this many links in view, routes are chosen by shape alone (fewest corners, then
    /// shortest) without weighing the boxes and lines they cross: so many lines are a tangle
    /// whatever their routes, and weighing them would make panning sluggish (a hub linked to
    /// thousands of nodes took seconds).
    public static let carefulRoutingLimit = 400

    /// The indices of the links that may show in the viewport (self-links and links to nodes
    /// without a position never do), in drawing order: plain links, then highlighted ones, then
    /// the selected one.
    ///
    /// - Complexity: O(*m* + *k* log *k*) for *m* links of which *k* may show.
    static func drawingOrder(_ scene: MapScene, viewport: Viewport, options: RenderOptions) -> [Int] {
        func rank(_ index: Int) -> Int {
            let id = scene.map.links[index].id
            return options.selection == .link(id) ? 2 : options.highlightedLinks.contains(id) ? 1 : 0
        }
        let rect = viewport.rect
        let visible = (0..<scene.linkCount).filter { index in
            guard let ends = scene.ends(ofLink: index) else { return false }
            return NodeIndex.mayMeet(between: ends.a, and: ends.b, rect)
        }
        // Already in map order; with nothing selected or highlighted every rank is the same.
        guard options.selection != nil || !options.highlightedLinks.isEmpty else { return visible }
        return visible.sorted { (rank($0), $0) < (rank($1), $1) }
    }

    /// Adds quality marks a few times along the line (every quarter of its length, and never
    /// closer than ``BoxDrawing/markSpacing`` cells), so a long stressful tie across the screen
    /// reads as one tie with a mark, not a chain of `╳`; the past-tie cut at the
    /// middle (which wins over a quality mark there), and the arrowheads the
    /// direction asks for: `forward` at the `to` box, `backward` at the `from` box, `both` at both.
    /// Only marks that land on the canvas are placed, found run by run (see ``LinkRoute/Run``),
    /// so a hub's long line costs what shows of it.
    static func decorate(_ route: LinkRoute, link: Link, look: LinkLook, on layer: inout LineLayer) {
        if look.mark != nil || look.isPast {
            let runs = route.runs
            let total = runs.last.map { $0.offset + $0.count } ?? 0
            if let mark = look.mark {
                let spacing = max(BoxDrawing.markSpacing, total / 4)
                for run in runs {
                    let visible = run.indices(within: layer.bounds)
                    guard !visible.isEmpty else { continue }
                    let low = run.offset + visible.lowerBound, high = min(run.offset + visible.upperBound, total - 1)
                    let first = low <= spacing / 2 ? spacing / 2 : spacing / 2 + (low - spacing / 2 + spacing - 1) / spacing * spacing
                    for position in stride(from: first, to: high, by: spacing) {
                        layer.mark(run.cell(position - run.offset), with: mark, style: look.style)
                    }
                }
            }
            if look.isPast, total >= 3, let middle = route.cell(at: total / 2) {
                layer.mark(middle, with: BoxDrawing.pastMark, style: look.style)
            }
        }
        let points = route.points, last = points.count - 1
        if link.direction == .forward || link.direction == .both {
            let direction = LinkRoute.direction(from: points[last - 1], to: points[last])
            layer.arrow(points[last].moved(direction.opposite), pointing: direction, style: look.style)
        }
        if link.direction == .backward || link.direction == .both {
            let direction = LinkRoute.direction(from: points[1], to: points[0])
            layer.arrow(points[0].moved(direction.opposite), pointing: direction, style: look.style)
        }
    }
}
