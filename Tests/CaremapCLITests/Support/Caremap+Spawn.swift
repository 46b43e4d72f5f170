import Foundation

extension Caremap {
    /// Starts caremap with `arguments` in `directory` and returns at once with its process id,
    /// for tests that kill it part-way; output goes to /dev/null. ``reap(_:)`` collects it.
    static func spawn(_ arguments: [String], in directory: URL) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor in [Int32(0), 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        return try spawnCleanly(["/usr/bin/env", "-C", directory.path, binary.path] + arguments, actions: &actions)
    }

    /// Starts `command` (an executable's path and its arguments) with `actions` and returns its
    /// process id, with an empty signal mask and every signal at its default disposition.
    ///
    /// A child inherits its parent's signal mask, and the test runner's threads block nearly every
    /// signal: inherited, that mask left caremap deaf to the SIGHUP of a closing terminal and
    /// tmux servers deaf to everything but SIGKILL, so they outlived the tests that started them.
    static func spawnCleanly(_ command: [String], actions: inout posix_spawn_file_actions_t, environment: [String]? = nil) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var every = sigset_t()
        sigfillset(&every)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &every)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = command.map { strdup($0) } + [nil]
        let envp = environment.map { $0.map { strdup($0) } + [nil] }
        defer { (argv + (envp ?? [])).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = envp.map { posix_spawn(&pid, command[0], &actions, &attributes, argv, $0) }
            ?? posix_spawn(&pid, command[0], &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        return pid
    }

    /// Waits for `pid` to end; returns its exit status, or 128 + the signal that ended it.
    @discardableResult
    static func reap(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// Waits up to `timeout` for `pid` to end, then kills it: a run that had to be killed reports
    /// 124, as `timeout(1)` does.
    static func reap(_ pid: pid_t, within timeout: Duration) -> Int32 {
        let deadline = ContinuousClock.now + timeout
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            guard ContinuousClock.now <= deadline else {
                kill(pid, SIGKILL)
                reap(pid)
                return 124
            }
            usleep(5_000)
        }
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
