import CareMapKit
import Testing

@Suite struct EditingFreshIDTests {
    @Test(arguments: [
        ("Hassan Ali", NodeKind.person, "hassan-ali"),
        ("Refugee Council!", .group, "refugee-council"),
        ("  St. Mary's GP  ", .place, "st-mary-s-gp"),
        ("أميرة", .person, "person"),
        ("مسجد النور", .place, "place"),
        ("Café Zoë", .place, "caf-zo"),
        ("", .group, "group"),
        ("Clinic 42", .place, "clinic-42"),
    ])
    func slugsOfTheNameOrTheKind(name: String, kind: NodeKind, expected: String) {
        #expect(CareMap().freshID(for: name, kind: kind) == NodeID(expected))
    }

    @Test func numbersAreAddedUntilUnused() throws {
        var map = editingMap()
        #expect(map.freshID(for: "Hassan", kind: .person) == "hassan-2")
        try map.addNode(Node(id: "hassan-2", kind: .person))
        #expect(map.freshID(for: "Hassan", kind: .person) == "hassan-3")
        try map.addNode(Node(id: "person", kind: .person))
        #expect(map.freshID(for: "كريم", kind: .person) == "person-2")
    }

    @Test func longNamesAreCutWithoutATrailingHyphen() {
        let id = CareMap().freshID(for: "The Very Long Name Of A Community Organisation", kind: .group)
        #expect(id == "the-very-long-name-of-a-communit")
        let cutAtHyphen = CareMap().freshID(for: String(repeating: "a", count: 31) + " b", kind: .group)
        #expect(cutAtHyphen == NodeID(String(repeating: "a", count: 31)))
        #expect(id.isWellFormed && cutAtHyphen.isWellFormed)
    }
}
