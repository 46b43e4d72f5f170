import Foundation
import CareMapCanvas
import CareMapKit

extension Editor {
    /// A prompt on the bottom line: type, Enter to answer, Esc to drop it.
    mutating func promptKey(_ key: Key, prompt: Prompt) -> [Effect] {
        var prompt = prompt
        switch key {
        case .escape:
            mode = .normal
            message = StatusMessage("cancelled")
            return []
        case .enter:
            mode = .normal
            return answer(prompt)
        default:
            _ = prompt.answer.handle(key)
            mode = .prompt(prompt)
            return []
        }
    }

    private mutating func answer(_ prompt: Prompt) -> [Effect] {
        let text = prompt.answer.text.trimmingCharacters(in: .whitespaces)
        switch prompt.purpose {
        case .newNode(let kind, let near):
            guard !text.isEmpty else {
                message = StatusMessage("a new \(kind.rawValue) needs a name", isError: true)
                return []
            }
            return addNode(kind: kind, name: text, near: near)
        case .saveAs(let thenQuit):
            guard !text.isEmpty else {
                message = StatusMessage("no file name given; not saved", isError: true)
                return []
            }
            return save(thenQuit: thenQuit, as: text.hasSuffix(".caremap") ? text : text + ".caremap")
        case .passphrase(let target):
            return askAgain(for: target, first: prompt.answer.text)
        case .confirmPassphrase(let target, let first):
            return confirmed(prompt.answer.text, first: first, target: target)
        }
    }
}
