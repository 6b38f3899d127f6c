import Foundation
import TreCore

/// The corpus in Tre's content format (CONTENT-FORMAT.md, version 1).
extension BenchCorpus {
    /// Hands every file of `Content/` to `write` as (relative path, text), in a fixed order.
    public func writeTre(_ write: (String, String) -> Void) {
        write("site.yml", """
            title: "Kế hoạch phát triển hợp tác xã nông nghiệp toàn quốc (bản thử tốc độ)"
            description: "Dữ liệu tổng hợp để đo tốc độ: 63 tỉnh cũ, 34 tỉnh mới, \(plans.count) kế hoạch, \(cooperatives.count) hợp tác xã"
            organization: "Liên minh Hợp tác xã Việt Nam (đơn vị mẫu)"
            language: vi
            sample: true
            as_of: \(Self.asOf)

            """)
        for (province, body) in zip(provinces, provinceBodies) {
            var front = "name: \"\(province.name)\"\ncode: \"\(province.code)\"\nregion: \"\(province.region)\"\n"
            if let into = province.mergedInto { front += "merged_into: \(into)\nmerged_on: 2025-07-01\n" }
            write("provinces/\(province.slug).md", "---\n\(front)---\n\n" + body)
        }
        for plan in plans {
            write("plans/\(plan.slug).md", """
                ---
                title: "\(plan.title)"
                number: "\(plan.number)"
                issued: \(plan.issued)
                issuer: "\(plan.issuer)"
                province: \(plan.province)
                from: \(plan.from)
                to: \(plan.to)
                ---

                """ + plan.body)
        }
        for coop in cooperatives {
            guard let story = coop.story else { continue }
            write("cooperatives/\(coop.id).md", "---\nquote: \"\(story.quote)\"\nquote_by: \"Giám đốc hợp tác xã\"\n---\n\n"
                + story.body)
        }
        for update in updates {
            var front = "title: \"\(update.title)\"\ndate: \(update.date)\nprovince: \(update.province)\n"
            if let plan = update.plan { front += "plan: \(plan)\n" }
            front += "author: \"\(update.author)\"\nsummary: \"\(update.summary)\"\n"
            write("updates/\(update.slug).md", "---\n\(front)---\n\n" + update.body)
        }
        write("data/indicators.csv", indicatorsCSV())
        write("data/targets.csv", targetsCSV())
        write("data/progress.csv", progressCSV())
        write("data/cooperatives.csv", cooperativesCSV())
    }

    func indicatorsCSV() -> String {
        var lines = ["id,name,unit,direction,measure,decimals"]
        for indicator in indicators {
            let decimals = indicator.unit == "%" || indicator.unit.hasPrefix("triệu") ? "1" : "0"
            lines.append([indicator.id, indicator.name, indicator.unit, indicator.direction, indicator.measure, decimals]
                .map(Self.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func targetsCSV() -> String {
        var lines = ["plan,indicator,target,baseline,baseline_year"]
        for plan in plans {
            for target in plan.targets {
                let baseline = target.baseline.map { "\(Self.number($0.value)),\($0.year)" } ?? ","
                lines.append("\(plan.slug),\(target.indicator.id),\(Self.number(target.target)),\(baseline)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func progressCSV() -> String {
        var lines = ["plan,indicator,date,value,source"]
        for plan in plans {
            for target in plan.targets {
                for (year, value) in target.observations {
                    lines.append("\(plan.slug),\(target.indicator.id),\(year),\(Self.number(value)),Số liệu tổng hợp")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func cooperativesCSV() -> String {
        var lines = ["id,name,kind,province,locality,sector,founded,members,revenue,rating,ocop_stars,products,model"]
        for coop in cooperatives {
            lines.append([coop.id, coop.name, coop.kind, coop.province, coop.locality, coop.sector, String(coop.founded),
                          String(coop.members), String(coop.revenue), coop.rating, String(coop.ocopStars), coop.products,
                          coop.model ? "yes" : "no"].map(Self.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    static func csvField(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
