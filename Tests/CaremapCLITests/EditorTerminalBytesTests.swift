import CareMapKit
import Foundation
import HostileInput
import Testing

/// Every byte the editor writes to its terminal while showing hostile names, recorded from a
/// pseudo-terminal: none of a name's control sequences reaches the terminal, only the sequences
/// ncurses itself sends for xterm-256color (`docs/safety.md`).
@Suite struct EditorTerminalBytesTests {
    /// The bytes after ESC that start the sequences ncurses sends for xterm-256color (`infocmp -1
    /// xterm-256color`): `[` for CSI (cursor, colours, modes), `(` `)` for character sets
    /// (`smacs`, `rmacs`), `>` `=` for the keypad (`rmkx`, `smkx`), `7` `8` to save and restore the
    /// cursor (`sc`, `rc`) and `M` to scroll back (`ri`). Not `]` (OSC: titles, clipboard, colours)
    /// nor `P` (DCS), which only a name could have sent.
    static let sequenceIntroducers: Set<UInt8> = Set("[()>=78M".utf8)

    /// What the editor may write besides printable text: ESC, new line, carriage return,
    /// backspace (`cub1`) and tab (`ht`). No BEL, no other C0 control, no DEL.
    static let allowedControls: Set<UInt8> = [0x1B, 0x0A, 0x0D, 0x08, 0x09]

    @Test(.enabled(if: PseudoTerminal.isAvailable, "no /dev/ptmx or /usr/bin/setsid to run the editor on a pseudo-terminal"), .timeLimit(.minutes(2)))
    func noByteOfAHostileNameReachesTheTerminal() throws {
        let folder = try Caremap.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let attacks = HostileText.terminalAttacks
        try CareMapFile.print(HostileText.map(attacks.map(\.text))).write(to: folder.appendingPathComponent("m.caremap"), atomically: true, encoding: .utf8)
        let terminal = try PseudoTerminal(Caremap.binary, ["m.caremap"], width: 120, height: 40, in: folder, environment: [
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "HOME": folder.path, "PATH": "/usr/bin:/bin",
        ])
        // Keys typed before ncurses has the terminal would be flushed when it takes it; the
        // alternate screen (`smcup`) is the sign it has.
        try #require(terminal.read(until: "\u{1B}[?1049h", timeout: 30), "the editor never took over the terminal")
        terminal.read(for: 1)
        // Walk across the hostile nodes, open each one's details, search for one, then quit.
        for key in ["l", "\r", "j", "\r", "\t", "\t", "k", "\r", "h", "O", "O", "/clip\r", "\r", "n", "\r", "K", "K", "q"] {
            terminal.send(key)
            terminal.read(for: 0.4)
        }
        let status = try terminal.waitForExit()
        #expect(status == 0)
        let output = terminal.output
        #expect(output.count > 1000, "the editor drew almost nothing: \(output.count) bytes")

        let text = try #require(String(validating: output, as: UTF8.self), "the terminal got bytes that are not UTF-8")
        let unsafe = text.unicodeScalars.filter { scalar in
            scalar.isTerminalUnsafe && !(scalar.value < 0x20 && Self.allowedControls.contains(UInt8(scalar.value)))
        }
        #expect(unsafe.isEmpty, "controls reached the terminal: \(unsafe.map { String($0.value, radix: 16) })")
        let introducers = output.indices.dropLast().filter { output[$0] == 0x1B }.map { output[$0 + 1] }
        let foreign = Set(introducers).subtracting(Self.sequenceIntroducers)
        #expect(foreign.isEmpty, "ESC followed by \(foreign.map { Character(Unicode.Scalar($0)) })")
        for attack in attacks {
            #expect(!output.containsRun(Array(attack.payload.utf8)), "\(attack.label) reached the terminal")
        }
        // The names were drawn, as visible escapes.
        #expect(output.containsRun(Array("clip\\e]52".utf8)))
    }
}

private extension Array where Element == UInt8 {
    /// Whether `needle` occurs as a contiguous run.
    func containsRun(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        return (0...(count - needle.count)).contains { start in self[start..<(start + needle.count)].elementsEqual(needle) }
    }
}
