import CareMapCanvas
import CareMapKit

extension Editor {
    /// `m`: the arrows now move the selected node; Enter keeps the new place, Esc puts it back.
    mutating func startMove() {
        guard let id = selectedNode else {
            message = StatusMessage("select a node to move")
            return
        }
        mode = .move(node: id, before: snapshot)
        message = StatusMessage("moving \(displayName(of: id)): arrows move (Shift ×5), Enter done, Esc cancel")
    }

    mutating func moveKey(_ key: Key, node: NodeID, before: Snapshot) -> [Effect] {
        let step: (dx: Int, dy: Int)? = switch key {
        case .left, .character("h"): (-1, 0)
        case .right, .character("l"): (1, 0)
        case .up, .character("k"): (0, -1)
        case .down, .character("j"): (0, 1)
        case .shiftLeft: (-5, 0)
        case .shiftRight: (5, 0)
        case .shiftUp: (0, -5)
        case .shiftDown: (0, 5)
        default: nil
        }
        if let step {
            nudge(node, dx: step.dx, dy: step.dy)
            return []
        }
        switch key {
        case .enter, .character("m"):
            mode = .normal
            message = StatusMessage("moved \(displayName(of: node)); its place is pinned")
            return recordEdit(from: before)
        case .escape:
            map = before.map
            layout = before.layout
            mode = .normal
            message = StatusMessage("move cancelled")
        default:
            break
        }
        return []
    }

    /// Moves a node by a step and pins it there; the undo step is taken when the move ends.
    mutating func nudge(_ id: NodeID, dx: Int, dy: Int) {
        guard let current = layout.positions[id] else { return }
        let point = MapPoint(x: current.x + dx, y: current.y + dy)
        do {
            _ = try change(recorded: false) { map in try map.moveNode(id, to: point) }
        } catch {
            message = StatusMessage("\(error)", isError: true)
            return
        }
        layout.positions[id] = point
        revealSelection()
    }
}
