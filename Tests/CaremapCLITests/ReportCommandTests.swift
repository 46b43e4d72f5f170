import Foundation
import Testing

/// `caremap report`: every sample in every format, the exact text of one, and the errors.
@Suite struct ReportCommandTests {
    static let formats = ["text", "markdown", "json"]

    @Test(arguments: Caremap.samples.map(\.lastPathComponent), formats)
    func everySampleReportsInEveryFormat(_ name: String, format: String) throws {
        let output = try Caremap.run(["report", "sample-maps/\(name)", "--format", format, "--today", "2026-11-25"], in: Caremap.packageRoot)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.isEmpty)
        switch format {
        case "json":
            let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
            #expect(object?["format"] as? String == "caremap-report")
        case "markdown":
            #expect(output.stdout.hasPrefix("# Care report: "))
            #expect(output.stdout.contains("## What to act on"))
            #expect(output.stdout.contains("## The map\n\n```text\n"))
        default:
            #expect(output.stdout.hasPrefix("Care report: "))
            for line in output.stdout.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        }
        #expect(!output.stdout.unicodeScalars.contains { $0 != "\n" && ($0.value < 0x20 || $0.value == 0x7F) })
    }

    @Test func theAmiraReportWordForWord() throws {
        let output = try Caremap.run(["report", "sample-maps/amira.caremap", "--today", "2026-11-25"], in: Caremap.packageRoot)
        let expected = try String(contentsOf: Caremap.packageRoot.appendingPathComponent("Tests/CareMapCanvasTests/Snapshots/report-amira-text.txt"), encoding: .utf8)
        #expect(output.stdout == expected)
    }

    @Test func privatePeopleNeverAppear() throws {
        for format in Self.formats {
            let output = try Caremap.run(["report", "sample-maps/amira.caremap", "--format", format], in: Caremap.packageRoot)
            #expect(!output.stdout.contains("Karim") && !output.stdout.contains("كريم") && !output.stdout.contains("karim"))
        }
    }

    @Test func outputGoesToAPrivateFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("caremap-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("amira.md").path
        let output = try Caremap.run(["report", "sample-maps/amira.caremap", "--format", "markdown", "-o", path], in: Caremap.packageRoot)
        #expect(output.status == 0 && output.stdout.isEmpty)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# Care report: Amira's network of care\n"))
    }

    @Test(arguments: [
        (["--today", "2026-02-30"], "--today must be a real day written YYYY-MM-DD, e.g. 2026-12-15."),
        (["--format", "pdf"], "The value 'pdf' is invalid for '--format <format>'"),
    ])
    func badOptionsAreUsageErrors(_ extra: [String], message: String) throws {
        let output = try Caremap.run(["report", "sample-maps/amira.caremap"] + extra, in: Caremap.packageRoot)
        #expect(output.status == 64)
        #expect(output.stderr.contains(message), "\(output.stderr)")
    }

    @Test func aFileWithErrorsIsReportedAndFails() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("caremap-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bad.caremap").path
        try "caremap 1\naction x \"X\" review=tomorrow\n".write(toFile: path, atomically: true, encoding: .utf8)
        let output = try Caremap.run(["report", path], in: Caremap.packageRoot)
        #expect(output.status == 1)
        #expect(output.stderr == "\(path):2:21: malformed date 'tomorrow'; write a real day as YYYY-MM-DD, e.g. review=2026-12-15\n")
    }
}
