import Foundation

/// The files of a zip held in memory: a Network Canvas export (`networkCanvasExport.zip`) or a
/// protocol (`.netcanvas`, whose `protocol.json` is the codebook).
///
/// A zip can claim any size and inflate far beyond it (a zip bomb), so what is read is counted
/// as it is inflated, whatever the archive says: an entry stops at ``maximumEntrySize`` and
/// the whole at ``maximumTotalSize``, and at most ``maximumEntries`` entries are looked at.
/// Folders, macOS's `__MACOSX/` and `._` companions, and files the caller does not want are
/// skipped without being inflated.
public enum NetCanvasArchive {
    /// The most one file of an archive may hold: a map file's limit.
    public static let maximumEntrySize = CareMapFile.maximumFileSize
    /// The most all the files read from one archive may hold together.
    public static let maximumTotalSize = 4 * CareMapFile.maximumFileSize
    /// The most entries of an archive that are looked at.
    public static let maximumEntries = 10_000

    /// Why an archive could not be read, in words for the person importing it.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        /// The archive, as named to ``files(_:named:wanted:)``.
        public var archive: String
        public var message: String

        /// `archive: message`, as the importers' diagnostics read.
        public var description: String { "\(archive): \(message)" }
    }

    /// The files of the zip `bytes` whose paths `wanted` accepts, in the archive's order, each at
    /// most `limits.entry` bytes once inflated and all together at most `limits.total`.
    public static func files(
        _ bytes: [UInt8], named archive: String, limits: (entry: Int, total: Int) = (maximumEntrySize, maximumTotalSize),
        wanted: (String) -> Bool
    ) throws(Failure) -> [NetCanvasImporter.File] {
        let zip: ZipReader
        do throws(ZipReader.Failure) {
            zip = try ZipReader(bytes)
        } catch .zip64 {
            throw Failure(archive: archive, message: "a zip64 archive (over 4 GiB or 65,535 files), which caremap does not read; unpack it and import its files")
        } catch {
            throw Failure(archive: archive, message: "not a zip file that caremap can read")
        }
        guard zip.entries.count <= maximumEntries else {
            throw Failure(archive: archive, message: "more than \(maximumEntries) files in the archive; unpack it and import its files in parts")
        }
        var files: [NetCanvasImporter.File] = []
        var total = 0
        for entry in zip.entries {
            let path = entry.path
            let name = path.split(separator: "/").last.map(String.init) ?? ""
            guard !entry.isFolder, !path.hasPrefix("__MACOSX/"), !name.hasPrefix("._"), wanted(path) else { continue }
            let contents: [UInt8]
            do throws(ZipReader.Failure) {
                contents = try zip.contents(of: entry, limit: min(limits.entry, limits.total - total))
            } catch .tooLarge {
                let most = "\(Self.size(limits.entry)) a file, \(Self.size(limits.total)) in all"
                throw Failure(archive: archive, message: "'\(path)' inflates to more than caremap reads from an archive (\(most))")
            } catch .encrypted {
                throw Failure(archive: archive, message: "'\(path)' is encrypted in the zip; unpack it with its password and import the files")
            } catch .unknownMethod(_, let method) {
                throw Failure(archive: archive, message: "'\(path)' is compressed in a way caremap does not read (method \(method)); unpack it and import the files")
            } catch {
                throw Failure(archive: archive, message: "'\(path)' cannot be read from the archive; is the zip damaged?")
            }
            total += contents.count
            files.append(NetCanvasImporter.File(path: archive + "/" + path, bytes: contents))
        }
        return files
    }

    /// `64 MiB`, `1 KiB`: a limit in words.
    private static func size(_ bytes: Int) -> String {
        bytes >= 1024 * 1024 ? "\(bytes / 1024 / 1024) MiB" : "\(bytes / 1024) KiB"
    }

    /// The codebook of a `.netcanvas` protocol file.
    public static func codebook(_ bytes: [UInt8], named archive: String) throws(ImportDiagnostic) -> NetCanvasCodebook {
        let files: [NetCanvasImporter.File]
        do throws(Failure) {
            files = try self.files(bytes, named: archive) { $0 == "protocol.json" }
        } catch {
            throw ImportDiagnostic(file: archive, Diagnostic(.error, at: nil, error.message))
        }
        guard let json = files.first else {
            throw ImportDiagnostic(file: archive, Diagnostic(.error, at: nil, "no protocol.json inside; is this a Network Canvas protocol (.netcanvas)?"))
        }
        return try NetCanvasCodebook.read(json: json.bytes, file: json.path)
    }
}
