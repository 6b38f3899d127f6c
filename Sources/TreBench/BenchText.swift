import Foundation
import TreCore

/// Markdown bodies of several KB made from the sentence pool: headings, paragraphs, lists and
/// the data blocks real pages use, so both generators parse and render realistic text.
struct BenchText {
    var random: BenchRandom
    let province: String

    mutating func sentence() -> String {
        var text = random.pick(BenchWords.sentences)
        text = text.replacingOccurrences(of: "{p}", with: province)
        if text.contains("{n}") { text = text.replacingOccurrences(of: "{n}", with: String(random.int(3...95))) }
        return text
    }

    mutating func paragraph(_ sentences: ClosedRange<Int> = 3...6) -> String {
        (0..<random.int(sentences)).map { _ in sentence() }.joined(separator: " ")
    }

    mutating func list() -> String {
        (0..<random.int(3...5)).map { _ in "- " + sentence() }.joined(separator: "\n")
    }

    mutating func headline() -> String {
        let words = ["sơ kết", "kết quả", "đẩy mạnh", "hội nghị", "tập huấn", "ra mắt", "khảo sát", "tổng kết"]
        let topics = ["phát triển hợp tác xã", "kinh tế tập thể", "liên kết chuỗi giá trị", "chuyển đổi số trong HTX",
                      "sản phẩm OCOP", "tổ hợp tác mới", "hỗ trợ thành viên HTX"]
        return "\(random.pick(words)) \(random.pick(topics)) năm \(random.int(2021...2025))"
    }

    /// About 4–7 KB: numbered sections, paragraphs, lists, the targets table and one chart.
    mutating func planBody(slug: String, number: String, title: String, chartIndicator: String) -> String {
        var parts = ["Kế hoạch số \(number) của Ủy ban nhân dân tỉnh \(province) về việc ban hành \(title.lowercased())."]
        let sections = ["I. Mục đích, yêu cầu", "II. Mục tiêu", "III. Nhiệm vụ và giải pháp", "IV. Tổ chức thực hiện"]
        for (index, section) in sections.enumerated() {
            parts.append("## \(section)")
            for sub in 1...random.int(2...3) {
                parts.append("### \(sub). \(random.pick(BenchWords.headings))")
                parts.append(paragraph())
                if random.chance(0.5) { parts.append(list()) }
            }
            if index == 1 {
                parts.append("```targets\nplan: \(slug)\n```")
                parts.append("```chart\nplan: \(slug)\nindicator: \(chartIndicator)\n```")
            }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// About 2–4 KB: a showcase cooperative's story.
    mutating func storyBody(coop: String) -> String {
        var parts = ["\(coop) được thành lập để các hộ thành viên cùng sản xuất và tiêu thụ sản phẩm."]
        for _ in 0..<random.int(4...7) { parts.append(paragraph()) }
        parts.insert("## Hướng đi mới", at: 3)
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// About 2–4 KB: a news post, sometimes with the chart of the plan it reports on.
    mutating func updateBody(chart: (plan: String, indicator: String)?) -> String {
        var parts: [String] = []
        for _ in 0..<random.int(3...5) { parts.append(paragraph()) }
        parts.insert("## Kết quả nổi bật", at: 1)
        parts.insert(list(), at: 2)
        if let chart { parts.append("```chart\nplan: \(chart.plan)\nindicator: \(chart.indicator)\n```") }
        parts.append(paragraph(2...3))
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// About 2–3 KB: a province's introduction, with its showcase cooperatives.
    mutating func provinceBody(slug: String) -> String {
        var parts = [paragraph(), paragraph(), "## Kinh tế tập thể", paragraph(), list()]
        parts.append("```cooperatives\nprovince: \(slug)\nmodel: yes\nlimit: 6\n```")
        parts.append(paragraph())
        return parts.joined(separator: "\n\n") + "\n"
    }
}
