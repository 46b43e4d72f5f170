import CNcurses
import CareMapApp

/// Turns ncurses mouse reports into ``MouseAction`` values.
///
/// ncurses runs with `mouseinterval(0)`, so it reports presses and releases as they come and
/// the translator finds double clicks itself: ncurses's own click resolution holds a press back
/// to wait for its release and drops motion that arrives meanwhile, which loses the start of any
/// quick drag. For the same reason the translator remembers whether button 1 is down: ncurses
/// reports motion as `REPORT_MOUSE_POSITION` without saying which button is held, and only
/// motion with button 1 down is a drag.
///
/// Even so, when several reports arrive in one read (a burst over a slow SSH link), ncurses
/// merges a press and its release into a click, and two clicks into a double click. A click
/// counts as a press that leaves the button up, since the editor acts when the button goes down.
struct MouseTranslator {
    /// How far apart two presses on the same cell may be to make a double click.
    static let doubleClickInterval: Duration = .milliseconds(300)

    /// Whether button 1 is down, as far as the reports so far tell.
    private(set) var buttonHeld = false
    /// The last press that could start a double click.
    private var lastPress: (x: Int, y: Int, time: ContinuousClock.Instant)?

    /// The action for one report at cell (x, y) received at `time`, or nil for reports the
    /// editor ignores (middle and right buttons, motion with no button held).
    ///
    /// A second press on the same cell within ``doubleClickInterval`` of the first is a double
    /// click instead of a press, so the editor sees press, release, double click, release.
    mutating func action(for state: mmask_t, x: Int, y: Int, at time: ContinuousClock.Instant) -> MouseAction? {
        func has(_ mask: Int) -> Bool { state & mmask_t(mask) != 0 }
        if has(CM_REPORT_MOUSE_POSITION) {
            return buttonHeld ? .drag : nil
        }
        if has(CM_BUTTON1_DOUBLE_CLICKED) || has(CM_BUTTON1_TRIPLE_CLICKED) {
            buttonHeld = false
            lastPress = nil
            return .doubleClick
        }
        if has(CM_BUTTON1_PRESSED) || has(CM_BUTTON1_CLICKED) {
            buttonHeld = has(CM_BUTTON1_PRESSED)
            if let last = lastPress, last.x == x, last.y == y, last.time.duration(to: time) <= Self.doubleClickInterval {
                lastPress = nil
                return .doubleClick
            }
            lastPress = (x, y, time)
            return .press
        }
        if has(CM_BUTTON1_RELEASED) {
            buttonHeld = false
            return .release
        }
        if has(CM_BUTTON4_PRESSED) { return .wheelUp }
        if has(CM_BUTTON5_PRESSED) { return .wheelDown }
        return nil
    }
}
