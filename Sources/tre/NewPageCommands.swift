import ArgumentParser
import Foundation
import TreCore

/// Where the page commands write, and in which language they speak.
struct NewPageOptions: ParsableArguments {
    @Option(name: .long, help: "Thư mục nội dung / content folder.")
    var content: String = "Content"

    @Option(name: .long, help: "Ngôn ngữ thông báo / message language: vi or en.")
    var lang: Language = .vi

    /// The site as it is, to check the names an option refers to (nil when it does not load).
    func site() -> SiteContent? {
        let root = URL(fileURLWithPath: content)
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent("site.yml").path) else { return nil }
        return ContentLoader.load(ContentFiles.disk(at: root, displayRoot: Console.display(content)).files).content
    }

    /// Refuses a reference to a page the site does not have, naming the ones it has.
    func require(_ slug: String?, among known: [String], option: String) throws {
        guard let slug, !known.contains(slug) else { return }
        let list = known.sorted().joined(separator: ", ")
        Console.fail(lang == .vi
            ? "--\(option) \(slug): trang không có mục này. Có: \(list.isEmpty ? "(chưa có)" : list)."
            : "--\(option) \(slug): the site has no such page. It has: \(list.isEmpty ? "(none yet)" : list).", language: lang)
        throw ExitCode.failure
    }

    /// Writes a new page, never over an existing file, and prints its path.
    func write(_ result: Result<NewPage.Page, LocalizedText>) throws {
        let page: NewPage.Page
        switch result {
        case .success(let made): page = made
        case .failure(let problem):
            Console.fail(problem.text(lang), language: lang)
            throw ExitCode.failure
        }
        let display = Console.display(content) + "/" + page.path
        let url = URL(fileURLWithPath: content).appendingPathComponent(page.path)
        if FileManager.default.fileExists(atPath: url.path) {
            Console.fail(lang == .vi
                ? "đã có tệp \(display); Tre không ghi đè tệp nào. Đặt tiêu đề khác, hoặc mở tệp đó để sửa."
                : "\(display) already exists; Tre never replaces a file. Choose another title, or open that file to edit it.",
                language: lang)
            throw ExitCode.failure
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(page.text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            Console.fail(lang == .vi ? "không ghi được \(display): \(error.localizedDescription)"
                                     : "cannot write \(display): \(error.localizedDescription)", language: lang)
            throw ExitCode.failure
        }
        Console.say(display)
    }
}

/// Today in the machine's time zone: the default date of an update.
func today() -> Day? {
    let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return Day(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0)
}

extension Day: ExpressibleByArgument {
    public init?(argument: String) {
        guard case .success(let day) = ValueParser.date(argument, partial: false) else { return nil }
        self = day
    }
}

struct NewUpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Tạo một bản tin trong updates/ / Start a news update in updates/.")

    @Argument(help: "Tiêu đề / title.")
    var title: String

    @Option(name: .long, help: "Ngày (mặc định hôm nay), ví dụ 2025-07-20 / date (default today).")
    var date: Day?

    @Option(name: .long, help: "Tỉnh (tên tệp trong provinces/) / province slug.")
    var province: String?

    @Option(name: .long, help: "Kế hoạch (tên tệp trong plans/) / plan slug.")
    var plan: String?

    @OptionGroup var options: NewPageOptions

    func run() throws {
        guard let day = date ?? today() else { throw ExitCode.failure }
        if let site = options.site() {
            try options.require(province, among: site.provinces.map(\.slug), option: "province")
            try options.require(plan, among: site.plans.map(\.slug), option: "plan")
        }
        try options.write(NewPage.update(title: title, date: day, province: province, plan: plan))
    }
}

struct NewPlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Tạo một kế hoạch trong plans/ / Start a plan page in plans/.")

    @Argument(help: "Tên văn bản / the plan's title.")
    var title: String

    @Option(name: .long, help: "Năm đầu / first year.")
    var from: Int?

    @Option(name: .long, help: "Năm cuối / last year.")
    var to: Int?

    @Option(name: .long, help: "Tỉnh (tên tệp trong provinces/) / province slug.")
    var province: String?

    @Option(name: .long, help: "Số, ký hiệu / document number, e.g. 291/KH-UBND.")
    var number: String?

    @OptionGroup var options: NewPageOptions

    func run() throws {
        if let site = options.site() {
            try options.require(province, among: site.provinces.map(\.slug), option: "province")
        }
        try options.write(NewPage.plan(title: title, year: today()?.year ?? 2025, from: from, to: to,
                                       province: province, number: number))
    }
}

struct NewProvinceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "province",
        abstract: "Tạo trang một tỉnh trong provinces/ / Start a province page in provinces/.")

    @Argument(help: "Tên tỉnh / the province's name, e.g. \"Lâm Đồng\".")
    var name: String

    @Option(name: .long, help: "Vùng / region.")
    var region: String?

    @OptionGroup var options: NewPageOptions

    func run() throws {
        try options.write(NewPage.province(name: name, region: region))
    }
}

struct NewStoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "story",
        abstract: "Tạo câu chuyện của một hợp tác xã trong cooperatives/ / Start a cooperative's story in cooperatives/.")

    @Argument(help: "Mã hợp tác xã (cột id của data/cooperatives) / the cooperative's id.")
    var cooperative: String

    @OptionGroup var options: NewPageOptions

    func run() throws {
        var name: String?
        if let site = options.site() {
            try options.require(cooperative, among: site.cooperatives.map(\.id), option: "cooperative")
            name = site.cooperatives.first { $0.id == cooperative }?.name
        }
        try options.write(NewPage.story(cooperative: cooperative, name: name))
    }
}
