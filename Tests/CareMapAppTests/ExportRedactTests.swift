import CareMapKit
import Testing
@testable import CareMapApp

@Suite struct ExportRedactTests {
    @Test func redactExportsThePseudonymisedMap() {
        var editor = Editor.on(sampleMap())
        editor.press(.character(":"))
        editor.type("export json shared.json --redact")
        #expect(editor.press(.enter) == [.export(format: .json, map: sampleMap().redacted(), path: "shared.json")])
        #expect(sampleMap().redacted() != sampleMap(), "the sample has names to hide")
    }

    @Test func anythingElseAfterTheFileIsAUsageError() {
        var editor = Editor.on(sampleMap())
        editor.press(.character(":"))
        editor.type("export json shared.json redact")
        #expect(editor.press(.enter) == [])
        #expect(editor.bottomLine.hasPrefix("usage: :export FORMAT FILE [--redact]"))
    }

    @Test func anUnknownFormatIsRefusedBeforeAnythingRuns() {
        var editor = Editor.on(sampleMap())
        editor.press(.character(":"))
        editor.type("export tiff amira.tiff")
        #expect(editor.press(.enter) == [])
        #expect(editor.bottomLine.hasPrefix("unknown format 'tiff'; use one of dot, json, graphml, csv, mermaid, markdown, svg, png, pdf"))
    }
}
