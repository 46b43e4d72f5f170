import CareMapKit
import Testing

/// The analysis on small hand-made maps whose answers are worked out by hand in the comments.
@Suite struct AnalysisCareTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 25)!

    static func analyse(_ body: String) throws -> (CareMap, CareAnalysis) {
        let map = try #require(CareMapFile.parse("caremap 1\nsubject amira\nperson amira \"Amira\" role=service-user lang=prs\n" + body).map)
        return (map, CareAnalysis(map, today: today))
    }

    static func sentences(_ map: CareMap, _ analysis: CareAnalysis) -> [String] {
        analysis.findings.map { finding in
            let words = finding.sentence(in: map, name: { map.nodes[$0]?.displayName ?? $0.rawValue }, text: { $0 }, isHidden: { _ in false })
            return words.message + " → " + words.suggestion
        }
    }

    @Test func aSubjectCutOffFromFormalCare() throws {
        // Amira's only tie to a GP is hoped for, and her sister is no route: no formal care at all.
        let (map, analysis) = try Self.analyse("""
            person sister "Soraya" role=family
            place gp "Riverside GP" role=gp-surgery
            link amira -- sister strength=strong
            link amira -- gp status=hoped-for

            """)
        let care = try #require(analysis.formalCare)
        #expect(care.routes.isEmpty)
        #expect(care.notCurrent == [1])
        #expect(analysis.findings.first?.kind == .noFormalCare(notCurrent: [LinkID(rawValue: 1)]))
        #expect(Self.sentences(map, analysis).first
            == "Amira has no current route to formal health care (a hoped-for tie to Riverside GP is not a route). → Help Amira register with a GP surgery, and agree who will go with them the first time.")
    }

    @Test func aCaseworkerWhoIsTheOnlyWayToTheGP() throws {
        // amira – hassan – gp – nurse, and amira – friend: Hassan is an articulation point
        // separating both formal nodes; the ties amira–hassan and hassan–gp are bridges but
        // touch Hassan, so they are not said again; gp–nurse cuts off only the nurse.
        let (map, analysis) = try Self.analyse("""
            person hassan "Hassan (caseworker)" role=caseworker lang=prs,en
            place gp "Riverside GP" role=gp-surgery lang=en
            person nurse "Claire" role=nurse lang=en
            person friend "Rojin" role=friend
            link amira -- hassan
            link hassan -- gp
            link gp -- nurse
            link amira -- friend

            """)
        let care = try #require(analysis.formalCare)
        #expect(care.routes.map(\.path) == [["amira", "hassan", "gp"], ["amira", "hassan", "gp", "nurse"]])
        #expect(care.singlePointsOfFailure == [FormalCareRoutes.Cut(nodes: ["hassan"], link: nil, cutOff: ["gp", "nurse"])])
        #expect(care.criticalTies.isEmpty)
        #expect(Self.sentences(map, analysis).first
            == "If Hassan (caseworker) leaves, Amira loses every route to formal care: Riverside GP and Claire. → Build a second route that does not depend on Hassan (caseworker): introduce Amira to Riverside GP directly, or to another person who can link them.")
    }

    @Test func aSingleTieToTheGPIsCritical() throws {
        // amira – gp is the only route and a bridge; neither end is a go-between.
        let (map, analysis) = try Self.analyse("""
            place gp "Riverside GP" role=gp-surgery lang=prs
            link amira -- gp

            """)
        let care = try #require(analysis.formalCare)
        #expect(care.singlePointsOfFailure.isEmpty)
        #expect(care.criticalTies == [FormalCareRoutes.Cut(nodes: ["amira", "gp"], link: 0, cutOff: ["gp"])])
        #expect(Self.sentences(map, analysis).first?.hasPrefix("If the tie between Amira and Riverside GP breaks, Amira loses every route to formal care: Riverside GP.") == true)
    }

    @Test func aSecondRouteRemovesTheSinglePointOfFailure() throws {
        let (_, analysis) = try Self.analyse("""
            person hassan "Hassan" role=caseworker
            person imam "Imam" role=faith-leader
            place gp "GP" role=gp-surgery
            link amira -- hassan
            link hassan -- gp
            link amira -- imam
            link imam -- gp

            """)
        let care = try #require(analysis.formalCare)
        #expect(care.singlePointsOfFailure.isEmpty && care.criticalTies.isEmpty && care.mediated.isEmpty)
        #expect(care.routes.map(\.path) == [["amira", "hassan", "gp"]], "equal routes: the one through the node declared first")
    }

    @Test func aLanguageGapBridgedByAnInterpreterAndOneThatIsNot() throws {
        // Amira speaks Dari. The GP speaks English but Hassan, tied to both, speaks Dari and
        // English; the charity speaks English and nobody bridges; the mosque shares Dari; the
        // pharmacy tie records its language; the college is reached only through the interpreter
        // named as the tie's go-between.
        let (map, analysis) = try Self.analyse("""
            person hassan "Hassan" role=interpreter lang=prs,en
            place gp "Riverside GP" role=gp-surgery lang=en
            group charity "Refugee Welcome" role=charity lang=en
            place mosque "Mosque" role=place-of-worship lang=prs,ar
            place pharmacy "Pharmacy" role=pharmacy lang=en
            place college "College" role=college
            link amira -- hassan
            link hassan -- gp
            link amira -- gp
            link amira -- charity
            link amira -- mosque
            link amira -- pharmacy lang=prs
            link amira -- college via=hassan

            """)
        #expect(analysis.languageBridges == [
            LanguageBridge(link: 0, provider: "hassan", kind: .sharedLanguage(LanguageTag("prs"))),
            LanguageBridge(link: 2, provider: "gp", kind: .goBetween("hassan")),
            LanguageBridge(link: 3, provider: "charity", kind: .none),
            LanguageBridge(link: 4, provider: "mosque", kind: .sharedLanguage(LanguageTag("prs"))),
            LanguageBridge(link: 5, provider: "pharmacy", kind: .tieLanguage(LanguageTag("prs"))),
            LanguageBridge(link: 6, provider: "college", kind: .goBetween("hassan")),
        ])
        #expect(Self.sentences(map, analysis).contains(
            "Amira and Refugee Welcome share no recorded language, and no interpreter, bilingual worker or peer tied to both speaks a language of each. → Book a professional interpreter in prs for contact with Refugee Welcome, or record the language they use (lang= on the tie)."))
    }

    @Test func aTieWithNoLanguagesRecordedIsAskedAboutNotAsserted() throws {
        // The accommodation has no lang and nobody bridges: the map cannot say, so no finding.
        let (_, analysis) = try Self.analyse("""
            place canal-house "Canal House" role=accommodation
            link amira -- canal-house

            """)
        #expect(analysis.languageBridges == [LanguageBridge(link: 0, provider: "canal-house", kind: .unrecorded)])
        #expect(!analysis.findings.contains { if case .noLanguageBridge = $0.kind { true } else { false } })
    }

    @Test func aLongChainOfGoBetweensIsFoundWithoutOverflowOrQuadraticTime() throws {
        // amira – p1 – p2 – … – p20000 – gp: every p is a single point of failure; the search
        // keeps its own stack, so the depth of the chain cannot overflow the call stack.
        let count = 20_000
        var nodes = [Node(id: "amira", kind: .person, role: .serviceUser), Node(id: "gp", kind: .place, role: .gpSurgery)]
        nodes += (1...count).map { Node(id: NodeID("p\($0)"), kind: .person) }
        var links = [Link(from: "amira", to: "p1"), Link(from: NodeID("p\(count)"), to: "gp")]
        links += (1..<count).map { Link(from: NodeID("p\($0)"), to: NodeID("p\($0 + 1)")) }
        let analysis = CareAnalysis(CareMap(subject: "amira", nodes: nodes, links: links), today: Self.today)
        let care = try #require(analysis.formalCare)
        #expect(care.singlePointsOfFailure.count == count)
        #expect(care.routes.first?.path.count == count + 2)
        #expect(care.criticalTies.count == 0, "each tie touches a go-between already named")
    }

    @Test func anEmptyMapHasNoFindings() {
        #expect(CareAnalysis(CareMap(), today: Self.today).findings.isEmpty)
    }

    @Test func aTieThatExistsOnlyThroughAGoBetween() throws {
        // The GP tie goes via Hassan, so losing Hassan loses the GP; the pharmacy stays. Hassan
        // is a go-between for one route, not a single point of failure.
        let (map, analysis) = try Self.analyse("""
            person hassan "Hassan" role=interpreter lang=prs,en
            place gp "Riverside GP" role=gp-surgery
            place pharmacy "Pharmacy" role=pharmacy lang=prs
            link amira -> gp via=hassan
            link amira -- pharmacy

            """)
        let care = try #require(analysis.formalCare)
        #expect(care.singlePointsOfFailure.isEmpty)
        #expect(care.mediated == [FormalCareRoutes.Cut(nodes: ["hassan"], link: nil, cutOff: ["gp"])])
        #expect(care.routes.map(\.path) == [["amira", "pharmacy"], ["amira", "hassan", "gp"]])
        #expect(Self.sentences(map, analysis).last
            == "1 route to formal care depends on Hassan alone: Riverside GP. → Ask whether Riverside GP could also be reached another way, so care does not stop when Hassan is away.")
    }

    @Test func openAndOverdueActions() throws {
        let (map, analysis) = try Self.analyse("""
            place gp "GP" role=gp-surgery lang=prs
            link amira -- gp
            action later "Later" review=2026-12-01
            action late "Book an interpreter" about=amira owner=Hassan review=2026-11-24
            action done "Done" review=2026-01-01 status=done
            action undated "No date"
            action later-still "Very late" review=2026-10-01

            """)
        #expect(analysis.openActions == ["later", "late", "undated", "later-still"])
        #expect(analysis.overdueActions == ["later-still", "late"])
        #expect(Self.sentences(map, analysis).contains(
            "Past its review date (review 2026-11-24): Book an interpreter. → Review it with Hassan, then mark it done (:done late) or agree a new review date."))
    }

    @Test func domainsFromTagsAndRolesWithinReach() throws {
        // The interpreter serves communication by role; the tie to the mosque is tagged
        // engagement; the teacher is not connected to Amira, so knowledge is a gap.
        let (_, analysis) = try Self.analyse("""
            person hassan "Hassan" role=interpreter
            place mosque "Mosque" domains=community
            person teacher "Teacher" role=teacher
            link amira -- hassan
            link amira -- mosque domains=engagement

            """)
        let coverage = Dictionary(uniqueKeysWithValues: analysis.domains.map { ($0.domain, $0) })
        #expect(coverage[.communication]?.nodes == ["hassan"])
        #expect(coverage[.community]?.nodes == ["mosque"])
        #expect(coverage[.engagement]?.links == [1])
        #expect(coverage[.knowledge]?.isGap == true)
        #expect(analysis.findings.contains { $0.kind == .domainGap(.knowledge) })
        #expect(!analysis.findings.contains { $0.kind == .domainGap(.communication) })
    }

    @Test func theMixCountsTheSubjectsOwnTies() throws {
        let (_, analysis) = try Self.analyse("""
            place mosque "Mosque" role=place-of-worship
            group housing "Housing" role=accommodation
            person friend "Friend" role=friend
            link amira -- mosque strength=strong
            link amira -- housing strength=tenuous quality=stressful
            link amira -- friend quality=mixed status=past
            link friend -- mosque strength=strong

            """)
        #expect(analysis.mix.ties == 2)
        #expect(analysis.mix.strengths == [.strong: 1, .moderate: 0, .tenuous: 1])
        #expect(analysis.mix.stressful == 1 && analysis.mix.mixed == 0)
        #expect(analysis.mix.familiarPlaces == ["mosque"])
        #expect(analysis.mix.sectors[.community] == 1 && analysis.mix.sectors[.private] == 1 && analysis.mix.sectors[.personal] == 1)
        #expect(analysis.mix.kinds == [.person: 1, .place: 1, .group: 1])
    }

    @Test func aCommunityMapHasComponentsIsolatesAndBrokers() throws {
        // gp – imam – charity and imam – friend; a lone volunteer. The imam (community) joins
        // formal health and personal, and lies on every path between the others.
        let map = try #require(CareMapFile.parse("""
            caremap 1
            place gp "GP" role=gp-surgery
            person imam "Imam" role=faith-leader
            group charity "Charity" role=charity
            person friend "Friend" role=friend
            person volunteer "Volunteer" role=volunteer
            link gp -- imam
            link imam -- charity
            link imam -- friend

            """).map)
        let community = try #require(CareAnalysis(map, today: Self.today).community)
        #expect(community.components == [["gp", "imam", "charity", "friend"], ["volunteer"]])
        #expect(community.isolated == ["volunteer"])
        #expect(community.brokers.map(\.node) == ["imam"])
        #expect(community.brokers.first?.sectorsJoined == [.formalHealth, .personal])
        // Three pairs among the imam's neighbours, all through him, over C(4, 2) = 6 pairs.
        #expect(community.centrality.first?.betweenness == 0.5)
        #expect(community.centrality.first?.degree == 0.75)
    }
}
