import ArgumentParser
import CareMapKit
import Foundation

/// `caremap import EXPORT -o OUT`: one map per Network Canvas interview. The files come from
/// the inputs (folders, zips, files); ``NetCanvasImporter`` makes the maps; nothing is written
/// unless every chosen case imports.
extension ImportCommand {
    /// Whether `path` is plainly a Network Canvas export: a folder, a zip, or a file named as
    /// Network Canvas names its CSV files.
    static func isNetCanvasExport(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return (FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue)
            || path.lowercased().hasSuffix(".zip") || NetCanvasImporter.isExportTable(path)
    }

    func runNetCanvas() throws {
        let codebook = try protocolFile.map(readCodebook)
        var files: [NetCanvasImporter.File] = []
        for input in inputs { files += try exportFiles(input) }
        let imported = NetCanvasImporter.importCases(files, codebook: codebook)
        for diagnostic in imported.diagnostics { StandardError.write(diagnostic.description) }
        guard !imported.hasErrors else { try nothingWritten() }
        guard !imported.cases.isEmpty else {
            StandardError.write("caremap: no Network Canvas interview in \(inputs.joined(separator: ", ")); an export holds CASE_SESSION_ego.csv, …_attributeList_TYPE.csv and …_edgeList_TYPE.csv files, or .graphml files")
            throw ExitCode.failure
        }
        var cases = imported.cases
        if let caseID {
            cases = cases.filter { $0.id == caseID || $0.sessionID == caseID }
            guard !cases.isEmpty else {
                StandardError.write("caremap: no case '\(caseID)' in this export; it holds \(imported.cases.map(\.id).joined(separator: ", "))")
                throw ExitCode.failure
            }
        }
        var isFolder: ObjCBool = false
        let intoFolder = cases.count > 1 || (FileManager.default.fileExists(atPath: output, isDirectory: &isFolder) && isFolder.boolValue)
        let paths = cases.map { intoFolder ? (output as NSString).appendingPathComponent(Self.fileName(for: $0.id)) : output }
        for (importCase, path) in zip(cases, paths) {
            for diagnostic in importCase.result.diagnostics { StandardError.write(diagnostic.description) }
            if intoFolder, importCase.result.map != nil { try refuseExistingOutput(path) }
        }
        guard cases.allSatisfy({ $0.result.map != nil }) else { try nothingWritten() }
        if !intoFolder { try refuseExistingOutput() }
        if intoFolder {
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                StandardError.write("caremap: cannot make the folder '\(output)': \(error.localizedDescription)")
                throw ExitCode.failure
            }
        }
        // Asked once for all the cases: one passphrase or one set of keys for the whole import.
        let encryption = try self.encryption.encryption(for: output)
        for (importCase, path) in zip(cases, paths) { try save(importCase.result.map!, to: path, encryption: encryption) }
    }

    private func nothingWritten() throws(ExitCode) -> Never {
        StandardError.write("caremap: nothing was written; fix the problems above and import again")
        throw ExitCode.failure
    }

    /// A case id as a file name: letters, digits, `-`, `_` and `.` kept, anything else `-`.
    static func fileName(for caseID: String) -> String {
        var name = String(caseID.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar))
                ? Character(scalar) : "-"
        })
        while name.hasPrefix(".") { name.removeFirst() }
        return (name.isEmpty ? "case" : name) + ".caremap"
    }

    /// The export files `input` holds: a folder's files named as Network Canvas names them (and
    /// its GraphML files), a zip's, or the file itself.
    private func exportFiles(_ input: String) throws(ExitCode) -> [NetCanvasImporter.File] {
        let wanted = { (path: String) in NetCanvasImporter.isExportTable(path) || path.lowercased().hasSuffix(".graphml") }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: input, isDirectory: &isFolder), isFolder.boolValue {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []).filter(wanted).sorted()
            return try names.map { name throws(ExitCode) in
                let path = (input as NSString).appendingPathComponent(name)
                return NetCanvasImporter.File(path: path, bytes: try read(path))
            }
        }
        if input.lowercased().hasSuffix(".zip") {
            let bytes = try read(input)
            do throws(NetCanvasArchive.Failure) {
                return try NetCanvasArchive.files(bytes, named: input, wanted: wanted)
            } catch {
                StandardError.write(error.description)
                try nothingWritten()
            }
        }
        return [NetCanvasImporter.File(path: input, bytes: try read(input))]
    }

    private func readCodebook(_ path: String) throws(ExitCode) -> NetCanvasCodebook {
        let bytes = try read(path)
        do throws(ImportDiagnostic) {
            return try NetCanvasArchive.codebook(bytes, named: path)
        } catch {
            StandardError.write(error.description)
            try nothingWritten()
        }
    }
}
