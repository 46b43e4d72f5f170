/// The findings about one person's map, and those any map can have (interpreting, barriers).
extension Finding {
    /// Routes, go-betweens, language bridges and strained ties, for the map's subject.
    ///
    /// - Complexity: O(size of the routes and the subject's ties).
    static func routes(_ care: FormalCareRoutes, subject: NodeID, map: CareMap, graph: CareGraph, bridges: [LanguageBridge]) -> [Finding] {
        var findings: [Finding] = []
        if care.routes.isEmpty {
            let lapsed = care.notCurrent.map { map.links[$0].id }
            let others = care.notCurrent.compactMap { map.links[$0].otherEnd(from: subject) }
            findings.append(Finding(kind: .noFormalCare(notCurrent: lapsed), nodes: [subject] + others, links: lapsed))
        }
        for family in care.families {
            if family.routes.isEmpty, !care.routes.isEmpty {
                let others = family.notCurrent.compactMap { map.links[$0].otherEnd(from: subject) }
                let lapsed = family.notCurrent.map { map.links[$0].id }
                findings.append(Finding(kind: .noRouteToFamily(family.family, notCurrent: lapsed), nodes: [subject] + others, links: lapsed))
            }
            for cut in family.goBetweens {
                let kind: Kind = cut.isEveryRoute
                    ? .singlePointOfFailure(cut.node, family: cut.family, routes: cut.routes)
                    : .mediatedTie(cut.node, family: cut.family, routes: cut.routes, dependents: cut.cutOff)
                findings.append(Finding(kind: kind, nodes: [subject, cut.node] + cut.cutOff, links: []))
            }
        }
        for bridge in bridges where bridge.kind == .none {
            let tie = map.links[bridge.link].id
            findings.append(Finding(kind: .noLanguageBridge(bridge.provider, link: tie), nodes: [subject, bridge.provider], links: [tie]))
        }
        // The subject's own ties, found through the graph rather than by copying every link.
        for index in graph.index[subject].map(graph.links(at:)) ?? [] where map.links[index].touches(subject) {
            let link = map.links[index]
            guard let other = link.otherEnd(from: subject), other != subject, let node = map.nodes[other],
                  [.formalHealth, .statutory, .private].contains(node.sector) else { continue }
            let strained = link.quality == .stressful || link.quality == .mixed || link.trust == .wary || link.trust == .distrusted
            if strained { findings.append(Finding(kind: .strainedTie(other, link: link.id), nodes: [subject, other], links: [link.id])) }
        }
        return findings
    }

    /// A child or family member who interprets (`support=interpreting`), or is the go-between
    /// of a tie to health care, anywhere on the map, once for each pair of people.
    ///
    /// - Complexity: O(*m*).
    static func interpreting(in map: CareMap) -> [Finding] {
        var seen = Set<[NodeID]>()
        var findings: [Finding] = []
        func informal(_ id: NodeID) -> LanguageBridge.Carrier? {
            guard let node = map.nodes[id] else { return nil }
            let carrier = LanguageBridge.carrier(node)
            return carrier == .child || carrier == .family ? carrier : nil
        }
        // Links are read in place by index and only the few that interpret or have a go-between
        // are copied: this runs after every edit of a town-sized map.
        for index in map.links.indices where map.links[index].support.contains(.interpreting) || map.links[index].via != nil {
            let link = map.links[index]
            guard link.isCurrent, link.from != link.to else { continue }
            var pairs: [(interpreter: NodeID, person: NodeID)] = []
            if link.support.contains(.interpreting) {
                switch link.direction {
                case .forward: pairs.append((link.from, link.to))
                case .backward: pairs.append((link.to, link.from))
                case .none, .both: pairs += [(link.from, link.to), (link.to, link.from)]
                }
            }
            if let via = link.via, via != link.from, via != link.to {
                let ends = [link.from, link.to]
                let service = ends.first { map.nodes[$0]?.sector == .formalHealth }
                if let service, let person = ends.first(where: { $0 != service }) { pairs.append((via, person)) }
            }
            for pair in pairs {
                guard let carrier = informal(pair.interpreter), seen.insert([pair.interpreter, pair.person]).inserted else { continue }
                findings.append(Finding(kind: .informalInterpreter(pair.interpreter, for: pair.person, link: link.id, carrier: carrier),
                                        nodes: [pair.interpreter, pair.person], links: [link.id]))
            }
        }
        return findings
    }

    /// Every barrier recorded on a node or a current tie, nodes first, in map order.
    ///
    /// - Complexity: O(*n* + *m*).
    static func barriers(in map: CareMap) -> [Finding] {
        var findings: [Finding] = []
        for position in map.nodes.values.indices where !map.nodes.values[position].barriers.isEmpty {
            let node = map.nodes.values[position]
            for barrier in node.barriers.canonicallyOrdered {
                findings.append(Finding(kind: .barrier(barrier, node: node.id, link: nil), nodes: [node.id], links: []))
            }
        }
        for index in map.links.indices where !map.links[index].barriers.isEmpty && map.links[index].status != .past {
            let link = map.links[index]
            for barrier in link.barriers.canonicallyOrdered {
                findings.append(Finding(kind: .barrier(barrier, node: nil, link: link.id), nodes: [link.from, link.to], links: [link.id]))
            }
        }
        return findings
    }
}
