import CareMapCanvas
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
            #expect(DisplayWidth.columns(of: line) <= width, "wider than \(width) columns: \(line)")
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
        }
    }

    /// Wide names (CJK, Hangul, emoji and emoji sequences) take two columns a character: the
    /// drawing is measured in columns, as a terminal shows it, not in characters.
    @Test(arguments: widths)
    func wideNamesStayWithinTheWidthInColumns(_ width: Int) throws {
        let folder = try Caremap.temporaryFolder()
        let names = ["王秀英 李明", "김민준 박서연", "👨\u{200D}👩\u{200D}👧 family", "👋\u{1F3FD} ❤\u{FE0F}\u{200D}🔥", "アミラ・ハッサン"]
        let map = "caremap 1\nsubject a\n\n" + names.enumerated().map { "person \(["a", "b", "c", "d", "e"][$0.offset]) \"\($0.element)\" role=friend\n" }.joined()
            + "\nlink a -- b\nlink a -- c\nlink a -- d\nlink a -- e\n"
        try Data(map.utf8).write(to: folder.appendingPathComponent("wide.caremap"))
        let output = try Caremap.run(["show", "wide.caremap", "--width", "\(width)"], in: folder)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("王秀英"))
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.contains { DisplayWidth.columns(of: $0) > $0.count }, "no wide character was drawn")
        for line in lines {
            #expect(DisplayWidth.columns(of: line) <= width, "wider than \(width) columns: \(line)")
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
