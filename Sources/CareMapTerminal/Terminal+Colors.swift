import CNcurses
import CareMapCanvas

extension Terminal {
    /// Starts colour unless `NO_COLOR` asks for none or the terminal has none, and returns the
    /// depth to draw with. Backgrounds stay the terminal's own when it allows that.
    static func startColors() -> ColorDepth {
        let noColor = environment("NO_COLOR")
        let started = noColor == nil && has_colors() && start_color() == OK
        return ColorDepth(
            hasColors: started,
            colors: started ? Int(cm_colors()) : 0,
            pairs: started ? Int(cm_color_pairs()) : 0,
            noColor: noColor
        )
    }

    /// Defines one colour pair per coloured role, once for the session, numbered by
    /// ``ColorPalette/pair(for:)``.
    static func allocatePairs(depth: ColorDepth) -> [ColorRole: Int16] {
        guard depth != .monochrome else { return [:] }
        let background: Int16 = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
        var pairs: [ColorRole: Int16] = [:]
        for role in ColorRole.allCases {
            guard let foreground = ColorPalette.foreground(for: role, depth: depth) else { continue }
            let pair = ColorPalette.pair(for: role)
            if init_pair(pair, foreground, background) == OK { pairs[role] = pair }
        }
        return pairs
    }
}
