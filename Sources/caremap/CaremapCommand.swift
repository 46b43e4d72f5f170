import ArgumentParser

/// The `caremap` command: an editor for networks of care, and tools to check, format and export
/// `.caremap` files.
///
/// Named `CaremapCommand` rather than after the module so the type and the module never shadow
/// each other.
@main
struct CaremapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "caremap",
        abstract: "Draw and review networks of care: the people and places around someone who needs care.",
        discussion: """
            Run 'caremap FILE' to open a map in the editor, or 'caremap' for the start screen.
            Maps are plain-text .caremap files (see docs/file-format.md); nothing leaves this machine.
            """,
        version: "0.1.0",
        subcommands: [
            EditCommand.self, NewCommand.self, CheckCommand.self, FmtCommand.self, ExportCommand.self, ImportCommand.self,
            ShowCommand.self, ReportCommand.self, LayoutCommand.self, DiffCommand.self, MergeCommand.self,
            EncryptCommand.self, DecryptCommand.self,
        ],
        defaultSubcommand: EditCommand.self
    )
}
