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
    ///   betweenness's for a community map (see ``CareGraph/betweenness()``).
    public init(_ map: CareMap, today: CalendarDate, centrality: Bool = true) {
        let graph = CareGraph(map)
        let subjectIndex = map.subject.flatMap { graph.index[$0] }
        self.subject = subjectIndex.map { graph.ids[$0] }
        self.today = today
        let care = subjectIndex.map { FormalCareRoutes(map, graph: graph, subject: $0) }
        formalCare = care
        languageBridges = subjectIndex.map { LanguageBridge.bridges(in: map, graph: graph, subject: $0) } ?? []
        var reach: CommunityReach?
        if let subjectIndex, let care {
            let distance = graph.breadthFirst(from: subjectIndex).distance
            domains = DomainCoverage.assess(map, graph: graph, subject: subjectIndex, reach: distance, routes: care, bridges: languageBridges)
        } else {
            let whole = CommunityReach(map, graph: graph)
            reach = whole
            domains = DomainCoverage.assess(community: map, graph: graph, reach: whole)
        }
        openActions = map.actions.values.filter(\.isOpen).map(\.id)
        overdueActions = map.actions.values.filter { $0.isOverdue(on: today) }
            .enumerated().sorted { ($0.element.review!, $0.offset) < ($1.element.review!, $1.offset) }.map(\.element.id)
        mix = MapMix.of(map, subject: subject)
        community = subjectIndex == nil && centrality ? CommunityStructure(map, graph: graph) : nil
        let subjectID = subjectIndex.map { graph.ids[$0] }
        var found = Finding.interpreting(in: map) + Finding.barriers(in: map)
        if let subjectID, let care { found += Finding.routes(care, subject: subjectID, map: map, graph: graph, bridges: languageBridges) }
        if let reach { found += Finding.community(map, graph: graph, reach: reach) }
        found += overdueActions.map { Finding(kind: .overdueAction($0), nodes: map.actions[$0]?.about ?? [], links: []) }
        // An empty map (a workshop template) has every gap; saying so six times helps nobody.
        if !map.nodes.isEmpty {
            found += domains.filter(\.isGap).map { Finding(kind: .domainNotMet($0.domain), nodes: subjectID.map { [$0] } ?? [], links: []) }
        }
        findings = found.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element)
    }
}
