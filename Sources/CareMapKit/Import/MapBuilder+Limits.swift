/// The file format's limits, applied while importing: an import never writes a map that
/// `caremap check` then refuses (`docs/imports.md`, "Limits").
extension MapBuilder {
    /// Reports the first node read past ``CareMapFile/maximumNodes``, at its row or element,
    /// once; the rest are not read.
    mutating func refuseNodeOverLimit(_ record: ImportedRecord) {
        guard !isOverNodeLimit else { return }
        isOverNodeLimit = true
        report(record.file, record.location, CareMapFile.tooManyNodes())
    }

    /// Reports a graph-level title or note too long for one line of the map, where it was read.
    mutating func checkLength(ofGraph what: String, _ value: String, file: String, location: SourceLocation) {
        let bytes = what.utf8.count + 1 + QuotedString.value(value).utf8.count
        if bytes > CareMapFile.maximumLineLength { report(file, location, CareMapFile.lineTooLong(what, bytes: bytes)) }
    }

    /// Reports each node, link or action whose declaration would be longer than
    /// ``CareMapFile/maximumLineLength`` (a cell of 70,000 bytes, or one whose quotes and
    /// controls double in size once escaped), at the row or element it came from; then, when
    /// every line fits, a map larger than ``CareMapFile/maximumFileSize`` as a whole.
    ///
    /// Lines are measured as ``CareMapFile/print(_:)`` writes them, one declaration at a time.
    ///
    /// - Complexity: O(*n*) in the size of the map as written.
    mutating func checkFileLimits(linkPlaces: [(file: String, location: SourceLocation)],
                                  actionPlaces: [ActionID: (file: String, location: SourceLocation)]) {
        let limit = CareMapFile.maximumLineLength
        var total = 0
        var fits = true
        func measure(_ line: String, _ what: String, _ place: (file: String, location: SourceLocation)?) {
            let bytes = line.utf8.count
            total += bytes + 1
            guard bytes > limit else { return }
            fits = false
            if let place { report(place.file, place.location, CareMapFile.lineTooLong(what, bytes: bytes)) }
        }
        for node in map.nodes.values { measure(CareMapFile.nodeLine(node), "node", nodePlaces[node.id]) }
        for (index, link) in map.links.enumerated() { measure(CareMapFile.linkLine(link), "link", linkPlaces[index]) }
        for action in map.actions.values { measure(CareMapFile.actionLine(action), "action", actionPlaces[action.id]) }
        guard fits, total + title.utf8.count + notes.reduce(0, { $0 + $1.utf8.count }) > CareMapFile.maximumFileSize else { return }
        let bytes = CareMapFile.print(map).utf8.count
        guard bytes > CareMapFile.maximumFileSize, let file = nodePlaces.values.first?.file else { return }
        diagnostics.append(ImportDiagnostic(file: file, Diagnostic(.error, at: nil, CareMapFile.fileTooLarge(bytes: bytes))))
    }
}
