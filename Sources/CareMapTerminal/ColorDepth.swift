import CareMapCanvas

/// How many colours the terminal shows, as far as caremap uses them.
public enum ColorDepth: Hashable, Sendable, CaseIterable {
    /// Attributes only: no colour support, or the user asked for none with `NO_COLOR`.
    case monochrome
    case eight
    case sixteen
    case twoFiftySix

    /// The depth for what the terminal reports, honouring `NO_COLOR`: any non-empty value turns
    /// colour off (https://no-color.org), so a clinician's review screen or a washed-out
    /// projector can rely on attributes alone. A terminal with fewer colour pairs than caremap
    /// has roles counts as monochrome rather than colouring some roles and not others.
    init(hasColors: Bool, colors: Int, pairs: Int, noColor: String?) {
        if let noColor, !noColor.isEmpty {
            self = .monochrome
        } else if !hasColors || pairs < ColorRole.allCases.count {
            self = .monochrome
        } else if colors >= 256 {
            self = .twoFiftySix
        } else if colors >= 16 {
            self = .sixteen
        } else if colors >= 8 {
            self = .eight
        } else {
            self = .monochrome
        }
    }
}
