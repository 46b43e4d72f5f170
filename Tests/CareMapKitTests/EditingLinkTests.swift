import CareMapKit
import Testing

@Suite struct EditingLinkTests {
    @Test func addLinkAppendsAndReturnsTheNewID() throws {
        var map = editingMap()
        let id = try map.addLink(Link(from: "karim", to: "hassan", label: "cousins", via: "amira"))
        #expect(map.links[3].id == id)
        #expect(map.link(id)?.label == "cousins")
    }

    @Test func addLinkRefusals() {
        let map = editingMap()
        #expect(refusal(map) { try $0.addLink(Link(from: "amira", to: "gp")) } == "no node with id 'gp'")
        #expect(refusal(map) { try $0.addLink(Link(from: "hasan", to: "amira")) } == "no node with id 'hasan'; did you mean 'hassan'?")
        #expect(refusal(map) { try $0.addLink(Link(from: "amira", to: "amira")) } == "'amira' cannot be tied to itself")
        #expect(refusal(map) { try $0.addLink(Link(from: "amira", to: "karim", via: "hasan")) }
            == "via 'hasan', which is not a node in this map; did you mean 'hassan'?")
        #expect(refusal(map) { try $0.addLink(Link(from: "amira", to: "karim", via: "karim")) }
            == "via 'karim' is one of the tie's own ends; a go-between is a third node")
        #expect(refusal(map) { try $0.addLink(Link(from: "amira", to: "karim", language: LanguageTag("a"))) }
            == "malformed language tag 'a'; use a BCP 47 tag such as 'ar', 'prs' or 'en-GB'")
    }

    @Test func removeLinkLeavesTheOthersTheirIDs() throws {
        var map = editingMap()
        let ids = map.links.map(\.id)
        let removed = try map.removeLink(ids[0])
        #expect(removed.label == "registered with")
        #expect(map.links.map(\.label) == ["interprets for", ""])
        #expect(map.links.map(\.id) == [ids[1], ids[2]])
        #expect(refusal(map) { try $0.removeLink(ids[0]) } == "no tie #0 in this map; it may have been deleted")
    }

    @Test func anAddedLinkNeverTakesARemovedLinksID() throws {
        var map = editingMap()
        let last = map.links[2].id
        try map.removeLink(last)
        let added = try map.addLink(Link(from: "amira", to: "karim"))
        #expect(added != last)
        #expect(map.link(added)?.to == "karim")
        #expect(map.link(last) == nil)
        #expect(map.invariantViolations().isEmpty)
    }

    @Test func idsAreIdentityNotContent() throws {
        var map = editingMap()
        let saved = map
        try map.removeLink(map.links[2].id)
        try map.addLink(saved.links[2])
        #expect(map.links.last?.id != saved.links[2].id)
        #expect(map == saved)
    }

    @Test func linksThatDifferOnlyInTrustOrBarriersAreNotEqual() {
        let tie = Link(from: "amira", to: "housing")
        #expect(tie != Link(from: "amira", to: "housing", trust: .distrusted))
        #expect(tie != Link(from: "amira", to: "housing", barriers: [.cost]))
        #expect(tie == Link(from: "amira", to: "housing"))
    }

    @Test func updateLinkChangesAttributes() throws {
        var map = editingMap()
        try map.updateLink(map.links[2].id) { link in
            link.quality = .mixed
            link.modes = [.phone]
        }
        #expect(map.links[2].quality == .mixed)
        #expect(map.links[2].modes == [.phone])
    }

    @Test func updateLinkChecksChangedEndsAndVia() {
        let map = editingMap()
        let ids = map.links.map(\.id)
        #expect(refusal(map) { try $0.updateLink(ids[2]) { $0.to = "amira" } } == "'amira' cannot be tied to itself")
        #expect(refusal(map) { try $0.updateLink(ids[2]) { $0.to = "karin" } } == "no node with id 'karin'; did you mean 'karim'?")
        #expect(refusal(map) { try $0.updateLink(ids[2]) { $0.via = "amira" } }
            == "via 'amira' is one of the tie's own ends; a go-between is a third node")
        #expect(refusal(map) { try $0.updateLink(ids[2]) { $0.via = "nobody" } } == "via 'nobody', which is not a node in this map")
        #expect(refusal(map) { try $0.updateLink(ids[0]) { $0.to = "hassan" } }
            == "via 'hassan' is one of the tie's own ends; a go-between is a third node")
        #expect(refusal(map) { try $0.updateLink(LinkID(rawValue: 3)) { $0.label = "x" } } == "no tie #3 in this map; it may have been deleted")
        #expect(refusal(map) { try $0.updateLink(ids[1]) { $0.language = LanguageTag("-") } }
            == "malformed language tag '-'; use a BCP 47 tag such as 'ar', 'prs' or 'en-GB'")
    }

    @Test func updateLinkLeavesAWarningAlone() throws {
        var map = editingMap()
        map.links[2].via = "karim"
        try map.updateLink(map.links[2].id) { $0.strength = .tenuous }
        #expect(map.links[2].strength == .tenuous)
    }

    @Test func editErrorsNameTheAttributeAtFault() {
        #expect(EditError.viaIsAnEnd("a").attribute == "via")
        #expect(EditError.noSuchVia("a", suggestion: nil).attribute == "via")
        #expect(EditError.invalid(MapProblem(.ringOutOfRange("a", 5), at: .node("a", attribute: "ring"))).attribute == "ring")
        #expect(EditError.selfLink("a").attribute == nil)
    }

    @Test func linksBetweenTwoNodesEitherWayRound() throws {
        var map = editingMap()
        try map.addLink(Link(from: "amira", to: "hassan", label: "friends"))
        #expect(map.linkIDs(between: "amira", and: "hassan") == [map.links[1].id, map.links[3].id])
        #expect(map.linkIDs(between: "hassan", and: "amira") == [map.links[1].id, map.links[3].id])
        #expect(map.linkIDs(between: "karim", and: "hassan") == [])
    }
}
