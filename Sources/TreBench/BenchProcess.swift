import Foundation
import TreCore
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program as a child process and measures it from outside: wall time on the monotonic
/// clock and peak resident memory from `wait4`'s rusage (`ru_maxrss`), the same figure
/// `/usr/bin/time -v` reports. Output goes to a log file so it cannot slow the run down.
enum BenchProcess {
    struct Measurement: Sendable {
        var seconds: Double
        /// Peak resident set size in bytes.
        var peakBytes: Int
        var exitStatus: Int32
    }

    enum Failure: Error, CustomStringConvertible {
        case spawn(String, Int32)
        var description: String {
            switch self {
            case .spawn(let program, let code): "cannot start \(program): \(String(cString: strerror(code)))"
            }
        }
    }

    static func run(_ program: String, _ arguments: [String], in directory: URL, log: URL) throws -> Measurement {
        let started = now()
        let pid = try start(program, arguments, in: directory, log: log)
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = now() - started
        // Linux reports ru_maxrss in kilobytes.
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Measurement(seconds: seconds, peakBytes: Int(usage.ru_maxrss) * 1024, exitStatus: exit)
    }

    /// Starts `program` in `directory` with its output in `log`, without waiting for it.
    static func start(_ program: String, _ arguments: [String], in directory: URL, log: URL) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, log.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        spawnChangeDirectory(&actions, directory.path)
        let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let code = posix_spawnp(&pid, program, &actions, nil, argv, environ)
        guard code == 0 else { throw Failure.spawn(program, code) }
        return pid
    }

    /// Asks a started program to stop as Ctrl-C would, and waits for it.
    static func interrupt(_ pid: pid_t) {
        kill(pid, SIGINT)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The path of the running executable, so `tre bench` measures the very binary it is.
    static func currentExecutable() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// Whether `program` is found on PATH.
    static func available(_ program: String) -> Bool {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
    }
}

/// glibc's posix_spawn_file_actions_addchdir_np (2.29+), which Swift's Glibc module does not
/// export: the child starts in the site's folder without the parent changing its own.
@_silgen_name("posix_spawn_file_actions_addchdir_np")
private func spawnChangeDirectory(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>,
                                  _ path: UnsafePointer<CChar>) -> Int32
