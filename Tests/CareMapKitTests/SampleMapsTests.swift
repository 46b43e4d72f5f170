import CareMapKit
import Foundation
import Testing

/// Keeps every file in `sample-maps/` valid and canonical, so what the README shows a newcomer is
/// exactly what `caremap fmt` and the editor would write.
@Suite struct SampleMapsTests {
    /// `sample-maps/` at the top of the package, found from this file's own path.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("sample-maps", isDirectory: true)

    /// Every `.caremap` file in the directory, sorted so the test order never changes.
    static let fileNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".caremap") }.sorted()
    }()

    static func text(of name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    static func map(named name: String) throws -> CareMap {
        let result = CareMapFile.parse(try text(of: name))
        return try #require(result.map, "\(name) did not load: \(result.diagnostics)")
    }

    @Test func theSamplesAreAllThere() {
        for name in ["amira.caremap", "ashbridge-community.caremap", "noorzai-family.caremap", "workshop-template.caremap"] {
            #expect(Self.fileNames.contains(name), "sample-maps/\(name) is missing")
        }
    }

    @Test(arguments: fileNames)
    func parsesWithoutErrorsOrWarnings(_ name: String) throws {
        let result = CareMapFile.parse(try Self.text(of: name))
        #expect(!result.hasErrors)
        #expect(result.map != nil)
        for diagnostic in result.diagnostics {
            Issue.record("\(name): \(diagnostic)")
        }
    }

    @Test(arguments: fileNames)
    func isCanonical(_ name: String) throws {
        let text = try Self.text(of: name)
        let map = try Self.map(named: name)
        let printed = CareMapFile.print(map)
        if printed != text {
            Issue.record("\(name) is not in canonical form:\n\(Self.lineDiff(expected: text, actual: printed))")
        }
    }

    @Test func amiraIsAPersonalNetwork() throws {
        let map = try Self.map(named: "amira.caremap")
        #expect(map.nodes.count >= 20)
        #expect(map.subject == NodeID("amira"))
        #expect(map.nodes.values.contains { $0.isPrivate })
        #expect(map.links.contains { $0.status == .past })
        #expect(map.links.contains { $0.status == .hopedFor })
        #expect(map.links.contains { $0.quality == .stressful })
        #expect(map.links.contains { $0.via != nil })
    }

    @Test func theCommunityMapHasNoSubject() throws {
        let map = try Self.map(named: "ashbridge-community.caremap")
        #expect(map.nodes.count >= 75)
        #expect(map.subject == nil)
    }

    @Test func theFamilyMapCentresOnAParent() throws {
        let map = try Self.map(named: "noorzai-family.caremap")
        let subject = try #require(map.subjectNode)
        #expect(subject.kind == .person)
        #expect(map.nodes.values.contains { $0.languages.contains(LanguageTag("prs")) })
        #expect(map.nodes.values.contains { $0.languages.contains(LanguageTag("ps")) })
    }

    @Test func theTemplateIsEmptyButTitled() throws {
        let map = try Self.map(named: "workshop-template.caremap")
        #expect(map.nodes.isEmpty)
        #expect(map.links.isEmpty)
        #expect(!map.title.isEmpty)
        #expect(!map.headerComments.isEmpty)
    }

    /// The lines that differ, numbered from 1, so a failing sample points at what to fix.
    static func lineDiff(expected: String, actual: String) -> String {
        let old = expected.components(separatedBy: "\n")
        let new = actual.components(separatedBy: "\n")
        var out: [String] = []
        for index in 0..<max(old.count, new.count) {
            let was = index < old.count ? old[index] : "(none)"
            let now = index < new.count ? new[index] : "(none)"
            if was != now {
                out.append("line \(index + 1):\n  file:    \(was)\n  printed: \(now)")
            }
            if out.count == 10 { break }
        }
        return out.joined(separator: "\n")
    }
}
