@testable import AgeFormat
import FuzzSupport

/// The identity of C2SP's age test kit, whose files are the seeds: with it, fuzzed variants of
/// those files reach the MAC check and the payload, not only the header.
let identity = try! X25519Identity("AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0")

/// Fuzzes opening an age file (docs/safety.md, "Encrypted maps"): whatever the bytes, caremap
/// opens the file or refuses it with one of its worded errors, never crashes; a header it
/// accepts prints back to exactly the bytes it was read from, so nothing in a header is read
/// leniently. No passphrase is given, so a fuzzed scrypt work factor costs nothing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    if let (header, payloadStart) = try? AgeHeader.parse(bytes) {
        Fuzz.require(header.bytes == Array(bytes[..<payloadStart]), "a header read leniently does not print back as it was")
    }
    do {
        _ = try AgeFile.decrypt(bytes, identities: [identity]) { nil }
    } catch {
        let reason = error.description
        Fuzz.require(!reason.isEmpty && reason.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }, "an unprintable refusal: \(reason)")
    }
    return 0
}

/// The program's entry, named as SwiftPM expects (see ``Fuzz/main(_:_:_:)``).
@_cdecl("fuzz_age_header_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    Fuzz.main(argc, argv, fuzz)
}
