import Foundation

/// What a reader downloads from a built site, against the budgets of issue 16: no HTML page
/// over 150 KB, no script or stylesheet a page loads over 100 KB (the downloads under
/// `data/` and the handbook are exempt), and a two-word query loading at most 120 KB of index.
public struct BenchWeights: Sendable, Equatable {
    public static let pageBudget = 150 * 1024
    public static let assetBudget = 100 * 1024
    public static let queryBudget = 120 * 1024
    /// The query timed in the browser: two words, without tone marks, found on most pages.
    public static let query = "hop tac"

    public var largestPage: (path: String, bytes: Int)
    public var largestAsset: (path: String, bytes: Int)
    /// Pages and assets over their budgets, by path.
    public var overBudget: [String]
    /// Bytes of `search/` scripts the query loaded, from Chromium's network log; nil when
    /// Chromium, chromedriver or selenium is missing.
    public var queryBytes: Int?

    public static func == (a: BenchWeights, b: BenchWeights) -> Bool {
        a.largestPage == b.largestPage && a.largestAsset == b.largestAsset && a.overBudget == b.overBudget
            && a.queryBytes == b.queryBytes
    }

    /// Sizes every file under `output` (no browser).
    public static func files(_ output: URL) -> BenchWeights {
        var page = ("", 0), asset = ("", 0), over: [String] = []
        let manager = FileManager.default
        let base = output.standardizedFileURL.path + "/"
        let keys: [URLResourceKey] = [.fileSizeKey, .isRegularFileKey]
        let walker = manager.enumerator(at: output, includingPropertiesForKeys: keys)
        while let url = walker?.nextObject() as? URL {
            let path = url.standardizedFileURL.path.replacingOccurrences(of: base, with: "")
            guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
            let size = values.fileSize ?? 0
            if path.hasSuffix(".html") {
                if size > page.1 || (size == page.1 && path < page.0) { page = (path, size) }
                if size > pageBudget { over.append(path) }
            } else if (path.hasSuffix(".js") || path.hasSuffix(".css")),
                      !path.hasPrefix("data/"), !path.hasPrefix("handbook/") {
                if size > asset.1 || (size == asset.1 && path < asset.0) { asset = (path, size) }
                if size > assetBudget { over.append(path) }
            }
        }
        return BenchWeights(largestPage: page, largestAsset: asset, overBudget: over.sorted(), queryBytes: nil)
    }

    /// `files`, and the query's bytes measured in headless Chromium.
    public static func measure(_ output: URL) -> BenchWeights {
        var weights = files(output)
        weights.queryBytes = BenchQueryWeight.bytes(output, query: query)
        return weights
    }
}

/// Opens `search/?q=…` of a site served over HTTP in headless Chromium and adds up, from the
/// DevTools network log, the bytes of the `search/` scripts it loaded until results showed.
enum BenchQueryWeight {
    static func bytes(_ output: URL, query: String) -> Int? {
        let python = "/usr/bin/python3"
        guard FileManager.default.isExecutableFile(atPath: python),
              FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver") else { return nil }
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("tre-query-\(UUID().uuidString).py")
        defer { try? FileManager.default.removeItem(at: script) }
        guard (try? Data(source.utf8).write(to: script)) != nil else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script.path, output.path, query]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    static let source = """
    import functools, http.server, json, sys, threading
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    output, query = sys.argv[1], sys.argv[2]
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args): pass
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=output))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.get("http://127.0.0.1:%d/search/?q=%s" % (server.server_port, query.replace(" ", "+")))
        WebDriverWait(driver, 60).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results .search-result"))
        urls, sizes = {}, {}
        for entry in driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            params = message.get("params", {})
            if message["method"] == "Network.responseReceived":
                urls[params["requestId"]] = params["response"]["url"]
            elif message["method"] == "Network.loadingFinished":
                sizes[params["requestId"]] = params["encodedDataLength"]
        print(sum(size for key, size in sizes.items()
                  if "/search/" in urls.get(key, "") and urls[key].split("?")[0].endswith(".js")))
    finally:
        driver.quit()
        server.shutdown()
    """
}
