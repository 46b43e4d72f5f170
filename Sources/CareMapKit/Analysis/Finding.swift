/// Something a map says that a clinician or facilitator can act on, with the nodes and ties
/// it is about so a view can highlight them.
///
/// Findings carry ids (``LinkID`` for ties, never an index into ``CareMap/links``), never names: the words are made by
/// ``sentence(in:name:text:)`` (Finding+Wording.swift), which takes the naming from the caller,
/// so a report can mask private people and make names safe for its medium.
public struct Finding: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// The subject has no current route to any formal-health node.
        case noFormalCare(notCurrent: [LinkID])
        /// Losing this go-between cuts the subject off from all formal care.
        case singlePointOfFailure(NodeID, cutOff: [NodeID])
        /// Losing the tie between these two cuts the subject off from all formal care.
        case criticalTie(NodeID, NodeID, link: LinkID, cutOff: [NodeID])
        /// The subject and this provider have no language bridge on the tie `link`.
        case noLanguageBridge(NodeID, link: LinkID)
        /// An open action whose review date has passed.
        case overdueAction(ActionID)
        /// Nothing on the map serves this domain.
        case domainGap(Domain)
        /// Some routes to formal care depend on this one go-between alone.
        case mediatedTie(NodeID, dependents: [NodeID])
    }

    public var kind: Kind
    /// The nodes to highlight.
    public var nodes: [NodeID]
    /// The links to highlight.
    public var links: [LinkID]

    /// How urgent the finding is, 0 most; findings are listed in this order.
    public var rank: Int {
        switch kind {
        case .noFormalCare: 0
        case .singlePointOfFailure: 1
        case .criticalTie: 2
        case .noLanguageBridge: 3
        case .overdueAction: 4
        case .domainGap: 5
        case .mediatedTie: 6
        }
    }

    /// A stable word for the kind, used as the `kind` of the JSON report.
    public var kindName: String {
        switch kind {
        case .noFormalCare: "no-formal-care"
        case .singlePointOfFailure: "single-point-of-failure"
        case .criticalTie: "critical-tie"
        case .noLanguageBridge: "no-language-bridge"
        case .overdueAction: "overdue-action"
        case .domainGap: "domain-gap"
        case .mediatedTie: "mediated-tie"
        }
    }
}
