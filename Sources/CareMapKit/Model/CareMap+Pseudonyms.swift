extension CareMap {
    /// A role-based stand-in name for every node, for projecting a map in a room and for
    /// redacted exports: the subject is "Service user", others are their role and a number
    /// counted per role in map order ("Interpreter 1", "GP 2"), nodes without a known role their
    /// kind and a number ("Person 4", "Place 1"), and private nodes just "Private", so not even
    /// their role shows.
    ///
    /// Unknown roles fall back to the kind because an unknown role is free text from the file
    /// that could itself identify someone. The same map always gives the same pseudonyms.
    ///
    /// - Complexity: O(*n*) for *n* nodes.
    public func pseudonyms() -> [NodeID: String] {
        var result: [NodeID: String] = [:]
        var counts: [String: Int] = [:]
        for node in nodes.values {
            if node.isPrivate {
                result[node.id] = "Private"
            } else if node.id == subject {
                result[node.id] = "Service user"
            } else {
                let word = node.role.flatMap { CareMap.pseudonymWords[$0] } ?? CareMap.kindWords[node.kind]!
                counts[word, default: 0] += 1
                result[node.id] = "\(word) \(counts[word]!)"
            }
        }
        return result
    }

    private static let kindWords: [NodeKind: String] = [.person: "Person", .place: "Place", .group: "Group"]

    private static let pseudonymWords: [Role: String] = [
        .serviceUser: "Service user", .family: "Family member", .friend: "Friend", .peer: "Peer",
        .communityLeader: "Community leader", .faithLeader: "Faith leader", .interpreter: "Interpreter",
        .bilingualWorker: "Bilingual worker", .gp: "GP", .nurse: "Nurse", .mentalHealth: "Mental health worker",
        .socialWorker: "Social worker", .teacher: "Teacher", .settlementWorker: "Settlement worker",
        .caseworker: "Caseworker", .legalAdviser: "Legal adviser", .volunteer: "Volunteer",
        .gpSurgery: "GP surgery", .hospital: "Hospital", .pharmacy: "Pharmacy", .communityCentre: "Community centre",
        .placeOfWorship: "Place of worship", .school: "School", .college: "College", .charity: "Charity",
        .accommodation: "Accommodation", .reportingCentre: "Reporting centre",
    ]
}
