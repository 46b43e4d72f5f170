/// Reading a header from the start of a file, rule by rule from the ABNF in C2SP age.
extension AgeHeader {
    /// The header at the start of `bytes` and where the payload begins after it.
    ///
    /// - Complexity: O(*n*) in the size of the header.
    public static func parse(_ bytes: [UInt8]) throws(AgeError) -> (header: AgeHeader, payloadStart: Int) {
        var reader = LineReader(bytes: bytes)
        guard let version = reader.nextLine(), version.starts(with: versionPrefix) else {
            throw .malformedHeader("it does not start with the age version line")
        }
        guard version.elementsEqual(versionLine.utf8) else {
            let name = version.dropFirst(versionPrefix.count)
            // Named in the message only when it is a short run of printable ASCII, as versions are.
            guard (1...16).contains(name.count), name.allSatisfy({ (0x21...0x7E).contains($0) }) else {
                throw .malformedHeader("its version line is not 'age-encryption.org/' and a version")
            }
            throw .unsupportedVersion(String(decoding: name, as: UTF8.self))
        }
        var stanzas: [Stanza] = []
        while true {
            guard let line = reader.nextLine() else { throw .malformedHeader("the header ends before its MAC line") }
            if line.starts(with: Array("-> ".utf8)) {
                stanzas.append(try stanza(arguments: line.dropFirst(3), reader: &reader))
            } else if line.starts(with: Array("---".utf8)) {
                guard !stanzas.isEmpty else { throw .malformedHeader("it has no recipient stanza") }
                return (AgeHeader(stanzas: stanzas, mac: try mac(line)), reader.position)
            } else {
                throw .malformedHeader("line \(reader.lineNumber) is neither a stanza nor the MAC line")
            }
        }
    }

    private static func stanza(arguments line: ArraySlice<UInt8>, reader: inout LineReader) throws(AgeError) -> Stanza {
        let arguments = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard arguments.allSatisfy({ !$0.isEmpty && $0.allSatisfy { (0x21...0x7E).contains($0) } }) else {
            throw .malformedHeader("the stanza on line \(reader.lineNumber) has an empty argument or one that is not printable ASCII")
        }
        var encoded: [UInt8] = []
        while true {
            guard let bodyLine = reader.nextLine() else {
                throw .malformedHeader("the stanza body ending on line \(reader.lineNumber) has no final short line")
            }
            guard bodyLine.count <= columns, bodyLine.allSatisfy(StrictBase64.isAlphabet) else {
                throw .malformedHeader("line \(reader.lineNumber) is not a stanza body line of base64")
            }
            encoded += bodyLine
            if bodyLine.count < columns { break }
        }
        guard let body = StrictBase64.decode(String(decoding: encoded, as: UTF8.self)) else {
            throw .malformedHeader("the stanza body ending on line \(reader.lineNumber) is not canonical base64")
        }
        return Stanza(arguments: arguments.map { String(decoding: $0, as: UTF8.self) }, body: body)
    }

    private static func mac(_ line: ArraySlice<UInt8>) throws(AgeError) -> [UInt8] {
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("--- "), text.utf8.count == 4 + 43, let mac = StrictBase64.decode(text.dropFirst(4)), mac.count == 32 else {
            throw .malformedHeader("the MAC line is not '--- ' and 43 characters of base64")
        }
        return mac
    }
}

/// Lines ending in LF, counted from 1 for messages; a line without its LF is no line.
private struct LineReader {
    let bytes: [UInt8]
    var position = 0
    var lineNumber = 0

    mutating func nextLine() -> ArraySlice<UInt8>? {
        guard let end = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        defer { position = end + 1 }
        lineNumber += 1
        return bytes[position..<end]
    }
}
