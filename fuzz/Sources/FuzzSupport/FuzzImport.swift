import CareMapKit

extension Fuzz {
    /// The property every importer keeps: a map it hands over is one the file format accepts,
    /// so `caremap import` never writes a file `caremap check` refuses; and every problem it
    /// reports names its file.
    public static func requireWritable(_ result: ImportResult, files: [String]) {
        for diagnostic in result.diagnostics {
            require(files.contains(diagnostic.file), "a diagnostic names an unknown file: \(diagnostic)")
        }
        guard let map = result.map else {
            require(result.hasErrors, "no map and no error")
            return
        }
        let printed = CareMapFile.print(map)
        let parsed = CareMapFile.parse(printed)
        require(parsed.map == map, "the imported map does not read back; diagnostics: \(parsed.diagnostics)\n\(printed.prefix(2000))")
    }
}
