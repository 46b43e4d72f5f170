import CareMapCanvas

/// Which terminal colour numbers each ``ColorRole`` gets at each ``ColorDepth``.
///
/// Only foregrounds are coloured; backgrounds stay the terminal's own (`use_default_colors`), so
/// the map reads on both dark and light themes and on projectors. Sectors get five distinct hues.
/// With 8 or 16 colours those are the ANSI ones; with 256 a softer set from the 6×6×6 cube
/// (steel blue, orchid, green, gold, teal), less saturated than ANSI so a map projected for an
/// hour is easier on the eye. No meaning rests on colour alone: cells carry attributes too.
enum ColorPalette {
    /// The foreground colour number for a role, or nil when the role uses the default colours
    /// (`.plain`, and everything in monochrome).
    static func foreground(for role: ColorRole, depth: ColorDepth) -> Int16? {
        switch depth {
        case .monochrome: nil
        case .eight: ansi(role, bright: false)
        case .sixteen: ansi(role, bright: true)
        case .twoFiftySix: soft(role)
        }
    }

    /// ANSI numbers: 1 red, 2 green, 3 yellow, 4 blue, 5 magenta, 6 cyan, 7 white; +8 is bright.
    /// Sixteen colours add a grey for muted text and a bright accent and danger.
    private static func ansi(_ role: ColorRole, bright: Bool) -> Int16? {
        switch role {
        case .plain: nil
        case .sector(.formalHealth): 4
        case .sector(.statutory): 5
        case .sector(.community): 2
        case .sector(.personal): 3
        case .sector(.private): 6
        case .chrome: 7
        case .accent: bright ? 14 : 6
        case .muted: bright ? 8 : 7
        case .warning: 3
        case .danger: bright ? 9 : 1
        }
    }

    private static func soft(_ role: ColorRole) -> Int16? {
        switch role {
        case .plain: nil
        case .sector(.formalHealth): 68
        case .sector(.statutory): 133
        case .sector(.community): 71
        case .sector(.personal): 179
        case .sector(.private): 73
        case .chrome: 250
        case .accent: 74
        case .muted: 244
        case .warning: 172
        case .danger: 167
        }
    }

    /// The colour pair number for a role: its position among ``ColorRole/allCases``, so pairs are
    /// allocated once, in one fixed order, and `.plain` keeps pair 0 (the default colours).
    static func pair(for role: ColorRole) -> Int16 {
        Int16(ColorRole.allCases.firstIndex(of: role) ?? 0)
    }
}
