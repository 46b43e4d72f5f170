import Foundation
import CareMapCanvas
import CareMapKit

extension Editor {
    /// The `:` line: Enter runs it, Esc (or Backspace on an empty line) leaves, Tab completes
    /// and cycles through completions, ↑↓ walk the history.
    mutating func commandLineKey(_ key: Key, state: CommandLineState) -> [Effect] {
        var state = state
        switch key {
        case .escape:
            mode = .normal
        case .backspace where state.line.text.isEmpty:
            mode = .normal
        case .enter:
            mode = .normal
            let text = state.line.text
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return [] }
            commandHistory.append(text)
            return run(text)
        case .tab, .backTab:
            if state.completionIndex == nil { state.completions = completions(of: state.line.text) }
            guard !state.completions.isEmpty else {
                message = StatusMessage("no completion")
                break
            }
            let count = state.completions.count
            let step = key == .tab ? 1 : count - 1
            let index = state.completionIndex.map { ($0 + step) % count } ?? (key == .tab ? 0 : count - 1)
            state.completionIndex = index
            state.line.replace(with: state.completions[index])
            message = count > 1 ? StatusMessage(state.completions.joined(separator: "  ")) : nil
        case .up, .down:
            guard !commandHistory.isEmpty else { break }
            let last = commandHistory.count - 1
            let index = key == .up ? max(0, (state.historyIndex ?? last + 1) - 1) : min(last + 1, (state.historyIndex ?? last) + 1)
            state.historyIndex = index > last ? nil : index
            state.line.replace(with: index > last ? "" : commandHistory[index])
        default:
            if state.line.handle(key) == .edited {
                state.completions = []
                state.completionIndex = nil
            }
        }
        if case .normal = mode { return [] }
        mode = .commandLine(state)
        return []
    }

    /// Whole-line completions of `line`: command names, then the words their first argument
    /// takes, then node ids for `link`.
    func completions(of line: String) -> [String] {
        let words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        if words.count <= 1 {
            return LineCommand.reference.map(\.name).filter { $0.hasPrefix(line) }.map { $0 + " " }
        }
        let head = words.dropLast().joined(separator: " ") + " "
        let partial = words.last ?? ""
        var candidates = LineCommand.argumentWords(for: words[0])
        if words[0] == "link" { candidates = map.nodes.keys.map(\.rawValue) }
        guard words.count == 2 || words[0] == "link" else { return [] }
        return candidates.filter { $0.hasPrefix(partial) }.map { head + $0 + " " }
    }

    /// Runs a command line.
    mutating func run(_ text: String) -> [Effect] {
        switch LineCommand.parse(text) {
        case .failure(let error):
            message = StatusMessage(error.description, isError: true)
            return []
        case .success(let command):
            return run(command)
        }
    }

    private mutating func run(_ command: LineCommand) -> [Effect] {
        switch command {
        case .write(let path): return save(thenQuit: false, as: path)
        case .quit: return quit()
        case .forceQuit: return quitDiscarding()
        case .writeQuit: return isModified || path == nil ? save(thenQuit: true) : quitDiscarding()
        case .add(let kind, let name): return addNode(kind: kind, name: name, near: selectedNode)
        case .connect(let first, let second):
            guard let source = resolve(first), let target = resolve(second) else {
                message = StatusMessage("no node called '\(resolve(first) == nil ? first : second)'", isError: true)
                return []
            }
            return connect(source, to: target)
        case .delete: return deleteSelection()
        case .layout(let style): setLayoutStyle(style)
        case .zoom(let level): setZoom(level)
        case .fit: fitViewport()
        case .find(let query):
            lastSearch = query
            repeatSearch(forward: true)
        case .curtain: return perform(.toggleCurtain)
        case .outline: return perform(.toggleOutline)
        case .legend: return perform(.toggleLegend)
        case .undo: undo()
        case .redo: redo()
        case .help: mode = .help(scroll: 0)
        case .export(let format, let path):
            message = StatusMessage("exporting \(path)…")
            return [.export(format: format, map: map, path: path)]
        }
        return []
    }

    /// A node named on the command line: an exact id, else the best fuzzy match of its name.
    private func resolve(_ word: String) -> NodeID? {
        if map.nodes[NodeID(word)] != nil { return NodeID(word) }
        return candidates(for: word, excluding: nil).first
    }
}
