import CareMapKit

/// The report's content as headed lists of sentences, before any format: the text and
/// Markdown writers lay out the same document, so they can never say different things.
struct ReportDocument {
    struct Section {
        var title: String
        var items: [Item]
    }

    struct Item {
        var text: String
        /// Lines under the item: a finding's suggested next step.
        var detail: [String] = []
    }

    var title: String
    var subtitle: String
    var findings: [Item]
    var sections: [Section]

    /// At most this many names in one list before "and N more".
    static let listLimit = 6

    init(_ map: CareMap, _ analysis: CareAnalysis, names: ReportNames) {
        title = "Care report: " + names.escape(map.title.isEmpty ? "Untitled map" : map.title)
        let who = analysis.subject.map { "Subject: " + names.name($0) } ?? "Community map"
        let hidden = map.nodes.values.filter(\.isPrivate).count
        subtitle = "\(who) · \(Self.count(map.nodes.count, "person or place", "people and places"))"
            + (hidden > 0 ? " (\(hidden) private)" : "") + ", "
            + "\(Self.count(map.links.count, "tie", "ties")) · as of \(analysis.today)"
        findings = analysis.findings.map { finding in
            let words = finding.sentence(in: map, name: names.name, text: names.escape, isHidden: names.isHidden)
            return Item(text: words.message, detail: ["Why it matters: " + finding.why + ".", "Suggested: " + words.suggestion])
        }
        sections = []
        if let care = analysis.formalCare, let subject = analysis.subject {
            sections.append(Self.routes(care, map: map, subject: subject, names: names))
            sections.append(Self.goBetweens(care, map: map, subject: subject, names: names))
            sections.append(Self.languages(analysis.languageBridges, map: map, names: names))
        }
        if let community = analysis.community { sections.append(Self.community(community, names: names)) }
        sections.append(Self.domains(analysis.domains, community: analysis.subject == nil, names: names))
        sections.append(Self.actions(map, analysis, names: names))
        sections.append(Self.mix(analysis.mix, subject: analysis.subject, names: names))
    }

    static func count(_ n: Int, _ one: String, _ many: String) -> String { n == 1 ? "1 \(one)" : "\(n) \(many)" }

    /// Names joined as "A, B and C", with "and N more" past ``listLimit``.
    static func list(_ ids: [NodeID], _ names: ReportNames) -> String {
        guard ids.count > listLimit else { return Finding.list(ids.map(names.name)) }
        return ids.prefix(listLimit).map(names.name).joined(separator: ", ") + " and \(ids.count - listLimit) more"
    }

    private static func routes(_ care: FormalCareRoutes, map: CareMap, subject: NodeID, names: ReportNames) -> Section {
        var items: [Item] = []
        for family in care.families {
            let heading = family.family.title.prefix(1).uppercased() + family.family.title.dropFirst()
            for route in family.routes {
                items.append(Item(text: "\(heading): \(names.name(route.target)), " + route.path.map(names.name).joined(separator: " → ")))
            }
            for index in family.notCurrent {
                let link = map.links[index]
                let other = link.otherEnd(from: subject) ?? link.to
                items.append(Item(text: "\(heading): not a route, a \(link.status == .past ? "past" : "hoped-for") tie to \(names.name(other))."))
            }
        }
        if care.routes.isEmpty { items.insert(Item(text: "No current route to any formal health care."), at: 0) }
        return Section(title: "Routes to formal care", items: items)
    }

    private static func goBetweens(_ care: FormalCareRoutes, map: CareMap, subject: NodeID, names: ReportNames) -> Section {
        var items = care.families.flatMap(\.goBetweens).map { cut in
            let share = cut.isEveryRoute ? (cut.routes == 1 ? "the only route" : "all \(cut.routes) routes") : "\(cut.cutOff.count) of \(cut.routes) routes"
            return Item(text: "\(names.name(cut.node)): \(share) to \(cut.family.title) (\(list(cut.cutOff, names)))")
        }
        for link in map.links where link.isCurrent {
            guard let via = link.via, let other = link.otherEnd(from: subject) else { continue }
            items.append(Item(text: "The tie to \(names.name(other)) exists through \(names.name(via))."))
        }
        if items.isEmpty { items.append(Item(text: "No route to formal care rests on one go-between.")) }
        return Section(title: "Go-betweens", items: items)
    }

    private static func languages(_ bridges: [LanguageBridge], map: CareMap, names: ReportNames) -> Section {
        var items = bridges.map { bridge in
            let how = switch bridge.kind {
            case .tieLanguage(let tag): "they use \(tag.name)"
            case .sharedLanguage(let tag): "both speak \(tag.name) well"
            case .goBetween(let id): "through \(names.name(id))" + (map.nodes[id].map { carrierWords[LanguageBridge.carrier($0)] ?? "" } ?? "")
            case .none: "no bridge"
            case .unrecorded: "languages not recorded"
            }
            return Item(text: names.name(bridge.provider) + ": " + how)
        }
        if items.isEmpty { items.append(Item(text: "No current tie to a provider.")) }
        return Section(title: "Language bridges", items: items)
    }

