import Foundation
import Testing

/// `caremap report --redact` and `caremap export --to markdown`: the report shared for
/// supervision names no one, and the Markdown export is the Markdown report.
@Suite struct RedactedReportCommandTests {
    @Test(arguments: Caremap.samples.map(\.lastPathComponent))
    func aRedactedReportOrMarkdownExportNamesNoOne(_ name: String) throws {
        let map = try RedactionLeaks.map(Caremap.packageRoot.appendingPathComponent("sample-maps/\(name)"))
        #expect(!RedactionLeaks.secrets(of: map).isEmpty)
        let runs = ReportCommandTests.formats.map { ["report", "sample-maps/\(name)", "--format", $0, "--redact"] }
            + [["export", "sample-maps/\(name)", "--to", "markdown", "--redact"]]
        for arguments in runs {
            let output = try Caremap.run(arguments, in: Caremap.packageRoot)
            #expect(output.status == 0, "\(arguments): \(output.stderr)")
            #expect(!output.stdout.isEmpty)
            #expect(RedactionLeaks.leaks(of: map, in: output.stdout) == [], "\(arguments)")
        }
    }

    @Test func theSecretsAreThereWithoutRedaction() throws {
        let map = try RedactionLeaks.map(Caremap.packageRoot.appendingPathComponent("sample-maps/amira.caremap"))
        let output = try Caremap.run(["report", "sample-maps/amira.caremap", "--format", "markdown"], in: Caremap.packageRoot)
        #expect(RedactionLeaks.leaks(of: map, in: output.stdout).contains { $0.contains("Hassan") })
    }

    @Test(arguments: Caremap.samples.map(\.lastPathComponent))
    func theMarkdownExportIsTheMarkdownReport(_ name: String) throws {
        let report = try Caremap.run(["report", "sample-maps/\(name)", "--format", "markdown"], in: Caremap.packageRoot)
        let export = try Caremap.run(["export", "sample-maps/\(name)", "--to", "markdown"], in: Caremap.packageRoot)
        #expect(export.status == 0 && report.status == 0)
        #expect(export.stdout == report.stdout)
        #expect(export.stdout.hasPrefix("# Care report: "))
    }
}
