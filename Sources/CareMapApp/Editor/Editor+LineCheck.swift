import CareMapKit

/// The `:` line checked while it is typed: a command name that is no command, or an export
/// format caremap does not write, shows as an error beside the line before Enter is pressed.
extension Editor {
    /// What is wrong with the command line so far, in the words Enter would use, or nil. A
    /// word still being typed is judged only once nothing it could become is right.
    var commandLineProblem: String? {
        guard case .commandLine(let state) = mode else { return nil }
        let text = state.line.text
        guard let tokens = try? CommandToken.tokens(of: text), let first = tokens.first, !first.isQuoted else { return nil }
        let nameDone = tokens.count > 1 || text.hasSuffix(" ")
        if nameDone, case .failure(let error) = LineCommand.parse(first.text), case .unknown = error {
            return error.description
        }
        guard LineCommand.usage(of: first.text)?.name == "export", tokens.count >= 2 else { return nil }
        let format = tokens[1].text
        let formatDone = tokens.count > 2 || text.hasSuffix(" ")
        guard ExportFormat(rawValue: format) == nil,
              formatDone || !ExportFormat.allCases.contains(where: { $0.rawValue.hasPrefix(format) }) else { return nil }
        return LineCommandError.unknownFormat(format).description
    }
}
