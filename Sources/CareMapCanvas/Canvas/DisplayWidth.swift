/// How many terminal columns text takes.
///
/// Written by hand because neither the toolchain nor the packages here expose Unicode's East Asian
/// Width property, and Foundation has no `wcwidth`. The tables follow Unicode 15's
/// EastAsianWidth.txt (W and F ranges) and emoji presentation, as xterm and tmux do.
public enum DisplayWidth {
    /// Columns for one grapheme cluster as it is drawn (``drawable(_:)``): 0 for a cluster of
    /// only zero-width scalars, 2 for a wide base character, 1 otherwise. Control characters
    /// are reported as 0; callers replace them with visible escapes before measuring.
    public static func columns(of character: Character) -> Int {
        let character = drawable(character)
        guard let first = character.unicodeScalars.first else { return 0 }
        if isZeroWidth(first) {
            return character.unicodeScalars.dropFirst().contains { !isZeroWidth($0) } ? 1 : 0
        }
        return isWide(first) ? 2 : 1
    }

    /// Columns for a whole string, cluster by cluster; printable ASCII (most names) is one
    /// column a byte, counted without forming clusters.
    public static func columns(of text: some StringProtocol) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return text.reduce(0) { $0 + columns(of: $1) }
    }

    /// Whether the scalar is a control character (C0, DEL, C1), which takes no column; the wider
    /// list of what must never reach a terminal is ``Swift/Unicode/Scalar/isTerminalUnsafe``.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        // The letters of the scripts names are most often in are answered without Unicode's
        // tables, whose lookup was most of the cost of measuring a non-Latin name.
        let value = scalar.value
        if value < 0x300 { return value == 0xAD }
        if letterRanges.contains(where: { $0.contains(value) }) { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: break
        }
        return scalar.value == 0x200B || (0x1160...0x11FF).contains(scalar.value)
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x1100 { return false }
        return wideRanges.contains { $0.contains(value) }
            || (scalar.properties.isEmojiPresentation && value >= 0x1F000)
    }

    /// Ranges with no mark and no format character (Cyrillic, Arabic letters, Ethiopic
    /// syllables, the CJK ideographs, Hangul syllables), checked against Unicode's own categories
    /// by `DisplayWidthTests`.
    static let letterRanges: [ClosedRange<UInt32>] = [
        0x400...0x482, 0x48A...0x52F, 0x621...0x64A, 0x1200...0x135C, 0x4E00...0x9FFF, 0xAC00...0xD7A3,
    ]

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB,
        0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
