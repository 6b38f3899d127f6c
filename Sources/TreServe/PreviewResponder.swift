import Foundation
import Hummingbird
import TreCore

/// Answers every request of the preview: the site from memory, and the few `/__tre/` paths
/// of live reload. A small static server of its own rather than Hummingbird's FileMiddleware,
/// because the files live in memory and pages need the overlay and the build stamp.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let state: PreviewState
    let events: ReloadEvents
    let language: @Sendable () -> Language
    /// The editing workspace, when it is on.
    var workspace: Workspace?

    func respond(to request: Request, context: Context) async throws -> Response {
        if request.uri.path == Workspace.prefix || request.uri.path.hasPrefix(Workspace.prefix + "/") {
            guard let workspace else {
                return Response(status: .notFound, headers: Self.common("text/plain; charset=utf-8"),
                                body: Self.body("404 – Không gian soạn thảo đang tắt / the workspace is off\n"))
            }
            let response = await workspace.respond(to: request)
            return request.method == .head ? response.createHeadResponse() : response
        }
        guard request.method == .get || request.method == .head else {
            var headers = Self.common("text/plain; charset=utf-8")
            headers[.allow] = "GET, HEAD"
            return Response(status: .methodNotAllowed, headers: headers,
                            body: Self.body("405 – Chỉ hỗ trợ GET và HEAD / only GET and HEAD are supported\n"))
        }
        let response = await route(request)
        return request.method == .head ? response.createHeadResponse() : response
    }

    private func route(_ request: Request) async -> Response {
        let raw = request.uri.path
        switch raw {
        case LiveReload.scriptPath:
            return Response(status: .ok, headers: Self.common("text/javascript; charset=utf-8"),
                            body: Self.body(LiveReload.script))
        case LiveReload.eventsPath:
            return eventStream()
        case LiveReload.overlayPath:
            return Response(status: .ok, headers: Self.common("text/html; charset=utf-8"),
                            body: Self.body(state.overlay ?? ""))
        default:
            break
        }
        let asked = RequestPath.parse(raw, query: request.uri.query)
        guard let candidate = asked.candidate else {
            return Response(status: .forbidden, headers: Self.common("text/plain; charset=utf-8"),
                            body: Self.body("403 – Đường dẫn không hợp lệ / this path is not allowed\n"))
        }
        guard state.hasSite else { return notBuilt() }
        if let hit = state.file(candidate) {
            return file(candidate, hit, request: request)
        }
        // A chart or download of a page an edit just added comes with the whole site.
        if state.rendering {
            await state.wholeSite()
            if let hit = state.file(candidate) { return file(candidate, hit, request: request) }
        }
        if case .folder(let folder, let redirect) = asked, state.contains(folder + "/index.html") {
            var headers = Self.common("text/plain; charset=utf-8")
            headers[.location] = redirect
            return Response(status: .movedPermanently, headers: headers, body: Self.body(redirect + "\n"))
        }
        return notFound()
    }

    private func file(_ path: String, _ hit: PreviewState.Hit, request: Request) -> Response {
        let type = ContentType.of(path)
        var headers = Self.common(type)
        headers[.eTag] = hit.validators.etag
        headers[.lastModified] = HTTPDate.format(hit.validators.lastModified)
        if hit.validators.notModified(ifNoneMatch: request.headers[.ifNoneMatch],
                                      ifModifiedSince: request.headers[.ifModifiedSince]) {
            headers[.contentType] = nil
            return Response(status: .notModified, headers: headers)
        }
        guard type.hasPrefix("text/html") else {
            return Response(status: .ok, headers: headers, body: Self.body(hit.data))
        }
        // Pages carry the overlay while the content is broken; their validators describe the
        // page as built, so the overlay does not hide behind a 304.
        var html = page(String(decoding: hit.data, as: UTF8.self))
        if let workspace, let source = workspace.site.source(ofPage: path) {
            html = EditLink.inject(html, source: source, language: language())
        }
        return Response(status: .ok, headers: headers, body: Self.body(html))
    }

    /// The site's own 404 page, with status 404.
    private func notFound() -> Response {
        let headers = Self.common("text/html; charset=utf-8")
        guard let hit = state.file("404.html") else {
            return Response(status: .notFound, headers: Self.common("text/plain; charset=utf-8"),
                            body: Self.body("404 – Không tìm thấy trang / page not found\n"))
        }
        var html = String(decoding: hit.data, as: UTF8.self)
        // Its links are relative to the site root (unless base_url is set); a base makes them
        // work at whatever depth the missing address was.
        if !html.contains("<base "), let head = html.range(of: "<head>") {
            html.insert(contentsOf: "\n<base href=\"/\">", at: head.upperBound)
        }
        return Response(status: .notFound, headers: headers, body: Self.body(page(html)))
    }

    /// Before the first good build there is no site to show: a page with the overlay alone,
    /// which reloads once the content is fixed.
    private func notBuilt() -> Response {
        let vi = language() == .vi
        let html = """
        <!DOCTYPE html>
        <html lang="\(vi ? "vi" : "en")"><head><meta charset="utf-8"><title>\(vi ? "Chưa dựng được trang" : "The site could not be built")</title></head>
        <body><p>\(vi ? "Chưa dựng được trang vì nội dung có lỗi." : "The site could not be built because the content has errors.")</p>
        <script src="\(LiveReload.scriptPath)"></script>
        </body></html>
        """
        return Response(status: .serviceUnavailable, headers: Self.common("text/html; charset=utf-8"),
                        body: Self.body(page(html)))
    }

    private func page(_ html: String) -> String {
        let stamped = LiveReload.stamp(html, build: state.buildID)
        guard let overlay = state.overlay else { return stamped }
        return ErrorOverlay.inject(overlay, into: stamped)
    }

    private func eventStream() -> Response {
        var headers = Self.common("text/event-stream; charset=utf-8")
        headers[.contentLength] = nil
        let stream = events.subscribe(build: state.buildID)
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            for await text in stream {
                try await writer.write(ByteBuffer(string: text))
            }
            try await writer.finish(nil)
        })
    }

    /// Headers of every answer: the type, and no caching, so the browser always shows the
    /// latest build.
    static func common(_ type: String) -> HTTPFields {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        if let nosniff = HTTPFields.Element.Name("X-Content-Type-Options") { headers[nosniff] = "nosniff" }
        return headers
    }

    static func body(_ text: String) -> ResponseBody {
        ResponseBody(byteBuffer: ByteBuffer(string: text))
    }

    static func body(_ data: Data) -> ResponseBody {
        ResponseBody(byteBuffer: ByteBuffer(bytes: data))
    }
}
