import AgeFormat
import Foundation
import Synchronization

/// Headers for maps encrypted with a passphrase, made ahead on a background thread, so that the
/// editor's saves and autosaves do not stop for scrypt: wrapping a file key for a passphrase
/// takes about a second at age's default work factor, and the recovery file is written two
/// seconds after the last edit, when a facilitator may well be typing again.
///
/// Written by hand because it is a few lines over the standard library's `Mutex` and a thread;
/// no package here keeps work ready this way. Only a header made ahead and never used is
/// kept, at most one per passphrase, and each header opens one file only, as age gives every
/// file its own key. Nothing is made ahead unless asked (``prepare(for:)``): a command that
/// writes one file makes its header when it writes.
public final class AgeHeaderPool: Sendable {
    public static let shared = AgeHeaderPool()

    private struct State {
        /// A header ready for each passphrase (by ``key(of:)``).
        var ready: [String: AgeFile.PreparedHeader] = [:]
        /// Passphrases whose header is being made.
        var making: Set<String> = []
    }

    private let state = Mutex(State())

    /// A header for `recipients`: the one made ahead, if it is ready, else one made now.
    public func take(for recipients: AgeFile.Recipients) -> AgeFile.PreparedHeader {
        if let key = Self.key(of: recipients), let header = state.withLock({ $0.ready.removeValue(forKey: key) }) { return header }
        return AgeFile.PreparedHeader(for: recipients)
    }

    /// Starts making the next header for `recipients` on a background thread, unless one is
    /// ready or on its way; for age keys, whose headers take no time, nothing is done.
    public func prepare(for recipients: AgeFile.Recipients) {
        guard let key = Self.key(of: recipients) else { return }
        let starts = state.withLock { state in
            guard state.ready[key] == nil, !state.making.contains(key) else { return false }
            state.making.insert(key)
            return true
        }
        guard starts else { return }
        Thread.detachNewThread { [self] in
            let header = AgeFile.PreparedHeader(for: recipients)
            state.withLock { state in
                state.ready[key] = header
                state.making.remove(key)
            }
        }
    }

    /// Whether a header for `recipients` is ready to take, for tests.
    func isReady(for recipients: AgeFile.Recipients) -> Bool {
        guard let key = Self.key(of: recipients) else { return false }
        return state.withLock { $0.ready[key] != nil }
    }

    private static func key(of recipients: AgeFile.Recipients) -> String? {
        guard case .passphrase(let passphrase, let workFactor) = recipients else { return nil }
        return "\(workFactor) \(passphrase)"
    }
}
