import Foundation
import Testing

/// `caremap show`: every sample drawn as text at the widths people paste into notes and e-mails.
@Suite struct ShowCommandTests {
    static let widths = [80, 120]

    @Test(arguments: Caremap.samples.map(\.lastPathComponent), widths)
    func everySampleShowsWithinTheWidth(_ name: String, width: Int) throws {
        let output = try Caremap.run(["show", "sample-maps/\(name)", "--width", "\(width)"], in: Caremap.packageRoot)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.isEmpty)
        let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count > 5)
        for line in lines {
            #expect(line.count <= width, "wider than \(width): \(line)")
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
        }
    }

    @Test func theDrawingNamesThePeopleAndShowsTheTies() throws {
        let output = try Caremap.run(["show", "sample-maps/amira.caremap", "--width", "120"], in: Caremap.packageRoot)
        #expect(output.stdout.contains("Amira's network of care"))
        #expect(output.stdout.contains("Dr Okafor"))
        #expect(output.stdout.contains { "─━═│┃║".contains($0) })
    }

    @Test func aTooNarrowWidthIsAUsageError() throws {
        let output = try Caremap.run(["show", "sample-maps/amira.caremap", "--width", "5"], in: Caremap.packageRoot)
        #expect(output.status == 64)
        #expect(output.stderr.contains("--width must be between 20 and 1000."))
    }
}
