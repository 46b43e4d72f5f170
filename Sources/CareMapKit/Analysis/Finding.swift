/// Something a map says that a clinician or facilitator can act on, with the nodes and ties
/// it is about so a view can highlight them.
///
/// Findings carry ids (``LinkID`` for ties, never an index into ``CareMap/links``), never names: the words are made by
/// ``sentence(in:name:text:isHidden:)`` (Finding+Wording.swift), which takes the naming from
/// the caller, so a report can mask private people and make names safe for its medium.
public struct Finding: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// The subject has no current route to any formal health care.
        case noFormalCare(notCurrent: [LinkID])
        /// A child or a family member interprets for someone, or is the go-between of a tie to
        /// health care: the tie `link`, between `interpreter` and `person`.
        case informalInterpreter(NodeID, for: NodeID, link: LinkID, carrier: LanguageBridge.Carrier)
        /// Every one of the subject's `routes` routes to this family depends on this go-between.
        case singlePointOfFailure(NodeID, family: ServiceFamily, routes: Int)
        /// The subject is tied to this family only by past or hoped-for ties.
        case noRouteToFamily(ServiceFamily, notCurrent: [LinkID])
        /// The subject and this provider have no language bridge on the tie `link`.
        case noLanguageBridge(NodeID, link: LinkID)
        /// A barrier recorded on a node or on the tie `link`.
        case barrier(Barrier, node: NodeID?, link: LinkID?)
        /// The subject's tie `link` to a service is stressful, mixed, or not trusted.
        case strainedTie(NodeID, link: LinkID)
        /// An open action whose review date has passed.
        case overdueAction(ActionID)
        /// The map does not meet this domain.
        case domainNotMet(Domain)
        /// Some, not all, of the subject's `routes` routes to this family depend on this go-between.
        case mediatedTie(NodeID, family: ServiceFamily, routes: Int, dependents: [NodeID])
        /// A part of a community map with no current tie to any health service.
        case noHealthTie(component: [NodeID])
        /// Some organisation's loss would cut these groups off from every health service.
        case organisationCut(NodeID, groups: [NodeID])
        /// People speak this language, and no interpreter or bilingual worker who speaks it
        /// reaches them.
        case unreachedLanguage(LanguageTag, speakers: [NodeID])
        /// A health service no one on the map has a current tie to, but other services.
        case unreachedService(NodeID)
    }

    public var kind: Kind
    /// The nodes to highlight.
    public var nodes: [NodeID]
    /// The links to highlight.
    public var links: [LinkID]

    public init(kind: Kind, nodes: [NodeID], links: [LinkID]) {
        self.kind = kind
        self.nodes = nodes
        self.links = links
    }

    /// How urgent the finding is, 0 most; findings are listed in this order.
    public var rank: Int {
        switch kind {
        case .noFormalCare, .noHealthTie: 0
        case .informalInterpreter: 1
        case .singlePointOfFailure, .organisationCut: 2
        case .noRouteToFamily: 3
        case .noLanguageBridge, .unreachedLanguage: 4
        case .barrier: 5
        case .strainedTie: 6
        case .overdueAction: 7
        case .domainNotMet, .unreachedService: 8
        case .mediatedTie: 9
        }
    }

    /// A stable word for the kind, used as the `kind` of the JSON report.
    public var kindName: String {
        switch kind {
        case .noFormalCare: "no-formal-care"
        case .informalInterpreter(_, _, _, let carrier): carrier == .child ? "child-interpreting" : "family-interpreting"
        case .singlePointOfFailure: "single-point-of-failure"
        case .noRouteToFamily: "no-route-to-service"
        case .noLanguageBridge: "no-language-bridge"
        case .barrier: "barrier"
        case .strainedTie: "strained-tie"
        case .overdueAction: "overdue-action"
        case .domainNotMet: "domain-not-met"
        case .mediatedTie: "mediated-tie"
        case .noHealthTie: "no-health-tie"
        case .organisationCut: "organisation-cut"
        case .unreachedLanguage: "unreached-language"
        case .unreachedService: "unreached-service"
        }
    }
}
