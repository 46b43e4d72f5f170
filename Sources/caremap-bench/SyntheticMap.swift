import CareMapKit

/// Deterministic synthetic care maps of any size, shaped like merged workshop maps: a subject and
/// a few key workers as hubs, clustered communities, and about three links per node, with names
/// and tie labels in several scripts and some ties through a go-between.
///
/// Written by hand because the shape matters more than the randomness: hubs and clusters are
/// what make layouts, routing and betweenness work hard, and no generator here knows care maps.
enum SyntheticMap {
    static let roles: [String] = [
        "family", "friend", "peer", "community-leader", "faith-leader", "interpreter", "bilingual-worker",
        "gp", "nurse", "mental-health", "social-worker", "teacher", "settlement-worker", "caseworker", "volunteer",
    ]
    static let placeRoles: [String] = ["gp-surgery", "hospital", "pharmacy", "community-centre", "place-of-worship", "school", "charity"]
    static let languages: [String] = ["ar", "en", "prs", "ps", "ti", "ku", "so", "uk", "fa"]
    /// Names in the scripts of the samples, in turn: Latin, Arabic, Arabic with a Latin gloss,
    /// Chinese (two columns a character), Ethiopic, Cyrillic. Real maps mix them, and only ASCII
    /// takes the drawing's fast width path, so a bench of "Person N" alone would flatter it.
    static let personNames: [String] = ["Person", "أميرة", "حسن (Hassan)", "张伟", "ትዕግስት", "Оксана"]
    static let placeNames: [String] = ["Place", "مسجد النور", "Al-Noor Mosque (مسجد)", "社区中心", "ማእከል", "Центр"]
    static let labels: [String] = ["interprets for", "يساعد في المواعيد", "接送孩子", "helps with forms (نماذج)", "ይረዳል"]

    /// A map of `size` nodes, the same for the same `size` and `seed`.
    static func make(size: Int, seed: UInt64 = 42) -> CareMap {
        var random = SeededRandom(seed: seed &+ UInt64(size))
        var map = CareMap(title: "Synthetic community of \(size)")
        let hubCount = max(1, min(12, size / 25))
        let clusterSize = 40
        var ids: [NodeID] = []
        ids.reserveCapacity(size)
        for index in 0..<size {
            let id = NodeID("n\(index)")
            let isPlace = index >= hubCount && random.next() % 5 == 0
            let names = isPlace ? placeNames : personNames
            var node = Node(id: id, kind: isPlace ? .place : .person, name: names[index % names.count] + " \(index)")
            node.role = Role(isPlace ? placeRoles[Int(random.next() % UInt64(placeRoles.count))] : roles[Int(random.next() % UInt64(roles.count))])
            if !isPlace {
                node.languages = [LanguageTag(languages[Int(random.next() % UInt64(languages.count))]), LanguageTag("en")]
            }
            node.ring = Int(random.next() % 3) + 1
            map.nodes[id] = node
            ids.append(id)
        }
        if let first = ids.first {
            map.nodes[first]?.kind = .person
            map.nodes[first]?.role = Role("service-user")
            map.nodes[first]?.ring = nil
            map.subject = first
        }
        let strengths: [Strength] = [.strong, .moderate, .tenuous]
        func link(_ a: Int, _ b: Int) {
            guard a != b else { return }
            var link = Link(from: ids[a], to: ids[b], strength: strengths[Int(random.next() % 3)])
            if random.next() % 10 == 0 { link.quality = .stressful }
            if random.next() % 4 == 0 { link.direction = .forward }
            if random.next() % 3 == 0 { link.label = labels[Int(random.next() % UInt64(labels.count))] }
            // Now and then through a go-between: a hub, as an interpreter or a caseworker is.
            let via = Int(random.next() % UInt64(hubCount))
            if random.next() % 20 == 0, via != a, via != b { link.via = ids[via] }
            map.appendLink(link)
        }
        for index in 1..<max(1, size) {
            // A hub link for everyone, two inside the cluster, and now and then one far away.
            link(index, Int(random.next() % UInt64(hubCount)))
            let cluster = index / clusterSize * clusterSize
            let span = UInt64(min(clusterSize, size - cluster))
            link(index, cluster + Int(random.next() % span))
            link(index, cluster + Int(random.next() % span))
            if random.next() % 8 == 0 { link(index, Int(random.next() % UInt64(size))) }
        }
        return map
    }
}
