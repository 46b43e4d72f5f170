import CareMapKit

/// What a cell's colour means, not which colour it is: the terminal adapter maps roles to the
/// colours the terminal has (none, 8, 16 or 256), so `NO_COLOR` and monochrome screens still work
/// and tests compare meanings rather than palette numbers.
public enum ColorRole: Hashable, Sendable, CaseIterable {
    case plain
    case sector(Sector)
    /// Chrome: status bar, panel borders, legend text.
    case chrome
    case accent
    case muted
    case warning
    case danger

    public static let allCases: [ColorRole] =
        [.plain] + Sector.allCases.map(ColorRole.sector) + [.chrome, .accent, .muted, .warning, .danger]
}

/// Text attributes a terminal can show without colour, so no meaning depends on colour alone.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    public static let underline = TextAttributes(rawValue: 1 << 3)
}

/// A cell's colour role and attributes.
public struct CellStyle: Hashable, Sendable {
    public var color: ColorRole
    public var attributes: TextAttributes

    public init(_ color: ColorRole = .plain, _ attributes: TextAttributes = []) {
        self.color = color
        self.attributes = attributes
    }

    public static let plain = CellStyle()
}
