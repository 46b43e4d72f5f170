import CareMapKit
import Foundation
import PropertyBased
import Testing

/// `parse(print(m)) == m` for every map, and printing is canonical: same map, same bytes.
@Suite struct FileRoundTripTests {
    @Test func everyRandomMapReadsBackUnchanged() async {
        await propertyCheck(count: 300, input: Gen.uint64(in: 0 ... .max)) { seed in
            let map = RandomMap.make(seed: seed)
            let text = CareMapFile.print(map)
            let result = CareMapFile.parse(text)
            #expect(!result.hasErrors, "seed \(seed): \(result.diagnostics)")
            #expect(result.map == map, "seed \(seed)")
            #expect(result.map.map(CareMapFile.print) == text, "seed \(seed): printing is not canonical")
        }
    }

    @Test func printedFilesHoldNoControlCharacters() async {
        await propertyCheck(count: 200, input: Gen.uint64(in: 0 ... .max)) { seed in
            let text = CareMapFile.print(RandomMap.make(seed: seed))
            let controls = text.unicodeScalars.filter { $0 != "\n" && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value)) }
            #expect(controls.isEmpty, "seed \(seed)")
            #expect(!text.unicodeScalars.contains("\u{202E}"), "seed \(seed): a bidi override is written raw")
        }
    }

    @Test func commentsAndUnknownAttributesSurviveALoadAndSave() throws {
        let text = """
            caremap 1
            # Drawn at the Tuesday drop-in.
            title "Amira's network"

            person amira "Amira" role=service-user x-colour=teal

            # Met through the mosque.
            person hassan "Hassan" role=interpretr

            link amira -- hassan strength=strong since=2024

            # Still to ask about school.

            """
        let result = CareMapFile.parse(text)
        let map = try #require(result.map)
        #expect(CareMapFile.print(map) == text)
        #expect(result.diagnostics.map(\.description) == [
            "<input>:8:29: warning: unknown role 'interpretr'; did you mean 'interpreter'?",
            "<input>:10:38: warning: unknown attribute 'since'; it is kept as written",
        ])
    }

    @Test(arguments: [
        CareMap(headerComments: ["Workshop, St Aidan's hall"]),
        CareMap(trailingComments: ["end of the map"]),
        CareMap(headerComments: ["top"], trailingComments: ["end"]),
        CareMap(title: "T", trailingComments: ["end"]),
    ])
    func commentsOfAMapWithoutNodesKeepTheirPlace(_ map: CareMap) {
        #expect(CareMapFile.parse(CareMapFile.print(map)).map == map)
    }

    @Test func anInlineCommentMovesAboveItsDeclaration() throws {
        let map = try #require(CareMapFile.parse("caremap 1\nperson amira \"Amira\" # the subject\n").map)
        #expect(CareMapFile.print(map) == "caremap 1\n\n# the subject\nperson amira \"Amira\"\n")
    }

    @Test func windowsLineEndsAndAByteOrderMarkAreRead() throws {
        let bytes = Array("\u{FEFF}caremap 1\r\nperson amira \"Amira\"\r\n".utf8)
        let map = try #require(CareMapFile.parse(bytes).map)
        #expect(map.nodes.keys.map(\.rawValue) == ["amira"])
        #expect(CareMapFile.print(map) == "caremap 1\n\nperson amira \"Amira\"\n")
    }
}
