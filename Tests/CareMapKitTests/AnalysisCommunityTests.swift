import CareMapKit
import Testing

/// The findings of a community map and the six domain tests, on hand-made maps worked out in
/// the comments.
@Suite struct AnalysisCommunityTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 25)!

    @Test func aCommunityMapSaysWhoHasNoWayToHealthCare() throws {
        // Two parts: the town's (GP, dental, interpreter, centre, sewing circle, Gulalai) and
        // the Eritrean community's, with no health service. The centre is the sewing circle's
        // only way to the GP. Gulalai and the sewing circle speak Dari, which no service speaks
        // and no interpreter who also speaks English reaches; Tesfaye and the Eritrean
        // community's Tigrinya neither. The dental service is tied only to the GP.
        let map = try #require(CareMapFile.parse("""
            caremap 1
            place gp "Riverside GP" role=gp-surgery lang=en
            place dental "Dental service" role=dental-practice lang=en
            person hassan "Hassan" role=interpreter lang=ar,en
            place centre "Millbrook Centre" role=community-centre lang=en
            group sewing "Sewing circle" role=peer lang=prs
            person gul "Gulalai" role=friend lang=prs
            group eritrean "Eritrean community" role=community-leader lang=ti
            person tesfaye "Tesfaye" role=community-leader lang=ti
            link gp -- hassan
            link hassan -- centre
            link centre -- sewing
            link sewing -- gul
            link eritrean -- tesfaye
            link gp -- dental

            """).map)
        let analysis = CareAnalysis(map, today: Self.today)
        let words = analysis.findings.map { finding in
            let said = finding.sentence(in: map, name: { map.nodes[$0]!.displayName }, text: { $0 }, isHidden: { _ in false })
            return said.message + " → " + said.suggestion
        }
        #expect(analysis.findings.map(\.kindName) == [
            "no-health-tie", "organisation-cut", "unreached-language", "unreached-language", "unreached-service",
            "domain-not-met", "domain-not-met",
        ])
        #expect(words.prefix(5) == [
            "Eritrean community and Tesfaye have no current tie to any health service. → Ask who they trust (a community leader, a peer, a link worker) and invite a health service to meet them where they already go.",
            "If Millbrook Centre closed, Sewing circle would lose every tie to health services. → Build a second link between Sewing circle and a health service that does not rest on Millbrook Centre.",
            "Sewing circle and Gulalai speak Dari but no language of the health services well, and no interpreter or bilingual worker who speaks it reaches them. → Find an interpreting service or a bilingual worker in Dari, and tie them to the services these people use.",
            "Eritrean community and Tesfaye speak Tigrinya but no language of the health services well, and no interpreter or bilingual worker who speaks it reaches them. → Find an interpreting service or a bilingual worker in Tigrinya, and tie them to the services these people use.",
            "No one but other services has a current tie to Dental service. → Ask who could introduce the community to Dental service, or whether it belongs on the map.",
        ])
        // Community nodes exist but none is tied to health. The interpreter is tied to the GP,
        // but carries neither Dari nor Tigrinya: communication is met for some and leaves out
        // the groups and people who speak them.
        #expect(analysis.domains.map(\.status) == [.partly, .met, .partly, .partly, .notMet, .notMet])
        #expect(analysis.domains[3] == DomainCoverage(domain: .communication, status: .partly, basis: .leftOut, nodes: ["sewing", "gul", "eritrean", "tesfaye"]))
    }

    @Test func theSixDomainTestsForOnePerson() throws {
        // The imam, a supportive tie, is tied to the GP: community met. The GP gives care and
        // the charity gives practical help: network met. The charity and the mosque are
        // familiar places, but no care reaches them there: engagement partly. Every tie to
        // formal care shares Dari: communication met. The GP is tagged informed. Grace, who
        // explains local systems, is in reach only through the charity: knowledge partly.
        let map = try #require(CareMapFile.parse("""
            caremap 1
            subject amira
            person amira "Amira" role=service-user lang=prs
            person imam "Imam" role=faith-leader lang=prs
            place gp "GP" role=gp-surgery lang=prs domains=informed-providers
            group charity "Charity" role=charity lang=prs
            person grace "Grace" role=caseworker lang=prs
            place mosque "Mosque" role=place-of-worship lang=prs
            link amira -- imam quality=supportive
            link imam -- gp
            link amira -- gp
            link amira -- charity support=practical
            link amira -- mosque
            link grace -- charity

            """).map)
        let domains = CareAnalysis(map, today: Self.today).domains
        #expect(domains == [
            DomainCoverage(domain: .community, status: .met, basis: .holds, nodes: ["imam"]),
            DomainCoverage(domain: .network, status: .met, basis: .holds, nodes: ["gp", "charity"]),
            DomainCoverage(domain: .engagement, status: .partly, basis: .firstHalf, nodes: ["charity", "mosque"]),
            DomainCoverage(domain: .communication, status: .met, basis: .holds, nodes: ["gp"]),
            DomainCoverage(domain: .informedProviders, status: .met, basis: .holds, nodes: ["gp"]),
            DomainCoverage(domain: .knowledge, status: .partly, basis: .firstHalf, nodes: ["grace"]),
        ])
        #expect(Domain.engagement.reason(.firstHalf) == "they have familiar places, but no care reaches them there")
    }

    @Test func languagesMeetByTheirMacrolanguageAndKnownEquivalents() {
        #expect(LanguageTag("prs").matches(LanguageTag("fa")))
        #expect(LanguageTag("ar").matches(LanguageTag("apc")))
        #expect(LanguageTag("ar-SY").matches(LanguageTag("ar-IQ")))
        #expect(!LanguageTag("apc").matches(LanguageTag("ary")))
        #expect(LanguageTag("zh-yue").matches(LanguageTag("yue")))
        #expect(!LanguageTag("cmn").matches(LanguageTag("yue")))
        #expect(LanguageTag("ms").matches(LanguageTag("zsm")))
        #expect(!LanguageTag("en").matches(LanguageTag("fa")))
        #expect(LanguageTag("prs").name == "Dari")
        #expect(LanguageTag("ti").name == "Tigrinya")
        #expect(LanguageTag("apc").name == "Levantine Arabic")
        #expect(LanguageTag("x-klingon").name == "x-klingon")
    }
}
