import Foundation
import Testing

/// `caremap report NEW --since OLD`: the report begins with what changed since the last review.
@Suite struct ReportSinceCommandTests {
    @Test func theReportOfAnEditedCopyBeginsWithWhatChanged() throws {
        let folder = try Caremap.temporaryFolder()
        let edited = try DiffCommandTests.editedAmira(in: folder)
        let output = try Caremap.run(["report", edited, "--since", "sample-maps/amira.caremap", "--today", "2026-11-25"], in: Caremap.packageRoot)
        #expect(output.status == 0, "\(output.stderr)")
        let expected = """
            Since the last review: people, places and groups
              - new person: Farah (peer)

            Since the last review: ties
              - lost: Grace Mensah (caseworker) → Ashbridge College ESOL class, “signed her
                up”
              - Riverside GP surgery → أميرة (Amira), “registered with”: strength moderate →
                strong

            Since the last review: actions
              - done: “Ask Riverside GP to book a woman doctor and an Arabic interpreter for
                every appointment”

            """
        #expect(output.stdout.contains(expected), "\(output.stdout)")
        let findings = try #require(output.stdout.range(of: "What to act on"))
        #expect(findings.upperBound <= output.stdout.range(of: "Since the last review")!.lowerBound, "findings come first")
    }

    @Test func nothingChangedIsSaid() throws {
        let output = try Caremap.run(["report", "sample-maps/amira.caremap", "--since", "sample-maps/amira.caremap", "--format", "markdown"], in: Caremap.packageRoot)
        #expect(output.status == 0)
        #expect(output.stdout.contains("## Since the last review\n\n- Nothing has changed.\n"), "\(output.stdout)")
    }

    @Test func jsonCarriesTheDiff() throws {
        let folder = try Caremap.temporaryFolder()
        let edited = try DiffCommandTests.editedAmira(in: folder)
        let output = try Caremap.run(["report", edited, "--since", "sample-maps/amira.caremap", "--format", "json"], in: Caremap.packageRoot)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let since = try #require(object["sinceLastReview"] as? [String: Any])
        let nodes = try #require(since["nodes"] as? [String: Any])
        #expect((nodes["added"] as? [[String: Any]])?.map { $0["id"] as? String } == ["farah"])
    }

    @Test func redactedItNamesNoOne() throws {
        let folder = try Caremap.temporaryFolder()
        let edited = try DiffCommandTests.editedAmira(in: folder)
        let output = try Caremap.run(["report", edited, "--since", "sample-maps/amira.caremap", "--redact"], in: Caremap.packageRoot)
        #expect(output.status == 0)
        #expect(output.stdout.contains("  - new person: Peer "), "\(output.stdout)")
        for name in ["Farah", "Grace", "Karim", "signed her up", "Ask Riverside"] { #expect(!output.stdout.contains(name), "\(name)") }
    }

    @Test func anUnreadableEarlierVersionFails() throws {
        let output = try Caremap.run(["report", "sample-maps/amira.caremap", "--since", "no-such.caremap"], in: Caremap.packageRoot)
        #expect(output.status == 1)
        #expect(output.stderr == "caremap: cannot read 'no-such.caremap': no such file\n")
    }
}