    private static let carrierWords: [LanguageBridge.Carrier: String] = [
        .professional: " (professional interpreter)", .bilingual: " (bilingual worker or peer)",
        .family: " (a family member)", .child: " (a child)",
    ]

    private static func domains(_ coverage: [DomainCoverage], community: Bool, names: ReportNames) -> Section {
        Section(title: "Domains of responsive care", items: coverage.map { entry in
            let shown = entry.nodes.isEmpty ? "" : ": " + list(entry.nodes, names)
            return Item(text: "\(entry.domain.title): \(entry.status.words); \(entry.domain.reason(entry.basis, community: community))\(shown).")
        })
    }

    private static func actions(_ map: CareMap, _ analysis: CareAnalysis, names: ReportNames) -> Section {
        let overdue = Set(analysis.overdueActions)
        let closed = map.actions.values.filter { !$0.isOpen }
        var summary = "\(analysis.openActions.count) open, \(analysis.overdueActions.count) past review"
        if !closed.isEmpty {
            summary += ", " + ActionStatus.allCases.filter { $0 != .open }.map { status in
                "\(closed.filter { $0.status == status }.count) \(status.rawValue)"
            }.joined(separator: ", ")
        }
        var items = [Item(text: summary + ".")]
        for id in analysis.openActions {
            guard let action = map.actions[id] else { continue }
            let late = overdue.contains(id) ? "Past review: " : ""
            let review = action.review.map { "review \($0)" }
            if names.isHidden(action) {
                items.append(Item(text: late + "an action about a private person" + (review.map { ", " + $0 } ?? "") + "."))
                continue
            }
            var facts: [String] = []
            if !action.owner.isEmpty { facts.append("owner " + names.escape(action.owner)) }
            if let review { facts.append(review) }
            if !action.about.isEmpty { facts.append("about " + list(action.about, names)) }
            items.append(Item(text: late + names.escape(action.text) + (facts.isEmpty ? "" : " (" + facts.joined(separator: "; ") + ")")))
        }
        return Section(title: "Actions", items: items)
    }

    private static func mix(_ mix: MapMix, subject: NodeID?, names: ReportNames) -> Section {
        let sectors = Sector.allCases.map { "\($0.rawValue.replacingOccurrences(of: "-", with: " ")) \(mix.sectors[$0] ?? 0)" }
        let kinds = [count(mix.kinds[.person] ?? 0, "person", "people"), count(mix.kinds[.place] ?? 0, "place", "places"),
                     count(mix.kinds[.group] ?? 0, "group", "groups")]
        let strengths = Strength.allCases.map { "\(mix.strengths[$0] ?? 0) \($0.rawValue)" } + ["\(mix.unratedStrength) not rated"]
        let whose = subject.map { names.name($0) + "'s current ties" } ?? "Current ties"
        let left = subject.map { "; \(names.name($0)) left out" } ?? ""
        let hidden = mix.privateNodes > 0 ? "; \(mix.privateNodes) private among them" : ""
        var items = [
            Item(text: "By sector: " + sectors.joined(separator: ", ") + left + hidden + "."),
            Item(text: "By kind: " + kinds.joined(separator: ", ") + "."),
            Item(text: "\(whose) (\(mix.ties)): " + strengths.joined(separator: ", ") + "; \(mix.stressful) stressful, \(mix.mixed) mixed."),
        ]
        if subject != nil {
            items.append(Item(text: "Familiar places: " + (mix.familiarPlaces.isEmpty ? "none." : list(mix.familiarPlaces, names) + ".")))
        }
        return Section(title: "Mix", items: items)
    }

    private static func community(_ structure: CommunityStructure, names: ReportNames) -> Section {
        func figure(_ value: Double) -> String {
            let hundredths = Int((value * 100).rounded())
            return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
        }
        var items = structure.brokers.prefix(listLimit).map { broker in
            Item(text: "Broker: \(names.name(broker.node)) joins \(broker.sectorsJoined.map { $0.rawValue.replacingOccurrences(of: "-", with: " ") }.joined(separator: ", ")) (betweenness \(figure(broker.betweenness))).")
        }
        if structure.brokers.isEmpty { items.append(Item(text: "No broker joins two other sectors.")) }
        for entry in structure.centrality.prefix(listLimit) where entry.betweenness > 0 || entry.degree > 0 {
            items.append(Item(text: "Central: \(names.name(entry.node)) (degree \(figure(entry.degree)), betweenness \(figure(entry.betweenness)))."))
        }
        let sizes = structure.components.map { String($0.count) }
        items.append(Item(text: "Connected parts: \(structure.components.count)" + (structure.components.count > 1 ? " (sizes " + sizes.prefix(listLimit).joined(separator: ", ") + (sizes.count > listLimit ? ", …" : "") + ")." : ".")))
        items.append(Item(text: "Isolated: " + (structure.isolated.isEmpty ? "none." : list(structure.isolated, names) + ".")))
        if let sources = structure.sampledSources {
            items.append(Item(text: "Betweenness is estimated from \(sources) of the map's people and places, chosen at random with a fixed seed (Brandes and Pich, 2007): the map is too large to count every shortest path in seconds."))
        }
        return Section(title: "Who holds the community together", items: items)
    }
}
