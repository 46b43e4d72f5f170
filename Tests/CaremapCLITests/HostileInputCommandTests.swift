import CareMapKit
import Foundation
import HostileInput
import Testing

/// `caremap check`, `show` and `export` on every file of the hostile corpus, and `edit` on every
/// broken one, through the real binary: no crash, status 0 or 1 as for any map, the exact diagnostics, and nothing on standard
/// output or error that a terminal would obey (`docs/safety.md`).
@Suite struct HostileInputCommandTests {
    static let commands: [[String]] = [
        ["check"], ["show", "--width", "80"], ["export", "--to", "dot"], ["export", "--to", "json"],
    ]

    /// The scalars in `text` that must never reach a terminal (``HostileText/isTerminalUnsafe(_:)``),
    /// and U+FFFD, which stands for a byte that was not UTF-8 (a raw C1 byte decodes to it).
    static func unsafeScalars(_ text: String) -> [String] {
        text.unicodeScalars.filter { HostileText.isTerminalUnsafe($0) || $0 == "\u{FFFD}" }
            .map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    @Test(arguments: HostileFile.corpus)
    func everyCommandRefusesOrHandlesTheFileSafely(file: HostileFile) throws {
        let folder = try Caremap.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bytes = file.bytes()
        try Data(bytes).write(to: folder.appendingPathComponent(HostileFile.path))
        // The editor refuses a broken file before it takes over the terminal, so it joins the others there.
        let commands = Self.commands + (isRead(file) ? [] : [["edit"]])
        for command in commands {
            let output = try Caremap.run(command + [HostileFile.path], in: folder)
            #expect(Self.unsafeScalars(output.stdout) == [], "\(command) wrote to standard output")
            #expect(Self.unsafeScalars(output.stderr) == [], "\(command) wrote to standard error")
            switch file.outcome {
            case .refused(let messages):
                // The loader refuses a file over 64 MiB from its size, before reading a byte.
                let expected = bytes.count > CareMapFile.maximumFileSize
                    ? ["caremap: cannot read '\(HostileFile.path)': it is larger than 64 MiB, the most caremap reads"] : messages
                #expect(output.status == 1, "\(command)")
                #expect(output.stderr.split(separator: "\n").map(String.init) == expected, "\(command)")
                #expect(output.stdout.isEmpty, "\(command)")
            case .read(let nodes, let links):
                #expect(output.status == 0, "\(command): \(output.stderr.prefix(300))")
                if command == ["check"] {
                    #expect(output.stdout == "\(HostileFile.path): ok (\(nodes) nodes, \(links) links)\n")
                }
            }
        }
    }

    @Test func aFileNameHoldingEscapeSequencesIsShownAsVisibleEscapes() throws {
        let folder = try Caremap.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = "evil\u{1B}]0;title\u{07}.caremap"
        let good = "good\u{9B}2J.caremap"
        try Data("caremap 1\nperson a \"\u{07}\"\n".utf8).write(to: folder.appendingPathComponent(broken))
        try Data("caremap 1\nperson a \"A\"\n".utf8).write(to: folder.appendingPathComponent(good))
        let output = try Caremap.run(["check", broken, good], in: folder)
        #expect(output.status == 1)
        #expect(Self.unsafeScalars(output.stdout + output.stderr) == [])
        #expect(output.stderr == "evil\\e]0;title\\a.caremap:2:11: raw control character U+0007; write it inside a string as \\u{7}\n")
        #expect(output.stdout == "good\\u{9B}2J.caremap: ok (1 nodes, 0 links)\n")
    }

    private func isRead(_ file: HostileFile) -> Bool {
        if case .read = file.outcome { true } else { false }
    }

    @Test func namesThatCannotBeShownRawAreShownAsVisibleEscapes() throws {
        let folder = try Caremap.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let attacks = HostileText.terminalAttacks
        try CareMapFile.print(HostileText.map(attacks.map(\.text))).write(to: folder.appendingPathComponent("m.caremap"), atomically: true, encoding: .utf8)
        let output = try Caremap.run(["show", "m.caremap", "--width", "300"], in: folder)
        #expect(output.status == 0, "\(output.stderr)")
        for attack in attacks {
            #expect(!output.stdout.contains(attack.payload), "\(attack.label)")
        }
        // Boxes cut long names short, so only their starts are looked for.
        #expect(output.stdout.contains("clip\\e]52;c;cm0g"))
        #expect(output.stdout.contains("invoice\\u{202E}fdp"))
    }
}
