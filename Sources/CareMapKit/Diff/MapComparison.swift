/// Two versions of a map compared for a review: the ``MapDiff`` of what was written, and what
/// the analysis says differently — findings that appeared or were resolved, routes to care
/// gained or lost, domain coverage before and after, actions now past review.
///
/// Pure: the same maps and day give the same value. The day matters only to "overdue".
public struct MapComparison: Hashable, Sendable {
    public struct CoverageChange: Hashable, Sendable {
        public var domain: Domain
        public var before: DomainCoverage.Status
        public var after: DomainCoverage.Status
    }

    public var old: CareMap
    public var new: CareMap
    public var diff: MapDiff
    /// Findings of the new version that the old one did not have, in the new order (most urgent
    /// first), and findings of the old one that are gone, in the old order.
    public var appeared: [Finding]
    public var resolved: [Finding]
    /// Routes to formal care of the new version to a service the old one had no route to, and
    /// the other way round; a route is known by its family and the service it reaches.
    public var routesGained: [FormalCareRoutes.Route]
    public var routesLost: [FormalCareRoutes.Route]
    /// Every domain, before and after, in the domains' order.
    public var coverage: [CoverageChange]
    /// Actions open and past review in the new version that were not overdue in the old one.
    public var nowOverdue: [ActionID]

    /// Compares `old` with `new`, judging review dates as of `today`; `withoutPrivateNodes`
    /// compares the maps as they may leave the machine (``CareMap/withoutPrivateNodes()``), for
    /// a redacted diff.
    ///
    /// - Complexity: two analyses (``CareAnalysis/init(_:today:centrality:)``, without
    ///   centrality) and a ``MapDiff``.
    public init(old: CareMap, new: CareMap, today: CalendarDate, withoutPrivateNodes: Bool = false) {
        let old = withoutPrivateNodes ? old.withoutPrivateNodes() : old
        let new = withoutPrivateNodes ? new.withoutPrivateNodes() : new
        self.old = old
        self.new = new
        diff = MapDiff(old, new)
        let before = CareAnalysis(old, today: today, centrality: false)
        let after = CareAnalysis(new, today: today, centrality: false)
        let oldKeys = Set(before.findings.map { $0.identity(in: old) })
        let newKeys = Set(after.findings.map { $0.identity(in: new) })
        appeared = after.findings.filter { !oldKeys.contains($0.identity(in: new)) }
        resolved = before.findings.filter { !newKeys.contains($0.identity(in: old)) }
        let oldRoutes = before.formalCare?.routes ?? []
        let newRoutes = after.formalCare?.routes ?? []
        func place(_ route: FormalCareRoutes.Route) -> [String] { [route.family.rawValue, route.target.rawValue] }
        routesGained = newRoutes.filter { route in !oldRoutes.contains { place($0) == place(route) } }
        routesLost = oldRoutes.filter { route in !newRoutes.contains { place($0) == place(route) } }
        coverage = Domain.allCases.map { domain in
            CoverageChange(
                domain: domain,
                before: before.domains.first { $0.domain == domain }?.status ?? .notMet,
                after: after.domains.first { $0.domain == domain }?.status ?? .notMet
            )
        }
        nowOverdue = after.overdueActions.filter { !before.overdueActions.contains($0) }
    }

    /// Whether nothing was written differently; the analysis can only differ when this is false.
    public var isEmpty: Bool { diff.isEmpty }
}

extension Finding {
    /// What the finding says with every node called by its id: the same in two versions when it
    /// says the same thing, however the people in it were renamed and the ties renumbered.
    func identity(in map: CareMap) -> String {
        kindName + ": " + sentence(in: map, name: \.rawValue, text: { $0 }, isHidden: { _ in false }).message
    }
}
