import CareMapKit
import Foundation
import PropertyBased
import Testing

@Suite struct ExportRedactionTests {
    @Test func namesBecomePseudonymsAndIdsFollowThem() {
        let redacted = ExportFixtures.amira.redacted()
        #expect(redacted.nodes.values.map(\.id) == ["service-user", "family-member-1", "interpreter-1", "gp-surgery-1", "charity-1", "group-1"])
        #expect(redacted.nodes.values.map(\.name) == ["Service user", "Family member 1", "Interpreter 1", "GP surgery 1", "Charity 1", "Group 1"])
        #expect(redacted.subject == "service-user")
        #expect(redacted.links.map { [$0.from, $0.to] } == [
            ["service-user", "gp-surgery-1"], ["interpreter-1", "service-user"], ["service-user", "family-member-1"],
            ["service-user", "charity-1"], ["service-user", "group-1"], ["family-member-1", "interpreter-1"],
        ])
        #expect(redacted.links[0].via == "interpreter-1")
        #expect(redacted.links[5].via == nil, "the go-between was private")
    }

    @Test func freeTextIsRemovedAndWhatResearchNeedsIsKept() {
        let original = ExportFixtures.amira
        let redacted = original.redacted()
        #expect(redacted.title.isEmpty && redacted.notes.isEmpty)
        #expect(redacted.nodes.values.allSatisfy { $0.notes.isEmpty && $0.extra.isEmpty && $0.comments.isEmpty })
        #expect(redacted.links.allSatisfy { $0.label.isEmpty && $0.notes.isEmpty && $0.reportedBy.isEmpty && $0.extra.isEmpty })
        let kept = original.withoutPrivateNodes()
        #expect(redacted.nodes.values.map(\.role) == kept.nodes.values.map(\.role))
        #expect(redacted.nodes.values.map(\.sector) == kept.nodes.values.map(\.sector))
        #expect(redacted.nodes.values.map(\.languages) == kept.nodes.values.map(\.languages))
        #expect(redacted.nodes.values.map(\.ring) == kept.nodes.values.map(\.ring))
        #expect(redacted.nodes.values.map(\.domains) == kept.nodes.values.map(\.domains))
        #expect(redacted.links.map(\.strength) == kept.links.map(\.strength))
        #expect(redacted.links.map(\.quality) == kept.links.map(\.quality))
        #expect(redacted.links.map(\.status) == kept.links.map(\.status))
        #expect(redacted.links.map(\.support) == kept.links.map(\.support))
        #expect(redacted.links.map(\.modes) == kept.links.map(\.modes))
        #expect(redacted.links.map(\.direction) == kept.links.map(\.direction))
        #expect(redacted.links.map(\.domains) == kept.links.map(\.domains))
    }

    @Test func anUnknownRoleIsFreeTextAndIsDropped() {
        let map = CareMap(nodes: [Node(id: "omar", kind: .person, name: "Omar", role: Role("omars-uncle"), languages: [LanguageTag("Omar's")])])
        let node = map.redacted().nodes.values.first
        #expect(node?.role == nil)
        #expect(node?.languages == [])
        #expect(node?.name == "Person 1")
    }

    /// Every four-letter piece of the words in the original's free text, and its ids, less what
    /// the vocabulary every export writes anyway contains ("back" is in `backward`).
    static func secrets(of map: CareMap) -> Set<String> {
        var texts = [map.title] + map.notes + map.headerComments + map.trailingComments
        for node in map.nodes.values {
            texts += [node.name, node.notes, node.role.map(\.rawValue) ?? ""] + node.comments + Array(node.extra.values)
        }
        for link in map.links { texts += [link.label, link.notes, link.reportedBy] + link.comments + Array(link.extra.values) }
        for action in map.actions.values {
            texts += [action.text, action.owner, action.notes] + action.comments + Array(action.extra.values)
        }
        let words = texts.flatMap { $0.split { !$0.isLetter && !$0.isNumber }.map(Array.init) }
        let pieces = words.flatMap { word in word.count < 4 ? [] : (0...(word.count - 4)).map { String(word[$0..<($0 + 4)]) } }
        let ids = (map.nodes.keys.map(\.rawValue) + map.actions.keys.map(\.rawValue)).filter { $0.count >= 4 }
        return Set((pieces + ids).filter { !vocabulary.contains($0.lowercased()) })
    }

    static let vocabulary: String = {
        var words: [String] = Role.vocabulary.map(\.rawValue) + ["backward", "forward", "person", "place", "group", "service user"]
        words += Sector.allCases.map(\.rawValue) + Domain.allCases.map(\.rawValue) + Strength.allCases.map(\.rawValue)
        words += Quality.allCases.map(\.rawValue) + LinkStatus.allCases.map(\.rawValue) + SupportType.allCases.map(\.rawValue)
        words += ContactMode.allCases.map(\.rawValue) + ActionStatus.allCases.map(\.rawValue)
        // The words exports write for structure and style ("dashed", "hexagon"), from a map
        // with no free text at all.
        words += (Interchange.exports(CareMap()) + Interchange.exports(withAnAction.redacted())).map(\.text)
        return words.joined(separator: " ").lowercased()
    }()

    /// The fixture with one action about the subject, whose words are all secrets.
    static let withAnAction: CareMap = {
        var map = ExportFixtures.amira
        map.actions[ActionID("ring-okafor")] = CareAction(
            id: "ring-okafor", text: "Ring Dr Okafor about Amira's interpreter", about: ["amira", "hassan"], owner: "Grace Mensah",
            review: CalendarDate("2026-12-01"), status: .open, domains: [.communication], notes: "Hassan is away in January.",
            extra: ["priority": "urgent"], comments: ["agreed with Amira"]
        )
        return map
    }()

    @Test func actionsKeepStatusReviewDomainsAndAboutButNoWords() throws {
        let redacted = Self.withAnAction.redacted()
        let action = try #require(redacted.actions.values.first)
        let original = try #require(Self.withAnAction.actions.values.first)
        #expect(redacted.actions.count == 1)
        #expect(action.id == "action-1")
        #expect(action.text == "Action 1")
        #expect(action.about == ["service-user", "interpreter-1"], "the ids follow the nodes' new ids")
        #expect(action.owner.isEmpty && action.notes.isEmpty && action.extra.isEmpty && action.comments.isEmpty)
        #expect(action.review == original.review && action.status == original.status && action.domains == original.domains)
        #expect(redacted.problems().filter { $0.severity == .error }.isEmpty)
    }

    @Test func noNameNoteLabelCommentTitleOrIdReachesAnyRedactedExport() async {
        await propertyCheck(count: 200, input: Gen.uint64(in: 0 ... .max)) { seed in
            let map = RandomMap.make(seed: seed)
            let secrets = Self.secrets(of: map)
            for (format, text) in Interchange.exports(map.redacted()) {
                let leaks = secrets.filter { text.contains($0) }
                #expect(leaks.isEmpty, "seed \(seed), \(format): \(leaks.sorted())")
            }
        }
    }

    @Test func theSecretsAreThereBeforeRedaction() {
        let secrets = Self.secrets(of: Self.withAnAction.withoutPrivateNodes())
        #expect(secrets.isSuperset(of: ["Amir", "mira", "Hass", "ssan", "Rive", "ointment".prefix(4).description, "womens-group", "Okaf", "rgen", "ring-okafor"]))
        for (format, text) in Interchange.exports(Self.withAnAction) where !["csv links", "csv actions"].contains(format) {
            #expect(text.contains("Hassan"), "\(format)")
        }
        #expect(Interchange.exports(Self.withAnAction).first { $0.format == "csv actions" }?.text.contains("Okafor") == true)
    }
}
