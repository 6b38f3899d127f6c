import Foundation

/// The index in pieces, each a script so that search works from a folder (`file://`), where
/// browsers refuse `fetch`:
///
/// - `search/index.js`: `window.treSearchIndex = {"pages":N,"chunk":C,"shards":[…]}`, the
///   page count and the prefix of every word piece;
/// - `search/w/<prefix>.js`: the words beginning with a prefix, each with two page sets (pages
///   with the word, pages with it in their title), as `d` + base-36 gaps (`d1,4,a`) or, when
///   shorter, `b` + a base64 bitmap, so a word found on every page costs N/6 bytes at most;
/// - `search/p/<n>.js`: path, title, section and snippet of pages `n·C ..< (n+1)·C`.
///
/// A prefix whose words outgrow `shardLimit` is split by one more letter, so the piece a
/// query word needs stays small on a national site and one piece on a small one.
extension SearchIndex {
    static let shardLimit = 24_000
    static let chunkSize = 8
    static let longestShardKey = 8

    static func shardPath(_ key: String) -> String { "search/w/\(key).js" }
    static func chunkPath(_ number: Int) -> String { "search/p/\(number).js" }

    /// Every piece, with its path. Pages are in path order and words in byte order, so the
    /// same site always gives the same bytes.
    func files() -> [(path: String, text: String)] {
        let pages = entries.sorted { $0.path < $1.path }
        var all: [String: [Int]] = [:]
        var titles: [String: [Int]] = [:]
        // Over a million postings on a national site: collected under the packed words, and
        // each distinct word made a string once.
        var short: [UInt64: [Int]] = [:]
        for (number, page) in pages.enumerated() {
            for word in page.words.short { short[word, default: []].append(number) }
            for word in page.words.long { all[word, default: []].append(number) }
            var title = VietnameseFold.Words()
            title.add(page.title)
            for word in title.list.all { titles[word, default: []].append(number) }
        }
        for (word, numbers) in short { all[VietnameseFold.WordList.word(word)] = numbers }
        let words = all.keys.sorted()
        var encoded: [String: String] = [:]
        for word in words {
            let title = (titles[word] ?? []).sorted()
            encoded[word] = Self.json(word) + ":[" + Self.json(Self.encode(all[word] ?? [], count: pages.count)) + ","
                + Self.json(Self.encode(title, count: pages.count)) + "]"
        }
        let shards = Self.shards(words, size: { encoded[$0]?.utf8.count ?? 0 })
        var files: [(path: String, text: String)] = []
        let keys = shards.map { Self.json($0.key) }.joined(separator: ",")
        files.append((Self.path, "/* Tre search index: generated, do not edit. */\nwindow.treSearchIndex = {\"pages\":"
            + String(pages.count) + ",\"chunk\":" + String(Self.chunkSize) + ",\"shards\":[" + keys + "]};\n"))
        for shard in shards {
            files.append((Self.shardPath(shard.key), "(window.treSearchShards = window.treSearchShards || {})["
                + Self.json(shard.key) + "] = {" + shard.words.compactMap { encoded[$0] }.joined(separator: ",\n")
                + "};\n"))
        }
        for start in stride(from: 0, to: pages.count, by: Self.chunkSize) {
            let chunk = pages[start..<min(pages.count, start + Self.chunkSize)].map { page in
                "[" + [page.path, page.title, page.kind, page.snippet].map(Self.json).joined(separator: ",") + "]"
            }
            files.append((Self.chunkPath(start / Self.chunkSize), "(window.treSearchChunks = window.treSearchChunks || {})["
                + String(start / Self.chunkSize) + "] = [\n" + chunk.joined(separator: ",\n") + "\n];\n"))
        }
        return files
    }

    /// A sorted set of page numbers, in whichever of the two forms is shorter.
    static func encode(_ numbers: [Int], count: Int) -> String {
        var gaps: [UInt8] = [UInt8(ascii: "d")]
        var previous = -1
        for number in numbers {
            if gaps.count > 1 { gaps.append(UInt8(ascii: ",")) }
            gaps.append(contentsOf: String(number - previous, radix: 36).utf8)
            previous = number
        }
        let bytes = (count + 7) / 8
        guard gaps.count > 1 + (bytes + 2) / 3 * 4 else { return String(decoding: gaps, as: UTF8.self) }
        var bitmap = [UInt8](repeating: 0, count: bytes)
        for number in numbers where number >= 0 && number < count { bitmap[number >> 3] |= 1 << UInt8(number & 7) }
        return "b" + Data(bitmap).base64EncodedString()
    }

    /// The sorted words cut into pieces by prefix: a piece holds every word that begins with
    /// its key and with no longer key.
    static func shards(_ words: [String], size: (String) -> Int) -> [(key: String, words: [String])] {
        var out: [(key: String, words: [String])] = []
        func split(_ key: String, _ words: ArraySlice<String>) {
            if key.count >= longestShardKey || words.reduce(0, { $0 + size($1) }) <= shardLimit {
                out.append((key, Array(words)))
                return
            }
            var rest = words[...]
            if let first = rest.first, first == key {
                out.append((key, [first]))
                rest = rest.dropFirst()
            }
            group(rest, length: key.count + 1)
        }
        func group(_ words: ArraySlice<String>, length: Int) {
            var start = words.startIndex
            while start < words.endIndex {
                let key = String(words[start].prefix(length))
                var end = start
                while end < words.endIndex, words[end].hasPrefix(key) { end += 1 }
                split(key, words[start..<end])
                start = end
            }
        }
        group(words[...], length: 1)
        return out
    }
}
