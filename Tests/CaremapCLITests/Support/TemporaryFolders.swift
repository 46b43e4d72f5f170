import Foundation
import Synchronization

/// The temporary folders tests made, removed when the test process exits.
///
/// At exit rather than at the end of each test because a test's folder outlives the test body:
/// a tmux session's program can still be writing its recovery file there as the session closes.
/// An `atexit` handler rather than a Swift Testing scope trait so that every suite using
/// ``Caremap/temporaryFolder()`` is covered without each one having to opt in.
enum TemporaryFolders {
    private static let pending = Mutex<[URL]>([])
    private static let handlerInstalled = Atomic<Bool>(false)

    static func removeAtExit(_ folder: URL) {
        pending.withLock { $0.append(folder) }
        if handlerInstalled.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged {
            atexit { TemporaryFolders.removeAll() }
        }
    }

    /// Removes every registered folder, first making each writable again, since some tests
    /// leave a folder read-only.
    static func removeAll() {
        let folders = pending.withLock { folders in
            defer { folders.removeAll() }
            return folders
        }
        for folder in folders {
            chmod(folder.path, 0o700)
            try? FileManager.default.removeItem(at: folder)
        }
    }
}
