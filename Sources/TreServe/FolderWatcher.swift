import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Notices changes under the content and theme folders by comparing cheap snapshots (size,
/// modification time in nanoseconds, inode). inotify names the paths that changed, so an
/// edit restamps one file; a whole snapshot compared every second (every tenth of a second
/// without inotify) catches whatever the signal missed. Snapshots see every kind of change the
/// same way (edits, new, deleted and renamed files, folders moved in), and handle editors that
/// save by writing a temporary file and renaming it over the original, since the inode
/// changes even when size and time do not.
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

    /// Names editors write while saving, never content: `.x.swp`, `x~`, `#x#`, vim's `4913`;
    /// Office's lock file `~$x.xlsx` (held beside a workbook while Excel has it open) and the
    /// eight-hex-digit file Excel writes before renaming it over the workbook; LibreOffice's
    /// `.~lock.x.xlsx#` and `lu….tmp` are caught by the first and last rules.
    static func ignored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasPrefix("#") || name == "4913"
            || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasSuffix(".tmp")
            || name.hasPrefix("~$") || isExcelScratch(name)
    }

    /// `1A2B3C4D`: eight hexadecimal digits and no extension.
    private static func isExcelScratch(_ name: String) -> Bool {
        name.utf8.count == 8 && name.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 || $0 >= 0x41 && $0 <= 0x46 }
    }

    private static func stamp(_ info: stat) -> Stamp {
        Stamp(size: Int64(info.st_size), seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec),
              inode: UInt64(info.st_ino))
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
                result[label + "/" + key] = Self.stamp(info)
            }
        }
    }

    /// Brings `snapshot` up to date for these paths alone (folder + "/" + name, as inotify
    /// names them): a file is stamped again, a folder walked again, a path that is gone
    /// dropped with everything under it. Folders walked are added to `folders`.
    func refresh(_ snapshot: inout Snapshot, paths: Set<String>, folders: inout [String]) {
        for path in paths.sorted() {
            guard let (root, relative) = place(path), !relative.isEmpty,
                  !relative.split(separator: "/").contains(where: { Self.ignored(String($0)) }) else { continue }
            let key = root.label + "/" + relative
            var info = stat()
            let found = stat(path, &info) == 0
            let isFile = found && (info.st_mode & S_IFMT) == S_IFREG
            if !isFile || snapshot[key] == nil {
                snapshot[key] = nil
                let inside = key + "/"
                for old in snapshot.keys where old.hasPrefix(inside) { snapshot[old] = nil }
            }
            if isFile {
                snapshot[key] = Self.stamp(info)
            } else if found, (info.st_mode & S_IFMT) == S_IFDIR {
                folders.append(path)
                walk(path, relative: relative, label: root.label, depth: relative.split(separator: "/").count,
                     into: &snapshot, folders: &folders)
            }
        }
    }

    /// The root a path lies in, and the path relative to it.
    private func place(_ path: String) -> (Root, String)? {
        for root in roots {
            let base = root.url.path + "/"
            if path.hasPrefix(base) { return (root, String(path.dropFirst(base.count))) }
        }
        return nil
    }

    /// Watches until the task is cancelled, calling `changed` once per burst of changes: after a
    /// change is seen, it waits until the folders have been still for `quiet`, so an editor's
    /// save (or a spreadsheet program's several writes) gives one rebuild. A `ChangeSignal`
    /// wakes it as soon as a file changes and names it, so only that file is looked at; a
    /// whole snapshot is compared every `interval` regardless (every `pollInterval` where there
    /// is no signal), as the safety net. Changes are reported against `first` when given (a
    /// snapshot taken before the first build), so nothing changed since then goes unseen.
    func run(from first: Snapshot? = nil, every interval: Duration = .seconds(1),
             pollInterval: Duration = .milliseconds(100), quiet: Duration = .milliseconds(30),
             heartbeat: @Sendable () -> Void = {}, changed: @Sendable ([String]) async -> Void) async {
        let signal = ChangeSignal(roots: roots.map(\.url.path))
        var folders: [String] = []
        let now = snapshot(folders: &folders)
        signal.watch(folders)
        var last = now
        if let first {
            let paths = Self.changes(from: first, to: now)
            if !paths.isEmpty { await changed(paths) }
        }
        var ticks = 0
        while !Task.isCancelled {
            var wake = await signal.pause(signal.listening ? interval : pollInterval)
            ticks += 1
            if ticks % 100 == 0 { heartbeat() }
            folders = []
            var now: Snapshot
            if wake == .quiet {
                now = snapshot(folders: &folders)
                guard now != last else { continue }
                for _ in 0..<100 {
                    _ = await signal.pause(quiet)
                    folders = []
                    let again = snapshot(folders: &folders)
                    if again == now { break }
                    now = again
                }
            } else {
                for _ in 0..<100 {
                    let more = await signal.pause(quiet)
                    if more == .quiet { break }
                    wake = Self.merge(wake, more)
                }
                now = last
                if case .named(let paths) = wake {
                    refresh(&now, paths: paths, folders: &folders)
                } else {
                    now = snapshot(folders: &folders)
                }
            }
            signal.watch(folders)
            if Task.isCancelled { return }
            let paths = Self.changes(from: last, to: now)
            last = now
            if !paths.isEmpty { await changed(paths) }
        }
    }

    private static func merge(_ a: ChangeSignal.Wake, _ b: ChangeSignal.Wake) -> ChangeSignal.Wake {
        switch (a, b) {
        case (.named(let x), .named(let y)): .named(x.union(y))
        case (.quiet, _): b
        case (_, .quiet): a
        default: .unknown
        }
    }
}
