import Foundation
import CareMapCanvas
import CareMapKit

extension Editor {
    /// The `:` line: Enter runs it, Esc (or Backspace on an empty line) leaves, Tab completes
    /// and cycles through completions, ↑↓ walk the history. A completion that was the only
    /// one is final, so the next Tab completes the next word: `:set has` Tab Tab `r` Tab.
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
            message = count > 1 ? StatusMessage(state.completions.map(Editor.lastWord).joined(separator: "  ")) : nil
            if count == 1 {
                state.completions = []
                state.completionIndex = nil
            }
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
        do throws(LineCommandError) {
            if let effects = try runEditing(command) { return effects }
        } catch {
            message = StatusMessage(error.description, isError: true)
            return []
        }
        switch command {
        case .write(let path): return save(thenQuit: false, as: path)
        case .encrypt(let recipients): return encrypt(to: recipients)
        case .compare(let version): return compare(with: version)
        case .endCompare: endComparison()
        case .quit: return quit()
        case .forceQuit: return quitDiscarding()
        case .writeQuit: return isModified || path == nil ? save(thenQuit: true) : quitDiscarding()
        case .layout(let style): setLayoutStyle(style)
        case .zoom(let level): setZoom(level)
        case .fit: fitViewport()
        case .find(let query):
            lastSearch = query
            repeatSearch(forward: true)
        case .details: return perform(.toggleDetails)
        case .curtain: return perform(.toggleCurtain)
        case .outline: return perform(.toggleOutline)
        case .legend: return perform(.toggleLegend)
        case .undo: undo()
        case .redo: redo()
        case .help: mode = .help(scroll: 0)
        case .export(let format, let path, let redact):
            message = StatusMessage("exporting \(path)…")
            return [.export(format: format, map: redact ? map.redacted() : map, path: path)]
        case .add, .link, .unlink, .set, .rename, .changeID, .delete, .subject, .title, .pin, .unpin, .action, .done:
            break
        }
        return []
    }

    /// The word a completion completed, for the list on the status line: `role=school` from
    /// `set hassan role=school `.
    static func lastWord(of line: String) -> String {
        let trimmed = line.hasSuffix(" ") ? String(line.dropLast()) : line
        return String(trimmed[CommandToken.lastWordStart(in: trimmed)...])
    }
}
