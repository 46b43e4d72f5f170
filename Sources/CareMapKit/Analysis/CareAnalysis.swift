/// Everything caremap can say about a map against the six domains of responsive care: the
/// analysis behind `caremap report` and the editor's insights.
///
/// Pure: the same map and day always give the same value. The day is a parameter (the command
/// line passes ``CalendarDate/today(in:now:)``; tests choose one), because "past its review
/// date" must not depend on when a test runs.
///
/// Private nodes are real people and take part in the analysis like any other: a private
/// brother may well be the only tie to a GP. Hiding them is the writer's job, when the analysis
/// is turned into text that may be shared (see `docs/domains.md`).
public struct CareAnalysis: Hashable, Sendable {
    public var subject: NodeID?
    public var today: CalendarDate
    /// Routes to formal care; `nil` for a community map.
    public var formalCare: FormalCareRoutes?
    /// A bridge per current tie between the subject and a provider; empty for a community map.
    public var languageBridges: [LanguageBridge]
    public var domains: [DomainCoverage]
    /// Open actions in map order.
    public var openActions: [ActionID]
    /// Open actions past their review date, earliest review first.
    public var overdueActions: [ActionID]
    public var mix: MapMix
    /// Centrality, components and brokers; `nil` for a map with a subject.
    public var community: CommunityStructure?
    /// What to act on, most urgent first.
    public var findings: [Finding]

    /// Analyses `map` as of `today`; `centrality: false` leaves out the community structure
    /// (betweenness), which the findings never need, so a view can refresh them on every edit.
    ///
    /// A subject that is not a node of the map (only possible in a map with errors) is treated
    /// as no subject.
    ///
    /// - Complexity: O(*n* + *m* log *m* + *a*) for a map with a subject or without centrality;
    ///   O(*n* · *m*) for a community map, for betweenness.
    public init(_ map: CareMap, today: CalendarDate, centrality: Bool = true) {
        let graph = CareGraph(map)
        let subjectIndex = map.subject.flatMap { graph.index[$0] }
        self.subject = subjectIndex.map { graph.ids[$0] }
        self.today = today
        // One search from the subject serves both the routes and what is within their reach.
        let search = subjectIndex.map { (subject: $0, result: graph.breadthFirst(from: $0)) }
        formalCare = search.map { FormalCareRoutes(map, graph: graph, subject: $0.subject, search: $0.result) }
        languageBridges = subjectIndex.map { LanguageBridge.bridges(in: map, graph: graph, subject: $0) } ?? []
        domains = DomainCoverage.coverage(of: map, graph: graph, subject: search.map { ($0.subject, $0.result.distance) })
        openActions = map.actions.values.filter(\.isOpen).map(\.id)
        overdueActions = map.actions.values.filter { $0.isOverdue(on: today) }
            .enumerated().sorted { ($0.element.review!, $0.offset) < ($1.element.review!, $1.offset) }.map(\.element.id)
        mix = MapMix.of(map, subject: subject)
        community = subjectIndex == nil && centrality ? CommunityStructure(map, graph: graph) : nil
        findings = []
        findings = makeFindings(map)
    }

    private func makeFindings(_ map: CareMap) -> [Finding] {
        var findings: [Finding] = []
        if let subject, let care = formalCare {
            if care.routes.isEmpty {
                let others = care.notCurrent.compactMap { map.links[$0].otherEnd(from: subject) }
                let ties = care.notCurrent.map { map.links[$0].id }
                findings.append(Finding(kind: .noFormalCare(notCurrent: ties), nodes: [subject] + others, links: ties))
            }
            for cut in care.singlePointsOfFailure {
                findings.append(Finding(kind: .singlePointOfFailure(cut.nodes[0], cutOff: cut.cutOff), nodes: [subject] + cut.nodes + cut.cutOff, links: []))
            }
            for cut in care.criticalTies {
                let tie = map.links[cut.link!].id
                findings.append(Finding(kind: .criticalTie(cut.nodes[0], cut.nodes[1], link: tie, cutOff: cut.cutOff),
                                        nodes: [subject] + cut.cutOff, links: [tie]))
            }
            for bridge in languageBridges where bridge.kind == .none {
                let tie = map.links[bridge.link].id
                findings.append(Finding(kind: .noLanguageBridge(bridge.provider, link: tie), nodes: [subject, bridge.provider], links: [tie]))
            }
        }
        for id in overdueActions {
            findings.append(Finding(kind: .overdueAction(id), nodes: map.actions[id]?.about ?? [], links: []))
        }
        // An empty map (a workshop template) has every gap; saying so six times helps nobody.
        for coverage in domains where coverage.isGap && !map.nodes.isEmpty {
            findings.append(Finding(kind: .domainGap(coverage.domain), nodes: subject.map { [$0] } ?? [], links: []))
        }
        if let subject, let care = formalCare {
            let failing = Set(care.singlePointsOfFailure.flatMap(\.nodes))
            for cut in care.mediated where !failing.contains(cut.nodes[0]) {
                findings.append(Finding(kind: .mediatedTie(cut.nodes[0], dependents: cut.cutOff), nodes: [subject] + cut.nodes + cut.cutOff, links: []))
            }
        }
        return findings.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element)
    }
}
