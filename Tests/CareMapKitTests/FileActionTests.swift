import CareMapKit
import Foundation
import Testing

/// `action` lines: reading, printing, every diagnostic word for word, and what editing, the
/// privacy filter and the JSON export do with actions.
@Suite struct FileActionTests {
    static let header = """
        caremap 1
        subject amira
        person amira "Amira" role=service-user
        person hassan "Hassan" role=caseworker
        place riverside-gp "Riverside GP" role=gp-surgery

        """

    static func map(_ actions: String) throws -> CareMap {
        try #require(CareMapFile.parse(header + actions).map)
    }

    static func messages(_ actions: String) -> [String] {
        CareMapFile.parse(header + actions).diagnostics.map { $0.formatted(path: "m.caremap") }
    }

    @Test func anActionIsReadWithEveryAttribute() throws {
        let map = try Self.map("""
            action call-interpreter "Book a Dari phone interpreter for GP visits" about=amira,riverside-gp owner="Hassan (caseworker)" review=2026-12-15 status=open domains=communication notes="Ask at reception."

            """)
        let action = try #require(map.actions["call-interpreter"])
        #expect(action.text == "Book a Dari phone interpreter for GP visits")
        #expect(action.about == ["amira", "riverside-gp"])
        #expect(action.owner == "Hassan (caseworker)")
        #expect(action.review == CalendarDate(year: 2026, month: 12, day: 15))
        #expect(action.status == .open)
        #expect(action.domains == [.communication])
        #expect(action.notes == "Ask at reception.")
    }

    @Test func aMissingStatusMeansOpenAndPrintingSaysSo() throws {
        let map = try Self.map("action ring-gp \"Ring the surgery\"\n")
        #expect(map.actions["ring-gp"]?.status == .open)
        #expect(CareMapFile.print(map).hasSuffix("\naction ring-gp \"Ring the surgery\" status=open\n"))
    }

