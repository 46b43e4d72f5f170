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
        subtitle = "\(who) · \(Self.count(map.nodes.count, "person or place", "people and places")), "
            + "\(Self.count(map.links.count, "tie", "ties")) · as of \(analysis.today)"
        findings = analysis.findings.map { finding in
            let words = finding.sentence(in: map, name: names.name, text: names.escape, isHidden: names.isHidden)
            return Item(text: words.message, detail: ["Suggested: " + words.suggestion])
        }
        sections = []
        if let care = analysis.formalCare, let subject = analysis.subject {
            sections.append(Self.routes(care, map: map, subject: subject, names: names))
            sections.append(Self.goBetweens(care, map: map, subject: subject, names: names))
            sections.append(Self.languages(analysis.languageBridges, names: names))
        }
        if let community = analysis.community { sections.append(Self.community(community, names: names)) }
        sections.append(Self.domains(analysis.domains, names: names))
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
        var items = care.routes.map { route in
            Item(text: names.name(route.target) + ": " + route.path.map(names.name).joined(separator: " → "))
        }
        if items.isEmpty { items.append(Item(text: "No current route to any formal health care.")) }
        for index in care.notCurrent {
            let link = map.links[index]
            let other = link.otherEnd(from: subject) ?? link.to
            items.append(Item(text: "Not a route: a \(link.status == .past ? "past" : "hoped-for") tie to \(names.name(other))."))
        }
        return Section(title: "Routes to formal care", items: items)
    }

    private static func goBetweens(_ care: FormalCareRoutes, map: CareMap, subject: NodeID, names: ReportNames) -> Section {
        var items = care.mediated.map { cut in
            let all = care.singlePointsOfFailure.contains(cut) ? " (every route)" : ""
            return Item(text: "\(names.name(cut.nodes[0])): \(count(cut.cutOff.count, "route", "routes"))\(all) to \(list(cut.cutOff, names))")
        }
        for link in map.links where link.isCurrent {
            guard let via = link.via, let other = link.otherEnd(from: subject) else { continue }
            items.append(Item(text: "The tie to \(names.name(other)) exists through \(names.name(via))."))
        }
        if items.isEmpty { items.append(Item(text: "No route to formal care rests on one go-between.")) }
        return Section(title: "Go-betweens", items: items)
    }

    private static func languages(_ bridges: [LanguageBridge], names: ReportNames) -> Section {
        var items = bridges.map { bridge in
            let how = switch bridge.kind {
            case .tieLanguage(let tag): "they use \(tag)"
            case .sharedLanguage(let tag): "both speak \(tag)"
            case .goBetween(let id): "through \(names.name(id))"
            case .none: "no bridge"
            case .unrecorded: "languages not recorded"
            }
            return Item(text: names.name(bridge.provider) + ": " + how)
        }
        if items.isEmpty { items.append(Item(text: "No current tie to a provider.")) }
        return Section(title: "Language bridges", items: items)
    }

    private static func domains(_ coverage: [DomainCoverage], names: ReportNames) -> Section {
        Section(title: "Domains of responsive care", items: coverage.map { entry in
            guard !entry.isGap else { return Item(text: "\(entry.domain.title): gap.") }
            var parts: [String] = []
            if !entry.nodes.isEmpty { parts.append(list(entry.nodes, names)) }
            if !entry.links.isEmpty { parts.append(count(entry.links.count, "tagged tie", "tagged ties")) }
            return Item(text: "\(entry.domain.title): " + parts.joined(separator: "; ") + ".")
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
            items.append(Item(text: late + names.escape(action.text) + (facts.isEmpty ? "" : " (" + facts.joined(separator: "; ") + ")") + " · id \(id)"))
        }
        return Section(title: "Actions", items: items)
    }

    private static func mix(_ mix: MapMix, subject: NodeID?, names: ReportNames) -> Section {
        let sectors = Sector.allCases.map { "\($0.rawValue.replacingOccurrences(of: "-", with: " ")) \(mix.sectors[$0] ?? 0)" }
        let kinds = [count(mix.kinds[.person] ?? 0, "person", "people"), count(mix.kinds[.place] ?? 0, "place", "places"),
                     count(mix.kinds[.group] ?? 0, "group", "groups")]
        let strengths = Strength.allCases.map { "\(mix.strengths[$0] ?? 0) \($0.rawValue)" } + ["\(mix.unratedStrength) not rated"]
        let whose = subject.map { names.name($0) + "'s current ties" } ?? "Current ties"
        var items = [
            Item(text: "By sector: " + sectors.joined(separator: ", ") + "."),
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
        return Section(title: "Who holds the community together", items: items)
    }
}
