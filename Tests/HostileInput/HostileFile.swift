import CareMapKit

/// One broken or hostile `.caremap` file, generated when a test asks for it (the large ones are
/// tens of megabytes, so none is committed), with what caremap must make of it.
public struct HostileFile: Sendable, CustomStringConvertible {
    /// What caremap must do with the file.
    public enum Outcome: Sendable, Equatable {
        /// Refuse it with exactly these diagnostics, formatted for the path `hostile.caremap`.
        case refused([String])
        /// Read it, with this many nodes and links.
        case read(nodes: Int, links: Int)
    }

    /// What the file is, for test names and failure messages.
    public var label: String
    public var outcome: Outcome
    /// Makes the file's bytes.
    public var bytes: @Sendable () -> [UInt8]

    public var description: String { label }

    /// The name the expected diagnostics are formatted for.
    public static let path = "hostile.caremap"

    /// `caremap 1`, a new line, then `body`: most cases are one bad line after a good first one.
    static func file(_ body: [UInt8]) -> [UInt8] { Array("caremap 1\n".utf8) + body }

    /// A map of `count` nodes, one short line each.
    static func nodes(_ count: Int) -> [UInt8] {
        var bytes = Array("caremap 1\n".utf8)
        bytes.reserveCapacity(count * 16 + 10)
        for index in 0..<count { bytes += Array("person n\(index)\n".utf8) }
        return bytes
    }

    /// The corpus. Messages are the parser's own (`docs/file-format.md`, `docs/safety.md`).
    public static let corpus: [HostileFile] = [
        HostileFile(label: "invalid UTF-8 in a name", outcome: .refused([
            "hostile.caremap:2:11: invalid UTF-8; save the file as UTF-8 text",
        ]), bytes: { file(Array("person a \"".utf8) + [0xFF, 0xFE] + Array("\"\n".utf8)) }),
        HostileFile(label: "an overlong UTF-8 encoding of '/'", outcome: .refused([
            "hostile.caremap:2:11: invalid UTF-8; save the file as UTF-8 text",
        ]), bytes: { file(Array("person a \"".utf8) + [0xC0, 0xAF] + Array("\"\n".utf8)) }),
        HostileFile(label: "a UTF-16 surrogate encoded as UTF-8", outcome: .refused([
            "hostile.caremap:2:11: invalid UTF-8; save the file as UTF-8 text",
        ]), bytes: { file(Array("person a \"".utf8) + [0xED, 0xA0, 0x80] + Array("\"\n".utf8)) }),
        HostileFile(label: "a NUL byte in a name", outcome: .refused([
            "hostile.caremap:2:12: raw control character U+0000; write it inside a string as \\u{0}",
        ]), bytes: { file(Array("person a \"x\0y\"\n".utf8)) }),
        HostileFile(label: "a raw ESC sequence in a name", outcome: .refused([
            "hostile.caremap:2:11: raw control character U+001B; write it inside a string as \\u{1B}",
        ]), bytes: { file(Array("person a \"\u{1B}]52;c;cm0gLXJmIH4K\u{07}\"\n".utf8)) }),
        HostileFile(label: "a raw BEL in a comment", outcome: .refused([
            "hostile.caremap:2:8: raw control character U+0007; write it inside a string as \\u{7}",
        ]), bytes: { file(Array("# ring \u{07}\n".utf8)) }),
        HostileFile(label: "a raw 8-bit CSI (U+009B) in a name", outcome: .refused([
            "hostile.caremap:2:11: raw control character U+009B; write it inside a string as \\u{9B}",
        ]), bytes: { file(Array("person a \"\u{9B}2J\"\n".utf8)) }),
        HostileFile(label: "a 10 MB line", outcome: .refused([
            "hostile.caremap:2:1: line is longer than 65,536 bytes",
        ]), bytes: { file(Array("note \"".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 10_000_000) + Array("\"\n".utf8)) }),
        HostileFile(label: "a file over 64 MiB", outcome: .refused([
            "hostile.caremap: file is larger than 64 MiB, the most caremap reads",
        ]), bytes: { file([UInt8](repeating: UInt8(ascii: "\n"), count: CareMapFile.maximumFileSize)) }),
        HostileFile(label: "1,000,000 nodes", outcome: .refused([
            "hostile.caremap:100002:1: more than 100,000 nodes, the most a map may hold; split it into smaller maps",
        ]), bytes: { nodes(1_000_000) }),
        HostileFile(label: "one tie repeated 20,000 times", outcome: .read(nodes: 2, links: 20_000), bytes: {
            file(Array("person a \"A\"\nperson b \"B\"\n".utf8) + Array(repeating: Array("link a -> b \"again\" via=a\n".utf8), count: 20_000).flatMap { $0 })
        }),
        HostileFile(label: "every hostile text, escaped as the format asks", outcome: .read(nodes: HostileText.all.count + 1, links: HostileText.all.count), bytes: {
            Array(CareMapFile.print(HostileText.map()).utf8)
        }),
        HostileFile(label: "a raw bidi override and zero-width characters in names", outcome: .read(nodes: 2, links: 0), bytes: {
            file(Array("person a \"invoice\u{202E}fdp.exe\"\nperson b \"zero\u{200B}width\u{200D}\u{FEFF}\"\n".utf8))
        }),
    ]
}
