/// How far a map meets one of the six domains of responsive care, judged on what the review
/// means rather than on whether a role is present. Each test is written in `docs/domains.md`
/// beside the review's own words.
public struct DomainCoverage: Hashable, Sendable {
    public enum Status: String, CaseIterable, Hashable, Sendable {
        case met, partly
        case notMet = "not-met"

        /// The status in a sentence: `met`, `partly`, `not met`.
        public var words: String { self == .notMet ? "not met" : rawValue }
    }

    /// Which of the test's sentences applies (worded by ``Domain/reason(_:)``).
    public enum Basis: Hashable, Sendable {
        /// The test holds, shown by ``DomainCoverage/nodes``.
        case holds
        /// Part of it holds: the first half of the test (a trusted community tie, formal
        /// services, familiar places, some ties bridged, an informed node, someone in reach).
        case firstHalf
        /// The other part holds (non-traditional providers only; ties bridged only by family).
        case secondHalf
        /// The test holds, but something the review warns against happens too: a child or a
        /// family member interprets for the person.
        case undermined
        /// On a community map, the test holds for some but leaves others out, who are
        /// ``DomainCoverage/nodes``: groups with no path to formal care at all, or speakers
        /// of a language no interpreter or bilingual worker carries to the services.
        case leftOut
        /// Nothing on the map meets it.
        case nothing
    }

    public var domain: Domain
    public var status: Status
    public var basis: Basis
    /// The nodes that show it, in map order.
    public var nodes: [NodeID]

    public init(domain: Domain, status: Status, basis: Basis, nodes: [NodeID]) {
        self.domain = domain
        self.status = status
        self.basis = basis
        self.nodes = nodes
    }

    /// The domain is not met at all.
    public var isGap: Bool { status == .notMet }

    static func met(_ domain: Domain, _ nodes: [NodeID]) -> DomainCoverage { .init(domain: domain, status: .met, basis: .holds, nodes: nodes) }
    static func partly(_ domain: Domain, _ basis: Basis, _ nodes: [NodeID]) -> DomainCoverage {
        .init(domain: domain, status: .partly, basis: basis, nodes: nodes)
    }
    static func notMet(_ domain: Domain) -> DomainCoverage { .init(domain: domain, status: .notMet, basis: .nothing, nodes: []) }
}
