@testable import CareMapKit
import HostileInput
import Testing

/// The hostile corpus (`Tests/HostileInput`) read by the parser: every broken file is refused with
/// the exact diagnostics a person can act on, and every hostile but legal one is read and stored
/// faithfully, so print → parse gives back the same map (`docs/safety.md`).
@Suite struct HostileFileTests {
    @Test(arguments: HostileFile.corpus)
    func eachFileIsRefusedClearlyOrReadFaithfully(file: HostileFile) throws {
        let result = CareMapFile.parse(file.bytes())
        switch file.outcome {
        case .refused(let expected):
            #expect(result.diagnostics.map { $0.formatted(path: HostileFile.path) } == expected)
            #expect(result.map == nil)
        case .read(let nodes, let links):
            #expect(!result.hasErrors, "\(result.diagnostics.prefix(3))")
            let map = try #require(result.map)
            #expect(map.nodes.count == nodes)
            #expect(map.links.count == links)
            #expect(CareMapFile.parse(CareMapFile.print(map)).map == map, "print → parse changed the map")
        }
    }

    @Test func everyHostileTextSurvivesARoundTripExactly() throws {
        let map = HostileText.map()
        let read = try #require(CareMapFile.parse(CareMapFile.print(map)).map)
        #expect(read == map)
        for (index, text) in HostileText.all.enumerated() {
            let node = try #require(read.nodes[NodeID("hostile-\(index)")])
            #expect(node.name.unicodeScalars.elementsEqual(text.unicodeScalars), "name changed: \(text.debugDescription)")
            #expect(node.extra["x-hostile"].map { Array($0.unicodeScalars) } == Array(text.unicodeScalars))
        }
    }

    @Test func theCanonicalFileHoldsNoControlCharacterOrBidiControl() {
        let text = CareMapFile.print(HostileText.map())
        let hidden = text.unicodeScalars.filter(HostileText.isTerminalUnsafe)
        #expect(hidden.isEmpty, "raw in the file: \(hidden.map { String($0.value, radix: 16) })")
    }

    @Test func theNodeLimitCountsEveryNodeDeclarationAndNothingElse() {
        let lines = ["caremap 1", "person a", "  place b \"B\"", "\tgroup c", "# person x", "link a -- b", "note \"person y\"", "personal z", "group"]
        let bytes = Array(lines.joined(separator: "\n").utf8)
        #expect(CareMapFile.nodeLimitProblem(in: bytes, limit: 3) == nil)
        #expect(CareMapFile.nodeLimitProblem(in: bytes + Array("\n    person d".utf8), limit: 3)?.formatted(path: "m.caremap")
            == "m.caremap:10:5: more than 3 nodes, the most a map may hold; split it into smaller maps")
    }

    @Test func aMapAtTheNodeLimitIsNotRefusedByIt() {
        var bytes = Array("caremap 1\n".utf8)
        for index in 0..<CareMapFile.maximumNodes { bytes += Array("person n\(index)\n".utf8) }
        #expect(CareMapFile.nodeLimitProblem(in: bytes) == nil)
        #expect(CareMapFile.nodeLimitProblem(in: bytes + Array("group one-more\n".utf8))?.location
            == SourceLocation(line: CareMapFile.maximumNodes + 2, column: 1))
    }
}
