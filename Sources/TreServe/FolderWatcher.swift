import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Notices changes under the content and theme folders by comparing cheap snapshots (size,
/// modification time in nanoseconds, inode) a few times a second. Polling needs no extra
/// package on Linux, sees every kind of change the same way (edits, new, deleted and renamed
/// files, folders moved in), and handles editors that save by writing a temporary file and
/// renaming it over the original, since the inode changes even when size and time do not.
struct FolderWatcher: Sendable {
    /// A folder to watch, and the prefix its paths get in a change list (`content/`, `theme/`).
    struct Root: Sendable {
        var label: String
        var url: URL
    }

    struct Stamp: Equatable, Sendable {
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64
    }

    typealias Snapshot = [String: Stamp]

    var roots: [Root]

    /// Every regular file under the roots, by `label/relative/path`. Hidden files and editors'
    /// scratch files are left out, as the loader leaves them out.
    func snapshot() -> Snapshot {
        var folders: [String] = []
        return snapshot(folders: &folders)
    }

    /// A snapshot, and every folder walked (for `ChangeSignal` to listen to).
    func snapshot(folders: inout [String]) -> Snapshot {
        var result: Snapshot = [:]
        for root in roots {
            folders.append(root.url.path)
            walk(root.url.path, relative: "", label: root.label, depth: 0, into: &result, folders: &folders)
        }
        return result
    }

    /// Paths added, removed or changed between two snapshots, sorted.
    static func changes(from old: Snapshot, to new: Snapshot) -> [String] {
        var changed = Set<String>()
        for (path, stamp) in new where old[path] != stamp { changed.insert(path) }
        for path in old.keys where new[path] == nil { changed.insert(path) }
        return changed.sorted()
    }

    /// Names editors write while saving, never content: `.x.swp`, `x~`, `#x#`, vim's `4913`.
    static func ignored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasPrefix("#") || name == "4913"
            || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasSuffix(".tmp")
    }

    private func walk(_ directory: String, relative: String, label: String, depth: Int, into result: inout Snapshot,
                      folders: inout [String]) {
        // Deep enough for any real site; stops a link loop from running forever.
        guard depth < 32, let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where !Self.ignored(name) {
            let path = directory + "/" + name
            let key = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                folders.append(path)
                walk(path, relative: key, label: label, depth: depth + 1, into: &result, folders: &folders)
            } else if (info.st_mode & S_IFMT) == S_IFREG {
                result[label + "/" + key] = Stamp(size: Int64(info.st_size), seconds: Int(info.st_mtim.tv_sec),
                                                  nanoseconds: Int(info.st_mtim.tv_nsec), inode: UInt64(info.st_ino))
            }
        }
    }

    /// Watches until the task is cancelled, calling `changed` once per burst of changes: after a
    /// change is seen, it waits until the folders have been still for `quiet`, so an editor's
    /// save (or a spreadsheet program's several writes) gives one rebuild. A `ChangeSignal`
    /// wakes it as soon as a file changes; it looks every `interval` regardless (every
    /// `pollInterval` where there is no signal), because walking a national site costs CPU.
    func run(every interval: Duration = .seconds(1), pollInterval: Duration = .milliseconds(100),
             quiet: Duration = .milliseconds(30),
             heartbeat: @Sendable () -> Void = {}, changed: @Sendable ([String]) async -> Void) async {
        let signal = ChangeSignal()
        var folders: [String] = []
        var last = snapshot(folders: &folders)
        signal.watch(folders)
        var ticks = 0
        while !Task.isCancelled {
            await signal.pause(signal.listening ? interval : pollInterval)
            ticks += 1
            if ticks % 100 == 0 { heartbeat() }
            folders = []
            var now = snapshot(folders: &folders)
            guard now != last else { continue }
            for _ in 0..<100 {
                await signal.pause(quiet)
                folders = []
                let again = snapshot(folders: &folders)
                if again == now { break }
                now = again
            }
            signal.watch(folders)
            if Task.isCancelled { return }
            let paths = Self.changes(from: last, to: now)
            last = now
            if !paths.isEmpty { await changed(paths) }
        }
    }
}
