import CNcurses

extension Terminal {
    /// Asks for presses, releases, wheel and motion reports, each as it comes (no click
    /// resolution; see ``MouseTranslator``). With `REPORT_MOUSE_POSITION` in the mask, ncurses
    /// 6.4 turns on xterm's any-motion tracking (mode 1003) itself and turns it off in `endwin`.
    /// Terminals without a mouse simply never send reports.
    static func startMouse() {
        mousemask(mmask_t(CM_ALL_MOUSE_EVENTS | CM_REPORT_MOUSE_POSITION), nil)
        mouseinterval(0)
    }
}
