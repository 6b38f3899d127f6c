import Foundation
import TreCore

/// A synthetic national corpus: the 63 former provinces and their 2025 mergers, and at scale
/// 1 about 400 plans of 8 targets with yearly progress, 20,000 cooperatives of which 4,000 are
/// showcases with 1,000 stories, and 2,000 updates, with Vietnamese bodies of several KB.
/// Pure and seeded: the same scale and seed give the same corpus, byte for byte.
public struct BenchCorpus: Sendable {
    public let scale: Double
    let provinces: [BenchProvince]
    let indicators: [BenchIndicator]
    var plans: [BenchPlan] = []
    var cooperatives: [BenchCooperative] = []
    var updates: [BenchUpdate] = []
    /// Each province's introduction, in the order of `provinces`.
    var provinceBodies: [String] = []
    /// The reporting date written into site.yml.
    static let asOf = "2025-06-30"

    public init(scale: Double, seed: UInt64 = 2025) {
        self.scale = scale
        provinces = BenchProvinces.all
        indicators = BenchWords.indicators
        var random = BenchRandom(seed: seed)
        provinceBodies = provinces.map { province in
            var text = BenchText(random: random, province: province.name)
            defer { random = text.random }
            return text.provinceBody(slug: province.slug)
        }
        plans = (0..<Self.count(400, scale)).map { makePlan($0, &random) }
        cooperatives = (0..<Self.count(20_000, scale)).map { makeCooperative($0, &random) }
        updates = (0..<Self.count(2_000, scale)).map { makeUpdate($0, &random) }
    }

    static func count(_ base: Int, _ scale: Double) -> Int { max(1, Int((Double(base) * scale).rounded())) }

    public var planCount: Int { plans.count }
    public var cooperativeCount: Int { cooperatives.count }
    public var updateCount: Int { updates.count }

    // MARK: - Plans

    func makePlan(_ index: Int, _ random: inout BenchRandom) -> BenchPlan {
        let province = provinces[index % provinces.count]
        let from = random.int(2021...2024)
        let to = min(2030, from + random.int(1...5))
        let number = "\(random.int(10...980))/KH-UBND"
        let slug = "\(province.slug)-\(number.split(separator: "/")[0])-kh-ubnd-\(from)-\(index)"
        var chosen: [BenchIndicator] = []
        while chosen.count < 8 {
            let candidate = random.pick(indicators)
            if !chosen.contains(where: { $0.id == candidate.id }) { chosen.append(candidate) }
        }
        let targets = chosen.map { makeTarget($0, from: from, to: to, &random) }
        let title = "Kế hoạch phát triển kinh tế tập thể, hợp tác xã nông nghiệp giai đoạn \(from)–\(to) "
            + "trên địa bàn tỉnh \(province.name)"
        var text = BenchText(random: random, province: province.name)
        let body = text.planBody(slug: slug, number: number, title: title, chartIndicator: chosen[0].id)
        random = text.random
        return BenchPlan(slug: slug, title: title, number: number,
                         issued: String(format: "%04d-%02d-%02d", from, random.int(1...12), random.int(1...28)),
                         issuer: "UBND tỉnh \(province.name)", province: province.slug, from: from, to: to,
                         targets: targets, body: body)
    }

    func makeTarget(_ indicator: BenchIndicator, from: Int, to: Int, _ random: inout BenchRandom) -> BenchTarget {
        let lastObserved = min(to, 2024)
        let years = Array(from...max(from, lastObserved))
        switch indicator.measure {
        case "per_year":
            let target = Double(random.int(4...30))
            let values = years.map { ($0, (target * random.double(0.4, 1.3)).rounded()) }
            return BenchTarget(indicator: indicator, target: target, baseline: nil, observations: values)
        case "cumulative":
            let target = Double(random.int(20...300))
            let yearly = target / Double(to - from + 1)
            let values = years.map { ($0, (yearly * random.double(0.3, 1.4)).rounded()) }
            return BenchTarget(indicator: indicator, target: target, baseline: nil, observations: values)
        default:
            let percent = indicator.unit == "%"
            let decrease = indicator.direction == "decrease"
            let baseline = percent ? Double(random.int(decrease ? 15...30 : 30...65)) : Double(random.int(20...400))
            let target = decrease ? (baseline * random.double(0.3, 0.7)).rounded()
                : min(percent ? 100 : .infinity, (baseline * random.double(1.15, 1.6)).rounded())
            var value = baseline
            let values = years.map { year -> (Int, Double) in
                value += (target - baseline) / Double(years.count + 1) * random.double(-0.4, 1.6)
                value = percent ? min(100, max(0, value)) : max(0, value)
                return (year, value.rounded())
            }
            return BenchTarget(indicator: indicator, target: target, baseline: (from - 1, baseline), observations: values)
        }
    }

