import CareMapKit
import Testing

/// The analysis on small hand-made maps whose answers are worked out by hand in the comments:
/// one map for every kind of finding, with its exact words.
@Suite struct AnalysisCareTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 25)!

    static func analyse(_ body: String, subject: String = "person amira \"Amira\" role=service-user lang=prs") throws -> (CareMap, CareAnalysis) {
        let map = try #require(CareMapFile.parse("caremap 1\nsubject amira\n\(subject)\n" + body).map)
        return (map, CareAnalysis(map, today: today))
    }

    static func sentences(_ map: CareMap, _ analysis: CareAnalysis, inEditor: Bool = false) -> [String] {
        analysis.findings.map { finding in
            let words = finding.sentence(in: map, name: { map.nodes[$0]?.displayName ?? $0.rawValue }, text: { $0 },
                                         isHidden: { _ in false }, inEditor: inEditor)
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

    @Test func everyRouteToPrimaryCareThroughTheInterpreter() throws {
        // The surgery and its GP are tied to Amira through Hassan. The GP works at the surgery
        // (a staff tie: the surgery is reached through him, still through Hassan). The imam's
        // invitation to the practice is his tie, not hers: no route. The pharmacy is another
        // family and is reached directly, so it does not save primary care.
        let (map, analysis) = try Self.analyse("""
            person hassan "Hassan" role=interpreter lang=prs,en
            place gp "Riverside GP" role=gp-surgery lang=en
            person doctor "Dr Okafor" role=gp lang=en
            person imam "Imam" role=faith-leader lang=prs
            place pharmacy "Pharmacy" role=pharmacy lang=prs
            link gp -> amira via=hassan
            link doctor -> amira via=hassan
            link doctor -- gp "works at"
            link amira -- imam
            link imam -> gp "invites the practice to talk"
            link amira -- pharmacy
            link amira -- hassan

            """)
        let care = try #require(analysis.formalCare)
        #expect(care.families.map(\.family) == [.primaryCare, .pharmacy])
        #expect(care.routes.map(\.path) == [["amira", "hassan", "gp"], ["amira", "hassan", "doctor"], ["amira", "pharmacy"]])
        #expect(care.singlePointsOfFailure.map(\.node) == ["hassan"])
        #expect(Self.sentences(map, analysis).first
            == "Both routes to primary care depend on Hassan (interpreter). → Ask the services to book interpreters themselves, so primary care does not depend on Hassan alone.")
    }

    @Test func aTelephoneInterpretingLineThatEveryRouteDependsOn() throws {
        // An interpreting service, not a person: the advice is a second way to interpret.
        let (map, analysis) = try Self.analyse("""
            group line "Lineway" role=interpreter lang=prs,en
            place gp "Hillside" role=gp-surgery lang=en
            link gp -> amira via=line

            """)
        #expect(Self.sentences(map, analysis).first
            == "The only route to primary care depends on Lineway (interpreter). → Ask the services for a second way to interpret (a face-to-face interpreter, a bilingual worker), so primary care does not depend on Lineway alone.")
    }

    @Test func aNameThatSaysItsRoleInAnyFormIsNotFollowedByIt() throws {
        let (map, analysis) = try Self.analyse("""
            group line "Lineway telephone interpreting" role=interpreter lang=prs,en
            place gp "Hillside" role=gp-surgery lang=en
            link gp -> amira via=line

            """)
        #expect(Self.sentences(map, analysis).first
            == "The only route to primary care depends on Lineway telephone interpreting. → Ask the services for a second way to interpret (a face-to-face interpreter, a bilingual worker), so primary care does not depend on Lineway telephone interpreting alone.")
    }

    @Test func aGoBetweenForSomeRoutesToAFamily() throws {
        // The surgery is reached through Hassan; the GP directly: one of two routes.
        let (map, analysis) = try Self.analyse("""
            person hassan "Hassan" role=interpreter lang=prs,en
            place gp "Riverside GP" role=gp-surgery
            person doctor "Dr Rahimi" role=gp lang=prs
            link amira -> gp via=hassan
            link amira -- doctor

            """)
        let care = try #require(analysis.formalCare)
        #expect(care.singlePointsOfFailure.isEmpty)
        #expect(care.mediated.map(\.node) == ["hassan"])
        #expect(care.mediated.first?.cutOff == ["gp"])
        #expect(Self.sentences(map, analysis).last
            == "1 of 2 routes to primary care depends on Hassan (interpreter) alone: Riverside GP. → Ask whether Riverside GP could also be reached another way, so care does not stop when Hassan is away.")
    }

    @Test func aFamilyTiedOnlyByAHopedForTieIsNotAlsoARoute() throws {
        // The GP is a route; the counselling referral is hoped for: its family has no route,
        // and the report never calls it both.
        let (map, analysis) = try Self.analyse("""
            place gp "Riverside GP" role=gp-surgery lang=prs
            group therapies "Talking Therapies" role=mental-health
            link amira -- gp
            link therapies -> amira status=hoped-for
            link gp -> therapies "referred"

            """)
        let care = try #require(analysis.formalCare)
        #expect(care.families.map(\.family) == [.primaryCare, .mentalHealth])
        #expect(care.families[1].routes.isEmpty && care.families[1].notCurrent == [1])
        #expect(Self.sentences(map, analysis).first
            == "Amira has no current route to mental health care: a hoped-for tie to Talking Therapies is not a route. → Chase what is hoped for until it is in place, and agree who will go with Amira the first time.")
    }

    @Test func aChildWhoInterpretsAndIsTheGoBetweenIsOneFinding() throws {
        // Zahra, 12, interprets for Amira and is the go-between of her GP tie: one finding
        // about Zahra, then the route that depends on her.
        let (map, analysis) = try Self.analyse("""
            person zahra "Zahra" role=family age=12 lang=prs,en
            place gp "Hillside" role=gp-surgery lang=en
            link zahra -> amira "interprets at appointments" support=interpreting
            link gp -> amira via=zahra

            """, subject: "person amira \"Amira\" role=service-user lang=prs,en:basic interpreter-gender=woman")
        #expect(analysis.findings.first?.kind == .informalInterpreter("zahra", for: "amira", link: map.links[0].id, carrier: .child))
        #expect(analysis.findings.first?.kindName == "child-interpreting")
        #expect(Self.sentences(map, analysis).prefix(2) == [
            "Zahra, a child of 12, interprets for Amira. → Book a professional interpreter in Dari (a woman, as they ask) for Amira's appointments, so Zahra is not asked to interpret.",
            "The only route to primary care depends on Zahra (family). → Build a second route to primary care that does not depend on Zahra: introduce Amira directly, or through someone else they trust.",
        ])
    }

    @Test func anAdultRelativeAsTheGoBetweenOfAHealthTie() throws {
        let (map, analysis) = try Self.analyse("""
            person karim "Karim" role=family lang=prs,en
            place gp "Hillside" role=gp-surgery lang=en
            link gp -> amira via=karim

            """)
        #expect(analysis.findings.first?.kindName == "family-interpreting")
        #expect(Self.sentences(map, analysis).first
            == "Karim, a family member, is the go-between for Amira's tie to Hillside. → Book a professional interpreter in Dari for Amira's appointments, so Karim is not asked to interpret.")
    }

    @Test func aLanguageSpokenOnlyAtABasicLevelIsNoBridge() throws {
        // Amira speaks Dari well and English at Entry 2: English is no shared language with the
        // GP. The pharmacy speaks Persian, which meets Dari. The college, not a health service,
        // needs only a working level and the tie records English.
        let (map, analysis) = try Self.analyse("""
            place gp "Riverside GP" role=gp-surgery lang=en
            place pharmacy "Pharmacy" role=pharmacy lang=fa
            place college "College" role=college lang=en
            link amira -- gp
            link amira -- pharmacy
            link amira -- college lang=en

            """, subject: "person amira \"Amira\" role=service-user lang=prs,en:basic")
        #expect(analysis.languageBridges == [
            LanguageBridge(link: 0, provider: "gp", kind: .none),
            LanguageBridge(link: 1, provider: "pharmacy", kind: .sharedLanguage(LanguageTag("prs"))),
            LanguageBridge(link: 2, provider: "college", kind: .tieLanguage(LanguageTag("en"))),
        ])
        #expect(Self.sentences(map, analysis).contains(
            "Amira and Riverside GP share no language both speak well, and no interpreter, bilingual worker or peer tied to both speaks a language of each. → Book a professional interpreter in Dari for contact with Riverside GP, or record the language they use (lang= on the tie)."))
    }

    @Test func aTieWithNoLanguagesRecordedIsAskedAboutUnlessAnInterpreterIsNeeded() throws {
        // The accommodation has no lang and nobody bridges: the map cannot say, so no finding.
        // The GP's languages are not recorded either, but Amira needs an interpreter for health care.
        let (_, analysis) = try Self.analyse("""
            place canal-house "Canal House" role=accommodation
            place gp "Riverside GP" role=gp-surgery
            link amira -- canal-house
            link amira -- gp

            """, subject: "person amira \"Amira\" role=service-user lang=prs needs-interpreter=yes")
        #expect(analysis.languageBridges == [
            LanguageBridge(link: 0, provider: "canal-house", kind: .unrecorded),
            LanguageBridge(link: 1, provider: "gp", kind: .none),
        ])
    }

    @Test func barriersOnTheSubjectAServiceAndATie() throws {
        let (map, analysis) = try Self.analyse("""
            place gp "Northfield" role=gp-surgery lang=prs barriers=registration-refused
            link amira -- gp barriers=transport

            """, subject: "person amira \"Amira\" role=service-user lang=prs barriers=cost")
        #expect(Self.sentences(map, analysis).filter { $0.hasPrefix("A barrier") } == [
            "A barrier for Amira: cannot afford it. → Check help with costs: an HC2 certificate covers prescriptions, dental care, eye tests and travel to hospital.",
            "A barrier at Northfield: registration refused. → GP registration needs no proof of address, identity or immigration status: ask the practice again in writing, and contact the local NHS team or Doctors of the World if it still refuses.",
            "A barrier on the tie between Amira and Northfield: cannot get there. → Arrange travel (HC2 travel costs, a volunteer driver) or care nearer home or by phone.",
        ])
    }

    @Test func aStressfulOrDistrustedTieWithAService() throws {
        // Housing is a private-sector service; the friend is personal and never strained here.
        let (map, analysis) = try Self.analyse("""
            group housing "Northgate" role=accommodation
            person friend "Rojin" role=friend
            link amira -- housing quality=stressful trust=distrusted
            link amira -- friend quality=stressful

            """)
        #expect(analysis.findings.filter { $0.kindName == "strained-tie" }.map(\.nodes) == [["amira", "housing"]])
        #expect(Self.sentences(map, analysis).contains(
            "Amira's tie to Northgate is stressful and not trusted. → Ask Amira what makes dealing with Northgate hard, and whether their caseworker could take it up with them or complain on their behalf."))
    }

    @Test func theAdviceOnAStrainedTieFollowsWhatTheNodeIs() throws {
        // Where she lives and where she must report are not services to make contact easier with.
        let (map, analysis) = try Self.analyse("""
            place home "Canal House" role=accommodation
            place reporting "Reporting centre" role=reporting-centre
            place clinic "Walk-in centre" role=hospital
            link amira -- home "lives at" quality=stressful
            link amira -- reporting quality=mixed
            link amira -- clinic trust=wary

            """)
        let sentences = Self.sentences(map, analysis)
        #expect(sentences.contains(
            "Amira's tie to Canal House is stressful. → Ask Amira what makes Canal House hard to live in, and whether their caseworker could raise it with the housing provider (environmental health, for damp or repairs)."))
        #expect(sentences.contains(
            "Amira's tie to Reporting centre is mixed. → Ask Amira what makes reporting at Reporting centre hard, and whether a legal adviser or someone they trust could go with them."))
        #expect(sentences.contains(
            "Amira's tie to Walk-in centre is trusted only warily. → Ask Amira what makes contact with Walk-in centre hard, and whether someone they trust could go with them or raise it."))
    }

    @Test func aLongChainOfPeopleIsNoRouteAndIsFoundInLinearTime() throws {
        // amira – p1 – … – p20000 – gp: none of these ties carries care to Amira, so she has
        // no route; the search keeps its own stack, so the chain cannot overflow it.
        let count = 20_000
        var nodes = [Node(id: "amira", kind: .person, role: .serviceUser), Node(id: "gp", kind: .place, role: .gpSurgery)]
        nodes += (1...count).map { Node(id: NodeID("p\($0)"), kind: .person) }
        var links = [Link(from: "amira", to: "p1"), Link(from: NodeID("p\(count)"), to: "gp")]
        links += (1..<count).map { Link(from: NodeID("p\($0)"), to: NodeID("p\($0 + 1)")) }
        let analysis = CareAnalysis(CareMap(subject: "amira", nodes: nodes, links: links), today: Self.today)
        let care = try #require(analysis.formalCare)
        #expect(care.routes.isEmpty && care.families.isEmpty)
        #expect(analysis.findings.first?.kind == .noFormalCare(notCurrent: []))
    }

    @Test func anEmptyMapHasNoFindings() {
        #expect(CareAnalysis(CareMap(), today: Self.today).findings.isEmpty)
    }

    @Test func openAndOverdueActionsWithTheEditorsCommandOnlyInTheEditor() throws {
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
            "Past its review date (review 2026-11-24): Book an interpreter. → Review it with Hassan, then mark it done or agree a new review date."))
        #expect(Self.sentences(map, analysis, inEditor: true).contains(
            "Past its review date (review 2026-11-24): Book an interpreter. → Review it with Hassan, then mark it done (:done late) or agree a new review date."))
    }

    @Test func theMixCountsTheSubjectsOwnTies() throws {
        let (_, analysis) = try Self.analyse("""
            place mosque "Mosque" role=place-of-worship
            group housing "Housing" role=accommodation private=yes
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
        #expect(analysis.mix.privateNodes == 1)
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
