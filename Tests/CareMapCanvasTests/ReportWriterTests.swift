import CareMapCanvas
import CareMapKit
import Foundation
import Testing

/// `ReportWriter`: the report's words, what it never shows, and what each format escapes.
@Suite struct ReportWriterTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 25)!

    static func sample(_ name: String) throws -> CareMap {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../sample-maps/\(name).caremap")
        return try #require(try CareMapFile.load(contentsOf: url).map)
    }

    static func report(_ map: CareMap, _ format: ReportOptions.Format) -> String {
        ReportWriter.write(map, options: ReportOptions(format: format, today: today))
    }

    /// A map with a private brother who is the only way to the GP, an action about him, and
    /// names built to break every format.
    static let hostile = CareMap(
        title: "Test\u{1B}]0;owned\u{7}",
        subject: "amira",
        nodes: [
            Node(id: "amira", kind: .person, name: "- *Amira* [x](http://e.example) <b>", role: .serviceUser, languages: [LanguageTag("prs")]),
            Node(id: "karim", kind: .person, name: "Karim Secret", role: .family, notes: "lives at 4 Hidden Road", isPrivate: true),
            Node(id: "gp", kind: .place, name: "GP ```fence``` 1. #", role: .gpSurgery, languages: [LanguageTag("en")]),
        ],
        links: [Link(from: "amira", to: "karim"), Link(from: "gp", to: "amira", via: "karim")],
        actions: [
            CareAction(id: "karim-visa", text: "Ask about Karim Secret's visa", about: ["karim"], owner: "Karim's lawyer", review: CalendarDate(year: 2026, month: 1, day: 1)),
            CareAction(id: "gp-letter", text: "Write to the \u{1B}[31mGP", about: ["gp"], owner: "Grace"),
        ]
    )

    @Test func theAmiraSampleReadsAsRecorded() throws {
        // The snapshot file ends with the report's own final new line.
        assertSnapshot(String(Self.report(try Self.sample("amira"), .text).dropLast()), named: "report-amira-text")
    }

    @Test(arguments: ReportOptions.Format.allCases)
    func aPrivatePersonIsNeverNamedButStillCounts(_ format: ReportOptions.Format) {
        let output = Self.report(Self.hostile, format)
        for secret in ["Karim", "karim", "Hidden Road", "lawyer"] {
            #expect(!output.contains(secret), "\(format) leaked \(secret)")
        }
        // The brother is the only way to the GP: the finding is made, with him masked.
        #expect(output.contains("The only route to primary care depends on Private"))
        #expect(output.contains("an action about a private person") || output.contains("An action about a private person") || format == .json)
    }

    @Test func peopleAreCalledByTheirRoleInPlainWords() {
        // "gp" is a word of the file format; a clinician writes "GP".
        let map = CareMap(subject: "amira", nodes: [
            Node(id: "amira", kind: .person, name: "Amira", role: .serviceUser),
            Node(id: "okafor", kind: .person, name: "Dr Okafor", role: .gp),
            Node(id: "tom", kind: .person, name: "Tom Reilly", role: .legalAdviser),
        ], links: [Link(from: "amira", to: "okafor"), Link(from: "amira", to: "tom")])
        let output = Self.report(map, .text)
        #expect(output.contains("Dr Okafor (GP)"))
        #expect(output.contains("Tom Reilly (legal adviser)"))
        #expect(!output.contains("(gp)"))
    }

    @Test(arguments: [ReportOptions.Format.text, .markdown])
    func noControlCharacterReachesTheTerminal(_ format: ReportOptions.Format) {
        let output = Self.report(Self.hostile, format)
        #expect(!output.unicodeScalars.contains { $0 != "\n" && ($0.value < 0x20 || (0x7F..<0xA0).contains($0.value)) })
        #expect(output.contains("\\e]0;owned\\a"))
    }

    @Test func textIsWrappedAtEightyColumns() throws {
        for name in ["amira", "noorzai-family", "ashbridge-community"] {
            for line in Self.report(try Self.sample(name), .text).split(separator: "\n") {
                #expect(DisplayWidth.columns(of: line) <= 80, "\(name): \(line)")
            }
        }
        let long = String(repeating: "x", count: 200)
        #expect(ReportWriter.write(CareMap(title: long), options: ReportOptions(format: .text, today: Self.today))
            .split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func markdownEscapesNamesAndFencesTheDrawing() throws {
        let output = Self.report(Self.hostile, .markdown)
        let prose = try #require(output.components(separatedBy: "## The map").first)
        #expect(prose.contains(#"Subject: \- \*Amira\* \[x\](http://e.example) \<b\> ·"#))
        #expect(!prose.contains("[x](http"), "the drawing shows names as drawn, inside the fence only")
        #expect(output.contains(#"GP \`\`\`fence\`\`\` 1. #"#))
        #expect(output.contains("## The map\n\n````text\n"))
        #expect(output.hasSuffix("\n````\n"))
    }

    @Test func jsonIsSortedDeterministicAndMasksPrivateIds() throws {
        let output = Self.report(Self.hostile, .json)
        #expect(output == Self.report(Self.hostile, .json))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "caremap-report")
        #expect(object["today"] as? String == "2026-11-25")
        let findings = try #require(object["findings"] as? [[String: Any]])
        // Karim is a family member and the go-between of the GP tie: said first, then the route
        // that depends on him; both name him only as Private.
        #expect(findings.prefix(2).map { $0["kind"] as? String } == ["family-interpreting", "single-point-of-failure"])
        let nodes = try #require(findings[1]["nodes"] as? [[String: Any]])
        #expect(nodes.contains { $0["name"] as? String == "Private" && $0["id"] == nil && $0["private"] as? Bool == true })
        let actions = try #require(object["actions"] as? [String: Any])
        let open = try #require(actions["open"] as? [[String: Any]])
        #expect(open.first?["private"] as? Bool == true && open.first?["text"] == nil && open.first?["id"] == nil)
        #expect(open.first?["overdue"] as? Bool == true)
        let keys = output.split(separator: "\n").compactMap { line -> String? in
            guard let quote = line.firstIndex(of: "\""), line.hasPrefix("  \"") else { return nil }
            return String(line[quote...].prefix { $0 != ":" })
        }
        #expect(keys == keys.sorted(), "top-level keys in order")
    }
}
