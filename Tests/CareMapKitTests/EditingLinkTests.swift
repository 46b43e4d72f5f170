import CareMapKit
import Testing

@Suite struct EditingLinkTests {
    @Test func addLinkAppendsAndReturnsTheIndex() throws {
        var map = editingMap()
        let index = try map.addLink(Link(from: "karim", to: "hassan", label: "cousins", via: "amira"))
        #expect(index == 3)
        #expect(map.links[3].label == "cousins")
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

    @Test func removeLinkShiftsTheRest() throws {
        var map = editingMap()
        let removed = try map.removeLink(at: 0)
        #expect(removed.label == "registered with")
        #expect(map.links.map(\.label) == ["interprets for", ""])
        #expect(refusal(map) { try $0.removeLink(at: 2) } == "no tie at index 2; the map has 2 ties")
        try map.removeLink(at: 0)
        #expect(refusal(map) { try $0.removeLink(at: -1) } == "no tie at index -1; the map has 1 tie")
    }

    @Test func updateLinkChangesAttributes() throws {
        var map = editingMap()
        try map.updateLink(at: 2) { link in
            link.quality = .mixed
            link.modes = [.phone]
        }
        #expect(map.links[2].quality == .mixed)
        #expect(map.links[2].modes == [.phone])
    }

    @Test func updateLinkChecksChangedEndsAndVia() {
        let map = editingMap()
        #expect(refusal(map) { try $0.updateLink(at: 2) { $0.to = "amira" } } == "'amira' cannot be tied to itself")
        #expect(refusal(map) { try $0.updateLink(at: 2) { $0.to = "karin" } } == "no node with id 'karin'; did you mean 'karim'?")
        #expect(refusal(map) { try $0.updateLink(at: 2) { $0.via = "amira" } }
            == "via 'amira' is one of the tie's own ends; a go-between is a third node")
        #expect(refusal(map) { try $0.updateLink(at: 2) { $0.via = "nobody" } } == "via 'nobody', which is not a node in this map")
        #expect(refusal(map) { try $0.updateLink(at: 0) { $0.to = "hassan" } }
            == "via 'hassan' is one of the tie's own ends; a go-between is a third node")
        #expect(refusal(map) { try $0.updateLink(at: 3) { $0.label = "x" } } == "no tie at index 3; the map has 3 ties")
        #expect(refusal(map) { try $0.updateLink(at: 1) { $0.language = LanguageTag("-") } }
            == "malformed language tag '-'; use a BCP 47 tag such as 'ar', 'prs' or 'en-GB'")
    }

    @Test func updateLinkLeavesAWarningAlone() throws {
        var map = editingMap()
        map.links[2].via = "karim"
        try map.updateLink(at: 2) { $0.strength = .tenuous }
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
        #expect(map.linkIndices(between: "amira", and: "hassan") == [1, 3])
        #expect(map.linkIndices(between: "hassan", and: "amira") == [1, 3])
        #expect(map.linkIndices(between: "karim", and: "hassan") == [])
    }
}
