import CareMapKit
import Testing

@Suite struct PseudonymTests {
    @Test func rolesAreNumberedInMapOrder() {
        let map = CareMap(
            subject: "amira",
            nodes: [
                Node(id: "amira", kind: .person, name: "Amira", role: .serviceUser),
                Node(id: "hassan", kind: .person, name: "Hassan", role: .interpreter),
                Node(id: "dr-ali", kind: .person, name: "Dr Ali", role: .gp),
                Node(id: "dr-bell", kind: .person, name: "Dr Bell", role: .gp),
                Node(id: "sam", kind: .person, name: "Sam"),
                Node(id: "uncle", kind: .person, name: "Omar", role: Role("omars-uncle")),
                Node(id: "karim", kind: .person, name: "Karim", role: .family, isPrivate: true),
                Node(id: "hall", kind: .place, name: "Hall", role: .other),
            ]
        )
        #expect(map.pseudonyms() == [
            "amira": "Service user", "hassan": "Interpreter 1", "dr-ali": "GP 1", "dr-bell": "GP 2",
            "sam": "Person 1", "uncle": "Person 2", "karim": "Private", "hall": "Place 1",
        ])
    }
}
