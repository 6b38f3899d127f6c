import Dispatch
import Foundation
import Hummingbird
import TreCore
#if canImport(Glibc)
import Glibc
#endif

/// `tre serve`: builds the site into memory, serves it over HTTP, watches the content and the
/// theme, rebuilds after each change and tells open pages to reload. Runs until Ctrl-C (SIGINT)
/// or SIGTERM.
public enum PreviewServer {
    /// Runs the preview. Returns false when it could not start (the reason is already printed).
    public static func run(_ options: PreviewOptions, console: PreviewConsole) async -> Bool {
        let early = options.language ?? .vi
        if options.port != 0, let problem = PortCheck.problem(host: options.host, port: options.port) {
            console.problem(problem, early)
            return false
        }
        let session = String(UInt64(Date().timeIntervalSince1970 * 1000), radix: 36)
        let contentRoot = options.content.standardizedFileURL.resolvingSymlinksInPath()
        let state = PreviewState(session: session) { path in
            // Media is read from the content folder when asked for: refuse a file that has
            // become a link to somewhere outside it since the build.
            let real = contentRoot.appendingPathComponent(path).resolvingSymlinksInPath().path
            return real.hasPrefix(contentRoot.path + "/")
        }
        let events = ReloadEvents()
        let rebuilder = Rebuilder(options: options, state: state, events: events, console: console)
        var roots = [FolderWatcher.Root(label: "content", url: options.content)]
        if let templates = options.templates { roots.append(FolderWatcher.Root(label: "theme", url: templates)) }
        let watcher = FolderWatcher(roots: roots)
        // Looked at before the first build, so the watcher reports whatever changes after it
        // and the build need not read unchanged files again.
        let first = watcher.snapshot()
        rebuilder.watching()
        await rebuilder.buildAll()
        let gate = WorkspaceGate(host: options.host, password: options.editPassword)
        let workspace = options.edit && WorkspaceGate.enabled(host: options.host, password: options.editPassword)
            ? Workspace(options: options, gate: gate, language: { rebuilder.language }) : nil
        // Its checks trust the files the watcher has not named, from the same first look.
        workspace?.site.watching()
        let responder = PreviewResponder(state: state, events: events, language: { rebuilder.language }, workspace: workspace)
        var app = Application(
            responder: responder,
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? options.port
                gate.port.set(port)
                let url = "http://\(PortCheck.urlHost(options.host)):\(port)/"
                console.listening(url, exposed: !PortCheck.isLoopback(options.host), workspace: workspace?.address(url),
                                  language: rebuilder.language)
                if options.open { Browser.open(url, console: console, language: rebuilder.language) }
            })
        // Hummingbird's own log lines would mix English into the user's terminal.
        app.logger.logLevel = .critical
        let server = app

        let stop = StopSignals()
        defer { stop.cancel() }
        let result: Bool = await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                do {
                    try await server.run()
                    return true
                } catch is CancellationError {
                    return true
                } catch {
                    if Task.isCancelled { return true }
                    console.problem(PortCheck.cannotListen(options.host, options.port, "\(error)"), rebuilder.language)
                    return false
                }
            }
            group.addTask {
                await watcher.run(from: first, heartbeat: { events.heartbeat() }) { changed in
                    workspace?.site.changed(changed)
                    await rebuilder.rebuild(changed)
                }
                return true
            }
            group.addTask {
                await stop.wait()
                return true
            }
            let first = await group.next() ?? true
            // Open event streams would keep connections (and so the server) alive: end them first.
            events.close()
            group.cancelAll()
            return first
        }
        if result { console.stopped(rebuilder.language) }
        return result
    }
}

/// Ctrl-C and SIGTERM, as something to wait for: the server stops in an orderly way instead of
/// being killed mid-answer.
final class StopSignals: @unchecked Sendable {
    private let sources: [DispatchSourceSignal]
    private let stream: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    init() {
        (stream, continuation) = AsyncStream<Void>.makeStream()
        let queue = DispatchQueue(label: "tre.serve.signals")
        let continuation = continuation
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { continuation.yield() }
            source.resume()
            return source
        }
    }

    func wait() async {
        for await _ in stream { return }
    }

    func cancel() {
        for source in sources { source.cancel() }
        continuation.finish()
    }
}
