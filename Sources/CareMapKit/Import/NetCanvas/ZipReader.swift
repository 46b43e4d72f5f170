import CInflate

/// The files of a zip held in memory, read with every offset and size checked against the
/// bytes there are, and inflated by the system's zlib with a limit on what comes out.
///
/// Written by hand because the zip package this replaced (ZIPFoundation) trusts an archive's
/// offsets: on Linux it trapped on a zip whose offsets point past its end, and spun forever on a
/// deflate stream cut short (both found by `fuzz-netcanvas-import`). Network Canvas exports
/// are small plain zips, so what is read is the common format only: stored and deflated
/// files, no encryption, no zip64 (4 GiB or 65,535 files), each refused in words.
struct ZipReader {
    /// One file or folder of the archive, as its central directory lists it.
    struct Entry {
        var path: String
        var isFolder: Bool { path.hasSuffix("/") }
        fileprivate var method: UInt16
        fileprivate var flags: UInt16
        fileprivate var crc: UInt32
        fileprivate var compressedSize: Int
        fileprivate var size: Int
        fileprivate var localHeader: Int
    }

    /// Why a zip, or one of its files, cannot be read.
    enum Failure: Error, Equatable {
        case notAZip
        case zip64
        case damaged(String)
        case encrypted(String)
        case unknownMethod(String, UInt16)
        /// The file inflates to more than the limit it was read with.
        case tooLarge(String)
    }

    private let bytes: [UInt8]
    /// Every entry, in the central directory's order.
    let entries: [Entry]

    /// The zip `bytes`; nothing is inflated until ``contents(of:limit:)`` asks.
    ///
    /// - Complexity: O(*n*) in the size of the central directory.
    init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        guard let end = Self.endRecord(in: bytes) else { throw .notAZip }
        let count = Int(Self.u16(bytes, end + 10)), size = Int(Self.u32(bytes, end + 12)), start = Int(Self.u32(bytes, end + 16))
        guard count != 0xFFFF, size != 0xFFFF_FFFF, start != 0xFFFF_FFFF else { throw .zip64 }
        guard start + size <= end else { throw .damaged("its list of files lies outside it") }
        var entries: [Entry] = []
        var at = start
        for _ in 0..<count {
            guard at + 46 <= start + size, Self.u32(bytes, at) == 0x0201_4B50 else { throw .damaged("its list of files is cut short") }
            let nameLength = Int(Self.u16(bytes, at + 28)), extraLength = Int(Self.u16(bytes, at + 30)), commentLength = Int(Self.u16(bytes, at + 32))
            guard at + 46 + nameLength + extraLength + commentLength <= start + size else { throw .damaged("its list of files is cut short") }
            let entry = Entry(
                path: String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self),
                method: Self.u16(bytes, at + 10), flags: Self.u16(bytes, at + 8), crc: Self.u32(bytes, at + 16),
                compressedSize: Int(Self.u32(bytes, at + 20)), size: Int(Self.u32(bytes, at + 24)), localHeader: Int(Self.u32(bytes, at + 42))
            )
            guard entry.compressedSize != 0xFFFF_FFFF, entry.size != 0xFFFF_FFFF, entry.localHeader != 0xFFFF_FFFF else { throw .zip64 }
            entries.append(entry)
            at += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// The bytes of the file `entry`, at most `limit` of them once inflated.
    func contents(of entry: Entry, limit: Int) throws(Failure) -> [UInt8] {
        guard entry.flags & 1 == 0 else { throw .encrypted(entry.path) }
        let header = entry.localHeader
        guard header + 30 <= bytes.count, Self.u32(bytes, header) == 0x0403_4B50 else { throw .damaged(entry.path) }
        let dataStart = header + 30 + Int(Self.u16(bytes, header + 26)) + Int(Self.u16(bytes, header + 28))
        guard dataStart + entry.compressedSize <= bytes.count else { throw .damaged(entry.path) }
        let data = bytes[dataStart..<(dataStart + entry.compressedSize)]
        let contents: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.size else { throw .damaged(entry.path) }
            guard entry.size <= limit else { throw .tooLarge(entry.path) }
            contents = Array(data)
        case 8:
            contents = try Self.inflate(data, limit: limit, path: entry.path)
        default:
            throw .unknownMethod(entry.path, entry.method)
        }
        let crc = contents.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) }
        guard crc == entry.crc, contents.count == entry.size else { throw .damaged(entry.path) }
        return contents
    }

    /// A raw deflate stream inflated, failing past `limit` bytes out, on any error, and when
    /// the input ends before the stream does.
    private static func inflate(_ data: ArraySlice<UInt8>, limit: Int, path: String) throws(Failure) -> [UInt8] {
        var input = Array(data)
        var stream = z_stream()
        guard cm_inflate_init_raw(&stream) == Z_OK else { throw .damaged(path) }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let result: Int32 = input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = UInt32(target.count)
                    return CInflate.inflate(&stream, Z_NO_FLUSH)
                }
                output += chunk[0..<(chunk.count - Int(stream.avail_out))]
                guard output.count <= limit else { return Z_MEM_ERROR }
                if status == Z_STREAM_END { return Z_STREAM_END }
                // No progress with all the input given is a stream cut short.
                guard status == Z_OK, stream.avail_in > 0 || stream.avail_out == 0 else { return status == Z_OK ? Z_BUF_ERROR : status }
            }
        }
        switch result {
        case Z_STREAM_END: return output
        case Z_MEM_ERROR where output.count > limit: throw .tooLarge(path)
        default: throw .damaged(path)
        }
    }

    /// Where the end of central directory record starts: the last one within its comment's
    /// reach of the end, whose comment runs exactly to the end.
    private static func endRecord(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        let earliest = max(0, bytes.count - 22 - 0xFFFF)
        for at in stride(from: bytes.count - 22, through: earliest, by: -1)
        where u32(bytes, at) == 0x0605_4B50 && at + 22 + Int(u16(bytes, at + 20)) == bytes.count {
            return at
        }
        return nil
    }

    private static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}
