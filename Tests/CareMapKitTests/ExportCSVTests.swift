@testable import CareMapKit
import Foundation
import Testing

@Suite struct ExportCSVTests {
    @Test func tablesHaveTheDocumentedColumnsAndRows() {
        let nodes = CSVExporter.nodes(ExportFixtures.amira).components(separatedBy: "\r\n")
        #expect(nodes[0] == "id,name,kind,subject,role,sector,lang,ring,domains,x,y,age,minor,needs-interpreter,interpreter-gender,interpreter-lang,barriers,notes,pronouns")
        #expect(nodes[1] == "amira,أميرة (Amira),person,yes,service-user,personal,\"ar,en\",,\"network,communication\",40,-12,,,,,,,Arrived in March.,")
        #expect(nodes[3] == "hassan,Hassan,person,,interpreter,statutory,\"ar,en\",2,communication,,,,,,,,,,he/him")
        #expect(nodes.count == 1 + 6 + 1, "six public nodes and a final CRLF")
        let links = CSVExporter.links(ExportFixtures.amira).components(separatedBy: "\r\n")
        #expect(links[0] == "from,to,direction,label,strength,quality,status,support,mode,lang,via,trust,barriers,reported-by,domains,notes,since")
        #expect(links[1] == "amira,riverside-gp,forward,registered with,moderate,,current,,,en,hassan,,,,,,")
        #expect(links.count == 1 + 6 + 1)
    }

    @Test func theActionsTableHasTheDocumentedColumnsAndNeutralisesFormulas() {
        var map = ExportFixtures.amira
        #expect(CSVExporter.actions(map) == "id,text,about,owner,review,status,domains,notes\r\n", "a header alone when there are no actions")
        map.actions[ActionID("book")] = CareAction(
            id: "book", text: "=Book, now", about: ["amira", "hassan"], owner: "@Grace", review: CalendarDate("2026-12-01"),
            domains: [.communication], extra: ["priority": "high"]
        )
        map.actions[ActionID("ask")] = CareAction(id: "ask", text: "Ask", about: [map.nodes.values.first(where: \.isPrivate)!.id])
        #expect(CSVExporter.actions(map).components(separatedBy: "\r\n") == [
            "id,text,about,owner,review,status,domains,notes,priority",
            "book,\"'=Book, now\",\"amira,hassan\",'@Grace,2026-12-01,open,communication,,high",
            "",
        ])
    }

    @Test func formulasAreNeutralisedButNumbersAreNot() {
        for (text, cell) in [
            ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""), ("+1", "'+1"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
            ("\tTAB", "'\tTAB"), ("\rCR", "\"'\rCR\""), ("'quoted", "''quoted"), ("a=b", "a=b"), ("", ""),
            ("＝HYPERLINK()", "'＝HYPERLINK()"), ("＋1", "'＋1"), ("－1", "'－1"), ("＠SUM(A1)", "'＠SUM(A1)"), ("﹦1", "'﹦1"), ("a＝b", "a＝b"),
        ] {
            #expect(CSVExporter.cell(text, field: "name") == cell, "\(text.debugDescription)")
        }
        #expect(CSVExporter.cell("-12", field: "x") == "-12")
        #expect(CSVExporter.cell("-12", field: "notes") == "'-12")
    }

    @Test func controlsBidiAndLineSeparatorsAreWrittenVisiblyAndReadBack() {
        let text = "a\u{202E}b\u{7}c\u{9B}d\u{2028}e\u{7F}\tf"
        let cell = CSVExporter.cell(text, field: "name")
        #expect(cell == "a\\u{202E}b\\u{7}c\\u{9B}d\\u{2028}e\\u{7F}\tf")
        #expect(CSVImporter.unmarked(cell) == text)
    }

    @Test func quotingFollowsRFC4180() {
        #expect(CSVExporter.cell("a,b", field: "name") == "\"a,b\"")
        #expect(CSVExporter.cell("say \"hi\"", field: "name") == "\"say \"\"hi\"\"\"")
        #expect(CSVExporter.cell("two\nlines", field: "name") == "\"two\nlines\"")
        #expect(CSVExporter.cell("plain text", field: "name") == "plain text")
    }

    @Test func ourReaderGivesBackEveryCell() throws {
        let map = ExportFixtures.hostile
        let rows = try CSVReader.records(Array(CSVExporter.nodes(map).utf8))
        let names = rows.dropFirst().map { CSVImporter.unmarked($0[1].text) }
        #expect(names == map.withoutPrivateNodes().nodes.values.map(\.name))
        #expect(rows.allSatisfy { $0.count == rows[0].count })
    }

    @Test(.enabled(if: ExternalTool.isInstalled("python3"), "python3 is not installed"))
    func pythonsCSVModuleReadsEverySampleWithTheSameCounts() throws {
        let python = try #require(ExternalTool("python3"))
        let script = """
            import sys, csv, io, json
            rows = list(csv.reader(io.StringIO(sys.stdin.read(), newline="")))
            print(json.dumps({"rows": len(rows) - 1, "widths": sorted(set(len(r) for r in rows)), "first": rows[1] if len(rows) > 1 else []}))
            """
        for (name, map) in try Interchange.samples() + [("hostile", ExportFixtures.hostile)] {
            let shown = map.withoutPrivateNodes()
            for (table, text, count) in [("nodes", CSVExporter.nodes(map), shown.nodes.count), ("links", CSVExporter.links(map), shown.links.count)] {
                let run = try python.run(["-c", script], input: text)
                #expect(run.status == 0, "\(name) \(table): \(run.errors)")
                let result = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
                #expect(result["rows"] as? Int == count, "\(name) \(table)")
                #expect((result["widths"] as? [Int])?.count == 1, "\(name) \(table): rows of different widths")
                if table == "nodes", let node = shown.nodes.values.first {
                    let first = try #require(result["first"] as? [String])
                    #expect(CSVImporter.unmarked(first[1]) == node.name, "\(name)")
                }
            }
        }
    }
}