    @Test func actionsPrintAfterLinksInTheirOwnSectionWithComments() throws {
        let map = try Self.map("""
            # agreed on 20 November
            action b-step "Second" status=done about=hassan
            action a-step "First" review=2027-01-05
            link amira -- hassan

            """)
        let printed = CareMapFile.print(map)
        #expect(printed.hasSuffix("""

            link amira -- hassan

            # agreed on 20 November
            action b-step "Second" about=hassan status=done
            action a-step "First" review=2027-01-05 status=open

            """))
        #expect(CareMapFile.parse(printed).map == map)
    }

    @Test func anActionAndANodeMayShareAnId() throws {
        let map = try Self.map("action hassan \"Thank Hassan\" about=hassan\n")
        #expect(map.actions["hassan"]?.about == ["hassan"])
    }

    @Test func everyActionProblemIsReportedWhereItStands() {
        let text = """
            action ring-gp "Ring" about=amira,nobody review=2026-02-30 status=finished
            action ring-gp "Again"
            action Bad "Upper"
            action no-text
            action bare-text Ring
            action later "Later" review=15/12/2026 priority=high
            action
            action kind "K" domains=kindness

            """
        #expect(Self.messages(text) == [
            "m.caremap:6:29: action about 'nobody', which is not a node in this map",
            "m.caremap:6:49: malformed date '2026-02-30'; write a real day as YYYY-MM-DD, e.g. review=2026-12-15",
            "m.caremap:6:67: unknown action status 'finished'; use one of open, done, dropped",
            "m.caremap:7:8: duplicate action id 'ring-gp'; it is already declared on line 6",
            "m.caremap:8:8: malformed id 'Bad'; ids use lowercase letters, digits and '-', starting with a letter or digit",
            "m.caremap:9:8: action 'no-text' says nothing to do; write it in double quotes after the id, e.g. action no-text \"Ring the surgery about an interpreter\"",
            "m.caremap:10:18: a description goes in double quotes: \"Ring\"",
            "m.caremap:11:29: malformed date '15/12/2026'; write a real day as YYYY-MM-DD, e.g. review=2026-12-15",
            "m.caremap:11:40: warning: unknown attribute 'priority'; it is kept as written",
            "m.caremap:12:1: missing id after 'action'; e.g. action call-gp \"Ring the surgery about an interpreter\"",
            "m.caremap:13:25: unknown domain 'kindness'; use one of community, network, engagement, communication, informed-providers, knowledge",
        ])
    }

    @Test(arguments: [
        ("2026-12-15", CalendarDate(year: 2026, month: 12, day: 15)),
        ("2024-02-29", CalendarDate(year: 2024, month: 2, day: 29)),
        ("2100-02-29", nil), ("2000-02-29", CalendarDate(year: 2000, month: 2, day: 29)),
        ("2026-04-31", nil), ("2026-13-01", nil), ("2026-1-05", nil), ("26-01-05", nil),
        ("2026-01-05x", nil), ("+026-01-05", nil), ("", nil),
    ])
    func datesAreRealDaysWrittenExactly(text: String, expected: CalendarDate?) {
        #expect(CalendarDate(text) == expected)
        if let expected { #expect(expected.description == text) }
    }

    @Test func todayIsTheDayInTheGivenTimeZone() throws {
        let instant = Date(timeIntervalSince1970: 1_794_970_000)  // 2026-11-18T02:46:40Z, 16:46 the day before in Honolulu
        #expect(CalendarDate.today(in: try #require(TimeZone(identifier: "UTC")), now: instant) == CalendarDate(year: 2026, month: 11, day: 18))
        #expect(CalendarDate.today(in: try #require(TimeZone(identifier: "Pacific/Honolulu")), now: instant) == CalendarDate(year: 2026, month: 11, day: 17))
    }

    @Test func overdueMeansOpenAndReviewedBeforeToday() throws {
        let today = try #require(CalendarDate(year: 2026, month: 12, day: 1))
        var action = CareAction(id: "a", text: "A", review: CalendarDate(year: 2026, month: 11, day: 30))
        #expect(action.isOverdue(on: today))
        action.review = today
        #expect(!action.isOverdue(on: today), "due today is not yet overdue")
        action.review = CalendarDate(year: 2026, month: 1, day: 1)
        action.status = .done
        #expect(!action.isOverdue(on: today))
        action.status = .open
        action.review = nil
        #expect(!action.isOverdue(on: today))
    }
}

/// What editing and exporting do with actions.
@Suite struct ActionEditingTests {
    static func map() throws -> CareMap {
        try FileActionTests.map("""
            person karim "Karim" role=family private=yes
            action call-interpreter "Book an interpreter" about=amira,riverside-gp owner="Hassan" review=2026-12-15
            action karim-visa "Ask about Karim's visa" about=karim,amira
            action whole-map "Review the map in January"

            """)
    }

    @Test func removingANodeTakesItOutOfActionsButKeepsThem() throws {
        var map = try Self.map()
        try map.removeNode("riverside-gp")
        #expect(map.actions["call-interpreter"]?.about == ["amira"])
        #expect(map.actions.count == 3)
        #expect(map.invariantViolations().isEmpty)
    }

    @Test func changingAnIdRewritesActions() throws {
        var map = try Self.map()
        try map.changeID("amira", to: "amira-k")
        #expect(map.actions["call-interpreter"]?.about == ["amira-k", "riverside-gp"])
        #expect(map.actions["karim-visa"]?.about == ["karim", "amira-k"])
        #expect(map.invariantViolations().isEmpty)
    }

    @Test func addingAndUpdatingActions() throws {
        var map = try Self.map()
        try map.addAction(CareAction(id: "new-step", text: "Find a peer", about: ["amira"]))
        #expect(map.actions.keys.last == "new-step")
        try map.updateAction("new-step") { $0.status = .done }
        #expect(map.actions["new-step"]?.status == .done)
        #expect(throws: EditError.duplicateActionID("new-step")) { try map.addAction(CareAction(id: "new-step", text: "Again")) }
        #expect(throws: EditError.noSuchNode("amria", suggestion: "amira")) { try map.addAction(CareAction(id: "x", text: "X", about: ["amria"])) }
        #expect(throws: EditError.invalid(MapProblem(.actionWithoutText("y"), at: .action("y", attribute: nil)))) {
            try map.addAction(CareAction(id: "y", text: ""))
        }
        #expect(throws: EditError.noSuchAction("new-stpe", suggestion: "new-step")) { try map.updateAction("new-stpe") { $0.status = .done } }
        #expect(EditError.noSuchAction("new-stpe", suggestion: "new-step").description == "no action with id 'new-stpe'; did you mean 'new-step'?")
        #expect(EditError.duplicateActionID("a").description == "there is already an action with id 'a'")
    }

    @Test func anActionAboutAPrivateNodeNeverLeavesTheMachine() throws {
        let map = try Self.map()
        let visible = map.withoutPrivateNodes()
        #expect(visible.actions.keys.elementsEqual(["call-interpreter", "whole-map"]))
        for output in [JSONExporter.export(map), DOTExporter.export(map)] {
            #expect(!output.contains("Karim"))
            #expect(!output.contains("karim"))
        }
    }

    @Test func theJSONExportCarriesActions() throws {
        let map = try Self.map()
        let object = try JSONSerialization.jsonObject(with: Data(JSONExporter.export(map).utf8)) as? [String: Any]
        let actions = try #require(object?["actions"] as? [[String: Any]])
        #expect(actions.count == 2)
        let first = try #require(actions.first)
        #expect(first["id"] as? String == "call-interpreter")
        #expect(first["text"] as? String == "Book an interpreter")
        #expect(first["about"] as? [String] == ["amira", "riverside-gp"])
        #expect(first["owner"] as? String == "Hassan")
        #expect(first["review"] as? String == "2026-12-15")
        #expect(first["status"] as? String == "open")
        #expect(Set(first.keys) == ["id", "text", "about", "owner", "review", "status"])
        #expect(actions.last?["about"] == nil)
    }
}
