import Foundation
import TreCore

/// The same corpus as a Hugo site: the same pages and the same Markdown bodies, with the data
/// Tre reads from CSV files put in front matter (Hugo cannot join CSV rows to pages or judge
/// progress), and plain templates that show what Tre's pages show: facts, target tables,
/// a province's plans, showcases and news, a plan's news.
extension BenchCorpus {
    public func writeHugo(_ write: (String, String) -> Void) {
        write("hugo.toml", """
            baseURL = "https://example.org/"
            languageCode = "vi"
            title = "Kế hoạch phát triển hợp tác xã nông nghiệp toàn quốc (bản thử tốc độ)"
            disableKinds = ["taxonomy", "term"]
            relativeURLs = true
            [params]
            organization = "Liên minh Hợp tác xã Việt Nam (đơn vị mẫu)"
            [markup.goldmark.renderer]
            unsafe = false
            [markup.highlight]
            codeFences = false

            """)
        for (path, text) in BenchHugoLayouts.files { write(path, text) }
        for (section, title) in [("provinces", "Tỉnh, thành phố"), ("plans", "Kế hoạch"), ("indicators", "Chỉ tiêu"),
                                 ("cooperatives", "Hợp tác xã tiêu biểu"), ("updates", "Tin tức")] {
            write("content/\(section)/_index.md", "---\ntitle: \(Self.yaml(title))\n---\n")
        }
        write("content/_index.md", "---\ntitle: \"Tổng quan\"\n---\n")
        let cooperativeCounts = Dictionary(grouping: cooperatives, by: \.province).mapValues(\.count)
        for (province, body) in zip(provinces, provinceBodies) {
            let family = [province.slug] + provinces.filter { $0.mergedInto == province.slug }.map(\.slug)
            var front = "title: \(Self.yaml(province.name))\ncode: \(Self.yaml(province.code))\nregion: \(Self.yaml(province.region))\n"
            if let into = province.mergedInto { front += "merged_into: \(into)\nmerged_on: 2025-07-01\n" }
            front += "family: [\(family.joined(separator: ", "))]\n"
            front += "cooperative_count: \(family.map { cooperativeCounts[$0] ?? 0 }.reduce(0, +))\n"
            write("content/provinces/\(province.slug).md", "---\n\(front)---\n\n" + body)
        }
        for plan in plans {
            var front = "title: \(Self.yaml(plan.title))\nnumber: \(Self.yaml(plan.number))\nissued: \(Self.yaml(plan.issued))\n"
            front += "issuer: \(Self.yaml(plan.issuer))\nprovince: \(plan.province)\nfrom: \(plan.from)\nto: \(plan.to)\ntargets:\n"
            for target in plan.targets {
                let figures = Self.figures(target)
                front += "  - indicator: \(Self.yaml(target.indicator.name))\n    indicator_id: \(target.indicator.id)\n"
                front += "    target: \(Self.yaml(figures.target))\n    latest: \(Self.yaml(figures.latest))\n"
                front += "    latest_year: \(figures.year)\n    status: \(Self.yaml(figures.status))\n"
            }
            write("content/plans/\(plan.slug).md", "---\n\(front)---\n\n" + plan.body)
        }
        for indicator in indicators {
            var front = "title: \(Self.yaml(indicator.name))\nunit: \(Self.yaml(indicator.unit))\nmeasure: \(indicator.measure)\nrows:\n"
            for plan in plans {
                for target in plan.targets where target.indicator.id == indicator.id {
                    let figures = Self.figures(target)
                    front += "  - plan: \(plan.slug)\n    plan_title: \(Self.yaml(plan.number + " – " + plan.issuer))\n"
                    front += "    target: \(Self.yaml(figures.target))\n    latest: \(Self.yaml(figures.latest))\n"
                    front += "    status: \(Self.yaml(figures.status))\n"
                }
            }
            write("content/indicators/\(indicator.id).md", "---\n\(front)---\n")
        }
        for coop in cooperatives where coop.model {
            var front = "title: \(Self.yaml(coop.name))\nkind: \(coop.kind)\nprovince: \(coop.province)\n"
            front += "locality: \(Self.yaml(coop.locality))\nsector: \(Self.yaml(coop.sector))\nfounded: \(coop.founded)\n"
            front += "members: \(coop.members)\nrevenue: \(coop.revenue)\nrating: \(coop.rating)\nocop_stars: \(coop.ocopStars)\n"
            front += "products: \(Self.yaml(coop.products))\n"
            if let story = coop.story { front += "quote: \(Self.yaml(story.quote))\n" }
            write("content/cooperatives/\(coop.id).md", "---\n\(front)---\n\n" + (coop.story?.body ?? ""))
        }
        for update in updates {
            var front = "title: \(Self.yaml(update.title))\ndate: \(update.date)\nprovince: \(update.province)\n"
            if let plan = update.plan { front += "plan: \(plan)\n" }
            front += "author: \(Self.yaml(update.author))\nsummary: \(Self.yaml(update.summary))\n"
            write("content/updates/\(update.slug).md", "---\n\(front)---\n\n" + update.body)
        }
    }

    /// What Tre computes from the CSV rows, precomputed for Hugo: the target, the latest
    /// figure (summed for cumulative targets) and whether it is met.
    static func figures(_ target: BenchTarget) -> (target: String, latest: String, year: Int, status: String) {
        let last = target.observations.last ?? (0, 0)
        let latest = target.indicator.measure == "cumulative" ? target.observations.map(\.value).reduce(0, +) : last.value
        let met = target.indicator.direction == "decrease" ? latest <= target.target : latest >= target.target
        let unit = " " + target.indicator.unit
        return (number(target.target) + unit, number(latest) + unit, last.year, met ? "Đạt" : "Chưa đạt")
    }

    static func yaml(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
