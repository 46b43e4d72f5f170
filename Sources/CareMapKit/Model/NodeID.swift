/// A node's stable identifier: lowercase ASCII letters, digits and hyphens, starting with a letter
/// or digit (`[a-z0-9][a-z0-9-]*`).
///
/// Ids never change when a node is renamed or moved, so links, undo history and diffs of the file
/// stay meaningful. They are ASCII on purpose: a facilitator can type them on any keyboard, and they
/// are safe as identifiers in every export format.
public struct NodeID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Accepts any string; use ``isWellFormed`` (or ``CareMap/validate()``) to check the syntax.
    /// Keeping malformed ids representable lets the parser report them instead of dropping them.
    public init(rawValue: String) { self.rawValue = rawValue }

    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    /// Whether the id matches `[a-z0-9][a-z0-9-]*`.
    public var isWellFormed: Bool { NodeID.isWellFormed(rawValue.utf8) }

    /// The id syntax, checked on UTF-8 bytes so the parser can use it without building a String.
    public static func isWellFormed<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        guard let first = bytes.first, isLowerAlphanumeric(first) else { return false }
        return bytes.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: "-") }
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension NodeID: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(rawValue: value) }
}
