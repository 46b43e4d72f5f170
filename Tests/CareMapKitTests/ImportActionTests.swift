import CareMapKit
import Testing

/// Actions through the interchange formats: the CSV actions table and the `action` lines a
/// GraphML export carries, read back with the file parser's rules and checked against the nodes.
@Suite struct ImportActionTests {
    static let nodes = "id,name\namira,Amira\ngp,Riverside GP\n"

    static func importingCSV(actions: String) -> ImportResult {
        CSVImporter.importMap(
            nodes: .init(file: "nodes.csv", bytes: Array(nodes.utf8)), links: nil,
            actions: .init(file: "actions.csv", bytes: Array(actions.utf8))
        )
    }

    static func importingGraphML(actionLines: [String]) -> ImportResult {
        let data = actionLines.map { "<data key=\"a\">" + $0 + "</data>" }.joined()
        let text = """
            <graphml>
            <key id="a" for="graph" attr.name="action"/>
            <graph>\(data)<node id="amira"/><node id="gp"/></graph></graphml>
            """
        return GraphMLImporter.importMap(file: "map.graphml", bytes: Array(text.utf8))
    }

    @Test func aTaskListWithItsOwnHeadersImports() throws {
        let result = Self.importingCSV(actions: "ID,Task,About,Assignee,Due date,Status,Priority\nbook,'=Book an interpreter,\"amira, gp\",Grace,2026-12-01,open,high\n")
        #expect(result.diagnostics.map(\.description) == [])
        let action = try #require(result.map?.actions["book"])
        #expect(action.text == "=Book an interpreter")
        #expect(action.about == ["amira", "gp"])
        #expect(action.owner == "Grace")
        #expect(action.review == CalendarDate("2026-12-01"))
        #expect(action.extra == ["x-priority": "high"])
    }

    @Test func everyActionProblemIsReportedWithItsRowAndColumn() {
        let result = Self.importingCSV(actions: "id,text,about,review,status\nok,Call,amira,,open\nok,Again,,,\nBad Id,x,,,\nlate,x,zz,2026-02-30,later\n,x,,,\n")
        #expect(result.map == nil)
        #expect(result.diagnostics.map(\.description) == [
            "actions.csv:3:1: duplicate action id 'ok'; it was first used on line 2",
            "actions.csv:4:1: malformed id 'Bad Id'; ids use lowercase letters, digits and '-', starting with a letter or digit",
            "actions.csv:5:11: malformed date '2026-02-30'; write a real day as YYYY-MM-DD, e.g. review=2026-12-15",
            "actions.csv:5:22: unknown action status 'later'; use one of open, done, dropped",
            "actions.csv:6:1: an action needs an id",
        ])
    }

    @Test func anActionAboutNoNodeIsRefused() {
        let result = Self.importingCSV(actions: "id,text,about\ncall,Call,\"amira,zz\"\n")
        #expect(result.map == nil)
        #expect(result.diagnostics.map(\.description) == [
            "actions.csv:2:11: 'zz' is not a node in this import; name a node by its id (or its name when the nodes have no ids)",
        ])
    }

    @Test func graphMLActionLinesAreReadAsTheFileReadsThem() throws {
        let result = Self.importingGraphML(actionLines: [
            "action call &quot;Ring \\u{1B} the GP&quot; about=amira,gp review=2026-12-01 status=done owner=&quot;Grace&quot;",
        ])
        #expect(result.diagnostics.map(\.description) == [])
        let action = try #require(result.map?.actions["call"])
        #expect(action.text == "Ring \u{1B} the GP")
        #expect(action.about == ["amira", "gp"])
        #expect(action.status == .done)
    }

    @Test func aBadGraphMLActionLineIsReportedWithItsColumn() {
        let result = Self.importingGraphML(actionLines: ["action call &quot;Ring&quot; status=later", "person x", "action x &quot;y&quot; about=zz"])
        #expect(result.map == nil)
        #expect(result.diagnostics.map(\.description) == [
            "map.graphml:3:21: in this action line, at column 27: unknown action status 'later'; use one of open, done, dropped",
            "map.graphml:3:83: in this action line, at column 1: not an action line; e.g. action call-gp \"Ring the surgery\" status=open",
            "map.graphml:3:112: 'zz' is not a node in this import; name a node by its id (or its name when the nodes have no ids)",
        ])
    }
}
