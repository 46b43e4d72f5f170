import CareMapKit
import Foundation

/// The report as JSON for scripts: the schema in `docs/domains.md`, written by Foundation's
/// encoder with sorted keys, so the same map and day always give the same bytes.
///
/// Nodes are referred to as `{"id", "name"}`; a private node as `{"name": "Private",
/// "private": true}`, with no id.
enum JSONReport {
    static func render(_ map: CareMap, _ analysis: CareAnalysis, since: JSONDiff.Document? = nil) -> String {
        let names = ReportNames(map, escape: { $0 })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(Document(map, analysis, names, since: since))
        } catch {
            // Strings, integers, booleans and finite numbers only: encoding cannot fail.
            preconditionFailure("a report always encodes: \(error)")
        }
        return JSONExporter.escapingHidden(String(decoding: data, as: UTF8.self)) + "\n"
    }

    struct Ref: Encodable {
        let id: String?
        let name: String
        let `private`: Bool?

        init(_ id: NodeID, _ names: ReportNames) {
            let hidden = names.map.nodes[id]?.isPrivate == true
            self.id = hidden ? nil : id.rawValue
            name = names.name(id)
            `private` = hidden ? true : nil
        }
    }

    struct Document: Encodable {
        let format = "caremap-report"
        let version = 2
        let title: String
        let today: String
        let subject: Ref?
        let findings: [FindingEntry]
        let formalCare: FormalCare?
        let languageBridges: [Bridge]?
        let domains: [DomainEntry]
        let actions: Actions
        let mix: Mix
        let community: Community?
        /// What changed since an earlier version (`--since`), as `caremap diff --format json` writes it.
        let sinceLastReview: JSONDiff.Document?

        init(_ map: CareMap, _ analysis: CareAnalysis, _ names: ReportNames, since: JSONDiff.Document?) {
            sinceLastReview = since
            title = map.title
            today = analysis.today.description
            subject = analysis.subject.map { Ref($0, names) }
            findings = analysis.findings.map { finding in
                let words = finding.sentence(in: map, name: names.name, text: { $0 }, isHidden: names.isHidden)
                return FindingEntry(kind: finding.kindName, message: words.message, why: finding.why, suggestion: words.suggestion,
                                    nodes: finding.nodes.map { Ref($0, names) })
            }
            formalCare = analysis.formalCare.map { FormalCare($0, map: map, subject: analysis.subject, names) }
            languageBridges = analysis.subject == nil ? nil : analysis.languageBridges.map { Bridge($0, names) }
            domains = analysis.domains.map { coverage in
                DomainEntry(domain: coverage.domain.rawValue, title: coverage.domain.title, status: coverage.status.rawValue,
                            reason: coverage.domain.reason(coverage.basis, community: analysis.subject == nil),
                            nodes: coverage.nodes.map { Ref($0, names) },
                            suggestion: coverage.isGap ? coverage.domain.suggestion : nil)
            }
            actions = Actions(map, analysis, names)
            mix = Mix(analysis.mix, names)
            community = analysis.community.map { Community($0, names) }
        }
    }

    struct FindingEntry: Encodable {
        let kind: String
        let message: String
        let why: String
        let suggestion: String
        let nodes: [Ref]
    }

    struct FormalCare: Encodable {
        struct Route: Encodable { let target: Ref; let family: String; let path: [Ref] }
        struct NotCurrent: Encodable { let node: Ref; let family: String; let status: String }
        struct Cut: Encodable { let node: Ref; let family: String; let cutOff: [Ref]; let routes: Int; let everyRoute: Bool }
        let routes: [Route]
        let notCurrent: [NotCurrent]
        let goBetweens: [Cut]

        init(_ care: FormalCareRoutes, map: CareMap, subject: NodeID?, _ names: ReportNames) {
            routes = care.routes.map { Route(target: Ref($0.target, names), family: $0.family.rawValue, path: $0.path.map { Ref($0, names) }) }
            notCurrent = care.families.flatMap { family in
                family.notCurrent.map { index in
                    let link = map.links[index]
                    return NotCurrent(node: Ref(link.otherEnd(from: subject ?? link.from) ?? link.to, names), family: family.family.rawValue,
                                      status: link.status?.rawValue ?? "current")
                }
            }
            goBetweens = care.families.flatMap(\.goBetweens).map { cut in
                Cut(node: Ref(cut.node, names), family: cut.family.rawValue, cutOff: cut.cutOff.map { Ref($0, names) },
                    routes: cut.routes, everyRoute: cut.isEveryRoute)
            }
        }
    }

    struct Bridge: Encodable {
        let provider: Ref
        /// `tie-language`, `shared-language`, `go-between`, `unrecorded` or `none`.
        let bridge: String
        let language: String?
        let through: Ref?
        /// Who carries the language, for a go-between: ``LanguageBridge/Carrier``'s word.
        let carrier: String?

        init(_ bridge: LanguageBridge, _ names: ReportNames) {
            provider = Ref(bridge.provider, names)
            if case .goBetween(let id) = bridge.kind, let node = names.map.nodes[id] {
                carrier = LanguageBridge.carrier(node).rawValue
            } else {
                carrier = nil
            }
            switch bridge.kind {
            case .tieLanguage(let tag): (self.bridge, language, through) = ("tie-language", tag.rawValue, nil)
            case .sharedLanguage(let tag): (self.bridge, language, through) = ("shared-language", tag.rawValue, nil)
            case .goBetween(let id): (self.bridge, language, through) = ("go-between", nil, Ref(id, names))
            case .none: (self.bridge, language, through) = ("none", nil, nil)
            case .unrecorded: (self.bridge, language, through) = ("unrecorded", nil, nil)
            }
        }
    }

    struct DomainEntry: Encodable {
        let domain: String
        let title: String
        /// `met`, `partly` or `not-met`.
        let status: String
        let reason: String
        let nodes: [Ref]
        let suggestion: String?
    }

    struct Actions: Encodable {
        struct Entry: Encodable {
            let id: String?
            let text: String?
            let owner: String?
            let review: String?
            let about: [Ref]?
            let overdue: Bool
            let `private`: Bool?
        }
        let open: [Entry]
        let overdue: Int
        let done: Int
        let dropped: Int

        init(_ map: CareMap, _ analysis: CareAnalysis, _ names: ReportNames) {
            let overdue = Set(analysis.overdueActions)
            open = analysis.openActions.compactMap { map.actions[$0] }.map { action in
                let hidden = names.isHidden(action)
                return Entry(id: hidden ? nil : action.id.rawValue, text: hidden ? nil : action.text,
                             owner: hidden || action.owner.isEmpty ? nil : action.owner, review: action.review?.description,
                             about: hidden || action.about.isEmpty ? nil : action.about.map { Ref($0, names) },
                             overdue: overdue.contains(action.id), private: hidden ? true : nil)
            }
            self.overdue = overdue.count
            done = map.actions.values.filter { $0.status == .done }.count
            dropped = map.actions.values.filter { $0.status == .dropped }.count
        }
    }

    struct Mix: Encodable {
        let sectors: [String: Int]
        let kinds: [String: Int]
        let strengths: [String: Int]
        let stressful: Int
        let mixed: Int
        let ties: Int
        let familiarPlaces: [Ref]

        init(_ mix: MapMix, _ names: ReportNames) {
            sectors = Dictionary(uniqueKeysWithValues: mix.sectors.map { ($0.key.rawValue, $0.value) })
            kinds = Dictionary(uniqueKeysWithValues: mix.kinds.map { ($0.key.rawValue, $0.value) })
            strengths = Dictionary(uniqueKeysWithValues: mix.strengths.map { ($0.key.rawValue, $0.value) } + [("unrated", mix.unratedStrength)])
            stressful = mix.stressful
            self.mixed = mix.mixed
            ties = mix.ties
            familiarPlaces = mix.familiarPlaces.map { Ref($0, names) }
        }
    }

    struct Community: Encodable {
        struct Entry: Encodable {
            let node: Ref
            let degree: Double
            let betweenness: Double
            let sectorsJoined: [String]
        }
        let centrality: [Entry]
        let brokers: [Entry]
        let components: [Int]
        let isolated: [Ref]
        /// How many sources betweenness was estimated from; absent when it is exact.
        let betweennessSampledSources: Int?

        init(_ structure: CommunityStructure, _ names: ReportNames) {
            betweennessSampledSources = structure.sampledSources
            /// Six decimal places: enough to rank, and the same text on every platform.
            func rounded(_ value: Double) -> Double { (value * 1_000_000).rounded() / 1_000_000 }
            let entry = { (c: CommunityStructure.Centrality) in
                Entry(node: Ref(c.node, names), degree: rounded(c.degree), betweenness: rounded(c.betweenness),
                      sectorsJoined: c.sectorsJoined.map(\.rawValue))
            }
            centrality = structure.centrality.map(entry)
            brokers = structure.brokers.map(entry)
            components = structure.components.map(\.count)
            isolated = structure.isolated.map { Ref($0, names) }
        }
    }
}
