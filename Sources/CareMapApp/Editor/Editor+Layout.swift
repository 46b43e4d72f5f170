import CareMapCanvas
import CareMapKit

extension Editor {
    /// `L`: the next layout style, computed afresh.
    mutating func cycleLayout() {
        let styles = LayoutStyle.allCases
        var next = styles[(styles.firstIndex(of: layoutStyle)! + 1) % styles.count]
        if next == .rings, map.subjectNode == nil { next = styles[(styles.firstIndex(of: next)! + 1) % styles.count] }
        setLayoutStyle(next)
    }

    /// Lays the map out in `style` and fits it on screen.
    mutating func setLayoutStyle(_ style: LayoutStyle) {
        mapView.relayout(map, style: style)
        fitViewport()
        revealSelection()
        message = StatusMessage("layout: \(layout.style.rawValue)")
    }
}
