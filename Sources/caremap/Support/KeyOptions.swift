import AgeFormat
import ArgumentParser
import CareMapKit
import Foundation

/// `--identity`: the age keys that open encrypted maps, for every command that reads one.
struct IdentityOptions: ParsableArguments {
    @Option(
        name: .customLong("identity"),
        help: ArgumentHelp("An age identity file (AGE-SECRET-KEY-1…) to open maps encrypted to age keys; repeatable. Default: $CAREMAP_IDENTITY.", valueName: "FILE"),
        completion: .file()
    )
    var files: [String] = []

    /// The identities in `--identity` files, or else in `CAREMAP_IDENTITY`'s.
    func identities() throws(ExitCode) -> [X25519Identity] {
        let files = files.isEmpty ? ProcessInfo.processInfo.environment["CAREMAP_IDENTITY"].map { [$0] } ?? [] : files
        var identities: [X25519Identity] = []
        for file in files { identities += try KeyFile.read(file, X25519Identity.parseList) }
        return identities
    }

    /// What a command that only reads maps needs to open them; the passphrase is asked on the
    /// terminal.
    func keys() throws(ExitCode) -> MapKeys {
        MapKeys(identities: try identities(), askPassphrase: { TerminalPassphrase.ask("Passphrase for '\($0)': ") })
    }
}

/// `--recipient` and `--recipients-file`: the age keys a map is encrypted to.
struct RecipientOptions: ParsableArguments {
    @Option(name: .customLong("recipient"), help: ArgumentHelp("Encrypt to this age public key (age1…); repeatable.", valueName: "AGE1…"))
    var recipients: [String] = []

    @Option(name: .customLong("recipients-file"), help: ArgumentHelp("Encrypt to the age public keys in this file, one a line; repeatable.", valueName: "FILE"), completion: .file())
    var recipientFiles: [String] = []

    var isEmpty: Bool { recipients.isEmpty && recipientFiles.isEmpty }

    func validate() throws {
        for recipient in recipients {
            do throws(AgeError) { _ = try X25519Recipient(recipient) } catch { throw ValidationError("\(error).") }
        }
    }

    /// Every key named, in the order given.
    func keys() throws(ExitCode) -> [X25519Recipient] {
        var keys = recipients.compactMap { try? X25519Recipient($0) }
        for file in recipientFiles { keys += try KeyFile.read(file, X25519Recipient.parseList) }
        return keys
    }
}

/// `--identity` and the recipients: for commands that open a map and write it again (`fmt`,
/// the editor). A map opened with a passphrase is written with the same one; see
/// ``MapEncryption`` for maps encrypted to age keys.
struct KeyOptions: ParsableArguments {
    @OptionGroup var identity: IdentityOptions
    @OptionGroup var recipients: RecipientOptions

    func keys() throws(ExitCode) -> MapKeys {
        var keys = try identity.keys()
        keys.recipients = try recipients.keys()
        return keys
    }
}

/// Reading identity and recipients files, reporting a problem as `caremap: cannot read 'F': …`.
enum KeyFile {
    static func read<Key>(_ path: String, _ parse: (String) throws(AgeError) -> [Key]) throws(ExitCode) -> [Key] {
        do {
            let keys = try parse(String(decoding: try CareMapFile.contents(of: URL(fileURLWithPath: path)), as: UTF8.self))
            if keys.isEmpty { throw FileError(.read, path, "it holds no age key") }
            return keys
        } catch let error as AgeError {
            StandardError.write("caremap: \(FileError(.read, path, error.description))")
        } catch {
            StandardError.write("caremap: \(error)")
        }
        throw ExitCode.failure
    }
}

/// `--passphrase` or recipients: how a new encrypted map is encrypted (`encrypt`, `import`,
/// `new`).
struct EncryptionOptions: ParsableArguments {
    @Flag(help: "Encrypt with a passphrase, asked twice on the terminal (never taken from an argument).")
    var passphrase = false

    @OptionGroup var recipients: RecipientOptions

    func validate() throws {
        if passphrase, !recipients.isEmpty {
            throw ValidationError("Encrypt with --passphrase or to --recipient/--recipients-file keys, not both: age keeps a passphrase file for the passphrase alone.")
        }
    }

    /// The encryption asked for, `nil` for none; fails once the reason is reported.
    func encryption(for path: String) throws(ExitCode) -> MapEncryption? {
        if passphrase {
            guard let chosen = TerminalPassphrase.choose(for: path) else { throw ExitCode.failure }
            return .passphrase(chosen)
        }
        return recipients.isEmpty ? nil : .keys(try recipients.keys())
    }
}
