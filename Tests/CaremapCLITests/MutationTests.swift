import CareMapKit
import Foundation
import HostileInput
import Testing

/// Seeded mutants of the sample maps, each run through every command of the real binary
/// (`docs/safety.md`): no crash, no hang, a refusal always says `file:line:col`, the commands
/// agree with `check`, nothing unsafe reaches the terminal, and `fmt` never changes a file
/// `check` refuses.
///
/// 200 mutants by default, which the test runner spreads over the processor's cores;
/// `CAREMAP_MUTANTS=5000` runs thousands, and `CAREMAP_MUTATION_SEED` another series.
@Suite struct MutationTests {
    static let count = ProcessInfo.processInfo.environment["CAREMAP_MUTANTS"].flatMap(Int.init) ?? 200
    static let seed = ProcessInfo.processInfo.environment["CAREMAP_MUTATION_SEED"].flatMap(UInt64.init) ?? 17
    /// Longer than any command takes on a mutant of a sample, even in a debug build on a busy machine.
    static let timeout = Duration.seconds(20)
    static let samples = Caremap.samples.map { [UInt8]((try? Data(contentsOf: $0)) ?? Data()) }

    /// Text that reaches the parser's corners: escapes, numbers at the edge of `Int`, controls,
    /// keywords, links, a very long run and invalid UTF-8.
    static let insertions: [[UInt8]] = [
        "\"", "\\", "=", ",", "#", "\n", "\r", "\t", " at=-9223372036854775808,0", " at=1000001,-1000001", " ring=99999999999999999999",
        "\\u{202E}", "\\u{9B}", "\\u{110000}", "\\u{2028}", "\u{202E}", "\u{2028}", "\u{7F}", "\u{9B}", "\u{1B}[2J", "\\\"",
        "\nperson x \"X\"", "\nlink a -> a", "\nlink a -- zz", "\nsubject nobody", "\naction a1 \"do\" about=a review=2026-02-30",
        "👨\u{200D}👩\u{200D}👧", "é", "＝", String(repeating: "\\\"", count: 3000), "caremap 1\n",
    ].map { Array($0.utf8) } + [[0xFF], [0x00], [0xC3], [0xED, 0xA0, 0x80]]

    /// Mutant `index`: a sample with one to four seeded edits (a byte replaced, inserted or
    /// deleted, a line repeated or removed, an insertion from the list above, the file cut short).
    static func mutant(_ index: Int) -> [UInt8] {
        var random = SeededRandom(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
        var bytes = samples[index % samples.count]
        for _ in 0..<Int.random(in: 1...4, using: &random) where !bytes.isEmpty {
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<7, using: &random) {
            case 0: bytes[at] = UInt8.random(in: 0...255, using: &random)
            case 1: bytes.insert(UInt8.random(in: 0x20...0x7E, using: &random), at: at)
            case 2: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &random)))
            case 3, 4: bytes.insert(contentsOf: insertions.randomElement(using: &random)!, at: at)
            case 5:
                let start = bytes[..<at].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
                let end = bytes[at...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
                if Bool.random(using: &random) { bytes.insert(contentsOf: bytes[start..<end], at: end) } else { bytes.removeSubrange(start..<end) }
            default: bytes.removeSubrange(at...)
            }
        }
        return bytes
    }

    /// Whether a message starts `m.caremap:LINE:COLUMN: `.
    static func isLocated(_ line: Substring) -> Bool {
        let parts = line.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "m.caremap" && Int(parts[1]) != nil && Int(parts[2]) != nil && parts[3].hasPrefix(" ")
    }

    @Test(arguments: 0..<count)
    func everyCommandHandlesTheMutantSafely(_ index: Int) throws {
        let folder = try Caremap.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bytes = Self.mutant(index)
        let file = folder.appendingPathComponent("m.caremap")
        try Data(bytes).write(to: file)
        let label = "mutant \(index) (seed \(Self.seed))"

        let check = try Caremap.run(["check", "m.caremap"], in: folder, timeout: Self.timeout)
        #expect([0, 1].contains(check.status), "\(label): check ended with \(check.status)")
        let accepted = check.status == 0
        if !accepted {
            let lines = check.stderr.split(separator: "\n")
            let first = try #require(lines.first, "\(label): a refusal with no message")
            let isFileLevel = first.hasPrefix("m.caremap: ") || first.hasPrefix("caremap: cannot read")
            #expect(isFileLevel || Self.isLocated(first), "\(label): a refusal without file:line:col: \(first)")
        }
        for command in [["show", "--width", "80"], ["report"], ["report", "--format", "json"], ["export", "--to", "json"], ["export", "--to", "dot"]] {
            let output = try Caremap.run(command + ["m.caremap"], in: folder, timeout: Self.timeout)
            #expect(output.status == (accepted ? 0 : 1), "\(label): \(command) ended with \(output.status) where check gave \(check.status)")
            let raw = (output.stdout + output.stderr).unicodeScalars.filter(HostileText.isTerminalUnsafe)
            #expect(raw.isEmpty, "\(label): \(command) wrote \(raw.map { String($0.value, radix: 16) }) raw")
        }
        let fmt = try Caremap.run(["fmt", "m.caremap"], in: folder, timeout: Self.timeout)
        #expect(fmt.status == check.status, "\(label): fmt ended with \(fmt.status) where check gave \(check.status)")
        if accepted {
            #expect(try Caremap.run(["check", "m.caremap"], in: folder, timeout: Self.timeout).status == 0, "\(label): fmt wrote a file check refuses")
        } else {
            #expect(try Data(contentsOf: file) == Data(bytes), "\(label): fmt changed a file check refuses")
        }
    }
}
