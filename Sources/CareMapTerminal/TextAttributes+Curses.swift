import CNcurses
import CareMapCanvas

extension TextAttributes {
    /// The ncurses attribute bits for these attributes, without any colour pair.
    var curses: attr_t {
        var bits = CM_A_NORMAL
        if contains(.bold) { bits |= CM_A_BOLD }
        if contains(.dim) { bits |= CM_A_DIM }
        if contains(.reverse) { bits |= CM_A_REVERSE }
        if contains(.underline) { bits |= CM_A_UNDERLINE }
        return attr_t(bits)
    }
}
