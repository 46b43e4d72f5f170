@testable import CareMapKit
import Testing

@Suite struct ImportCSVTests {
    static func importing(_ nodes: String, _ links: String? = nil, columns: [String: String] = [:]) -> ImportResult {
        CSVImporter.importMap(
            nodes: .init(file: "nodes.csv", bytes: Array(nodes.utf8)),
            links: links.map { .init(file: "links.csv", bytes: Array($0.utf8)) }, columns: columns
        )
    }

    static func messages(_ result: ImportResult) -> [String] { result.diagnostics.map(\.description) }

    @Test func commonHeadersFromOtherToolsAreUnderstood() throws {
        let result = Self.importing(
            "Label,Type,Description,Languages,Full Address\nAmira Haddad,Person,Arrived in March,\"ar, en\",12 Mill Lane\nRiverside GP,Place,,en,\n",
            "Source,Target,Type,Strength\nAmira Haddad,Riverside GP,registered with,moderate\n"
        )
        #expect(Self.messages(result) == [])
        let map = try #require(result.map)
        #expect(map.nodes.keys.map(\.rawValue) == ["amira-haddad", "riverside-gp"])
        let amira = try #require(map.nodes["amira-haddad"])
        #expect(amira.name == "Amira Haddad")
        #expect(amira.notes == "Arrived in March")
        #expect(amira.languages == [LanguageTag("ar"), LanguageTag("en")])
        #expect(amira.extra == ["x-full-address": "12 Mill Lane"])
        #expect(map.nodes["riverside-gp"]?.kind == .place)
        #expect(map.links == [Link(from: "amira-haddad", to: "riverside-gp", label: "registered with", strength: .moderate)])
    }

    @Test func columnsCanBeMappedByName() throws {
        let result = Self.importing(
            "Code,Full Name,Job\nA1,Amira,service user\nh,Hassan,Interpreter\n", "Who,Whom\nh,A1\n",
            columns: ["id": "code", "name": "Full Name", "role": "JOB", "from": "who", "to": "whom"]
        )
        #expect(Self.messages(result) == [])
        let map = try #require(result.map)
        #expect(map.nodes.values.map(\.id) == ["a1", "h"])
        #expect(map.nodes.values.map(\.role) == [.serviceUser, .interpreter])
        #expect(map.links.map(\.from) == ["h"])
    }

    @Test func hostileCellsAreKeptAsText() throws {
        let result = Self.importing("id,name,notes\na,\"'=HYPERLINK(\"\"http://evil\"\")\",\"line one\nline two, with \"\"quotes\"\"\"\nb,\u{1B}[31mred,'@SUM(A1)\n")
        let map = try #require(result.map)
        #expect(map.nodes["a"]?.name == "=HYPERLINK(\"http://evil\")")
        #expect(map.nodes["a"]?.notes == "line one\nline two, with \"quotes\"")
        #expect(map.nodes["b"]?.name == "\u{1B}[31mred")
        #expect(map.nodes["b"]?.notes == "@SUM(A1)")
    }

    @Test func idsThatAreNotCaremapIdsBecomeUniqueOnes() throws {
        let result = Self.importing("id,name\nAmira,A\namira,B\n007 Bond,C\n,D\n")
        #expect(result.map?.nodes.keys.map(\.rawValue) == ["amira", "amira-2", "007-bond", "d"])
    }

    @Test func everyProblemIsReportedWithItsRowAndColumn() {
        let result = Self.importing(
            "id,kind,ring,lang\na,person,2,ar\nb,robot,,\nc,place,7,\nd,person,,ar-\na,person,,\n,person,,\n",
            "from,to,strength\na,b,strong\na,zz,weak\nc,a\n"
        )
        #expect(result.map == nil)
        #expect(Self.messages(result) == [
            "nodes.csv:3:3: unknown kind 'robot'; use one of person, place, group",
            "nodes.csv:4:9: ring 7 is out of range; use 1 (closest), 2 or 3",
            "nodes.csv:5:11: malformed language tag 'ar-'; use a BCP 47 tag such as 'ar', 'prs' or 'en-GB'",
            "nodes.csv:6:1: duplicate id 'a'; it was first used on line 2",
            "nodes.csv:7:1: a node needs an id or a name",
            "links.csv:3:3: 'zz' is not a node in this import; name a node by its id (or its name when the nodes have no ids)",
            "links.csv:3:6: unknown strength 'weak'; use one of strong, moderate, tenuous",
            "links.csv:4:1: this row has 2 fields; the header has 3",
        ])
    }

    @Test func missingAndDuplicatedColumnsAreNamed() {
        #expect(Self.messages(Self.importing("id\na\n", "source,weight\na,1\n")) == [
            "links.csv:1:1: no 'to' column; name one to, target, targetid, alter, networkcanvastargetuuid, or map yours with --column to=NAME",
        ])
        #expect(Self.messages(Self.importing("name,Label\nA,B\n")) == [
            "nodes.csv:1:6: columns 'name' and 'Label' both give the name; keep one, or map one elsewhere with --column",
        ])
        #expect(Self.messages(Self.importing("")) == ["nodes.csv: the file is empty; the first row must name the columns"])
    }

    @Test func malformedCSVIsReportedWhereItBreaks() {
        #expect(Self.messages(Self.importing("id,name\na,\"never closed\n")) == ["nodes.csv:2:3: a quoted field is never closed; end it with '\"'"])
        #expect(Self.messages(Self.importing("id,name\na,\"x\"y\n")) == [
            "nodes.csv:2:6: unexpected 'y' after a closing quote; write a quote inside a quoted field as \"\"",
        ])
        let invalid = CSVImporter.importMap(nodes: .init(file: "nodes.csv", bytes: Array("id\nab".utf8) + [0xFF]), links: nil)
        #expect(Self.messages(invalid) == ["nodes.csv:2:3: invalid UTF-8; save the file as UTF-8"])
    }

    @Test func theReaderFollowsRFC4180() throws {
        let rows = try CSVReader.records(Array("\u{FEFF}a,b\r\n\"x,y\",\"he said \"\"hi\"\"\"\r\n\r\nlast,\"multi\r\nline\"".utf8))
        #expect(rows.map { $0.map(\.text) } == [["a", "b"], ["x,y", "he said \"hi\""], ["last", "multi\r\nline"]])
        #expect(rows[2][1].location == SourceLocation(line: 4, column: 6))
    }
}

extension ImportCSVTests {
    @Test func columnsCountCharactersNotBytes() {
        #expect(Self.messages(Self.importing("id,name,ring\nأميرة,أميرة,x\n")) == ["nodes.csv:2:13: ring 'x' is not a number; use 1 (closest), 2 or 3"])
    }

    @Test func aFloodOfProblemsIsCutShort() {
        let rows = (1...150).map { "n\($0),robot" }.joined(separator: "\n")
        let messages = Self.messages(Self.importing("id,kind\n" + rows))
        #expect(messages.count == 101)
        #expect(messages.last == "nodes.csv: 50 more problems not shown; fix these first")
    }
}
