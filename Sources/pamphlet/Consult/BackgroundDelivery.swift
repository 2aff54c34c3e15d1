import Foundation
import PamphletCore

/// After a save, one try to deliver the request, without keeping the patient waiting:
/// a child process `pamphlet requests send --one ID`, in its own session with its
/// output to /dev/null, waited for at most `patience` (2 s). Sent by then: the
/// patient is told so; otherwise it is told the request will be sent, and the child
/// goes on trying (or a later `requests send` does).
///
/// A child process rather than a thread: the reader never loads libcurl (its
/// start-up and memory stay as they were); a child that hangs on a dead network
/// cannot stall or crash the reader; and it outlives a reader that quits or a kiosk
/// that resets, so a POST in flight is finished and recorded.
enum BackgroundDelivery {
    static let patience: Duration = .seconds(2)

    static func attempt(_ id: UUID, store: ConsultStore, libraryDirectory: String?,
                        config: LibraryConfig) -> ConsultDeliveryOutcome {
        guard config.intake != nil, let libraryDirectory else {
            return ConsultDeliveryOutcome(state: .keptHere, clinic: config.clinic)
        }
        let sent = run(["requests", "send", "--one", id.uuidString.lowercased(), "--quiet",
                        "--requests", store.path, "--library", libraryDirectory])
        return ConsultDeliveryOutcome(state: sent ? .sent : .willSend, clinic: config.clinic)
    }

    /// True when the child exited 0 (sent) within `patience`.
    private static func run(_ arguments: [String]) -> Bool {
        guard let directory = ExecutableLocation.directory else { return false }
        let executable = directory + "/pamphlet"
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        for descriptor: Int32 in 0...2 {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        // Nothing else the reader has open (its terminal, a caller's pipe) goes to the child:
        // a pipe kept open by it would make whoever reads the reader's output wait for the POST.
        for descriptor in openDescriptors() where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
        // Its own session: no terminal, so a hang-up or Ctrl-C at the reader does not stop a POST half done.
        posix_spawnattr_setflags(&attributes, Int16(Self.spawnSetsid | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        // SIGPIPE back to its default would kill a child writing to a closed socket: libcurl avoids
        // that with MSG_NOSIGNAL; the child's output is /dev/null.
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, &attributes, argv, environ) == 0 else { return false }
        let clock = ContinuousClock()
        let deadline = clock.now + patience
        var status: Int32 = 0
        while clock.now < deadline {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { return exitedZero(status) }
            if done < 0 && errno != EINTR { return false }
            usleep(10_000)
        }
        // Still trying: reap it whenever it ends, so no zombie is left behind.
        let child = pid
        Thread.detachNewThread {
            var status: Int32 = 0
            while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        }
        return false
    }

    /// This process's open descriptors (Linux /proc/self/fd), read before spawning.
    private static func openDescriptors() -> [Int32] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        // The listing's own descriptor is among them and is closed by now; closing it again is harmless.
        return names.compactMap { Int32($0) }.filter { fcntl($0, F_GETFD) != -1 }
    }

    /// glibc's POSIX_SPAWN_SETSID (2.26 and later), which Swift does not see without _GNU_SOURCE.
    private static let spawnSetsid: Int32 = 0x80

    private static func exitedZero(_ status: Int32) -> Bool {
        // WIFEXITED and WEXITSTATUS are macros Swift does not import.
        (status & 0x7F) == 0 && ((status >> 8) & 0xFF) == 0
    }
}