    // MARK: - Cooperatives

    func makeCooperative(_ index: Int, _ random: inout BenchRandom) -> BenchCooperative {
        let province = provinces[random.int(0...(provinces.count - 1))]
        let kindRoll = random.int(0...99)
        let kind = BenchWords.kinds[kindRoll < 80 ? 0 : kindRoll < 97 ? 1 : 2]
        let product = random.pick(BenchWords.products)
        let place = random.pick(BenchWords.places)
        let name = "\(kind.prefix) \(product.name) \(place)"
        let id = VietnameseText.slug("\(kind.kind) \(product.name) \(place)") + "-\(index + 1)"
        // Every fifth is a showcase; every fourth showcase has a story.
        let model = index % 5 == 0
        var coop = BenchCooperative(id: id, name: name, kind: kind.kind, province: province.slug,
                                    locality: "\(random.pick(BenchWords.localities)) \(random.pick(BenchWords.places))",
                                    sector: product.sector, founded: random.int(1995...2024),
                                    members: random.int(7...1500), revenue: random.int(200...45_000),
                                    rating: random.pick(BenchWords.ratings), ocopStars: random.chance(0.3) ? random.int(3...5) : 0,
                                    products: product.name, model: model)
        if model, index % 20 == 0 {
            var text = BenchText(random: random, province: province.name)
            coop.story = BenchStory(quote: text.sentence(), body: text.storyBody(coop: name))
            random = text.random
        }
        return coop
    }

    // MARK: - Updates

    func makeUpdate(_ index: Int, _ random: inout BenchRandom) -> BenchUpdate {
        let plan = plans[random.int(0...(plans.count - 1))]
        let province = provinces.first { $0.slug == plan.province } ?? provinces[0]
        let year = random.int(2021...2025)
        let month = year == 2025 ? random.int(1...6) : random.int(1...12)
        let date = String(format: "%04d-%02d-%02d", year, month, random.int(1...28))
        var text = BenchText(random: random, province: province.name)
        let title = "\(province.name): \(text.headline())"
        let slug = String(date.prefix(7)) + "-" + province.slug + "-tin-\(index + 1)"
        let linked = text.random.chance(0.6)
        let body = text.updateBody(chart: linked ? (plan.slug, plan.targets[0].indicator.id) : nil)
        let summary = text.sentence()
        random = text.random
        return BenchUpdate(slug: slug, title: title, date: date, province: province.slug,
                           plan: linked ? plan.slug : nil, author: random.pick(BenchWords.authors),
                           summary: summary, body: body)
    }
}

struct BenchPlan: Sendable {
    var slug, title, number, issued, issuer, province: String
    var from, to: Int
    var targets: [BenchTarget]
    var body: String
}

struct BenchTarget: Sendable {
    var indicator: BenchIndicator
    var target: Double
    var baseline: (year: Int, value: Double)?
    var observations: [(year: Int, value: Double)]
}

struct BenchCooperative: Sendable {
    var id, name, kind, province, locality, sector: String
    var founded, members, revenue: Int
    var rating: String
    var ocopStars: Int
    var products: String
    var model: Bool
    var story: BenchStory?
}

struct BenchStory: Sendable {
    var quote: String
    var body: String
}

struct BenchUpdate: Sendable {
    var slug, title, date, province: String
    var plan: String?
    var author, summary, body: String
}
