/// The words of a report's fixed parts, as Nghị định 30/2020/NĐ-CP, Phụ lục I sets them out,
/// shared by the Word file, the site's page and the printed HTML so all three say the same:
/// the issuer in capitals, Quốc hiệu and Tiêu ngữ, "Số: …", the place and date, the kind,
/// the signer, and "Nơi nhận" with its punctuation.
public struct ReportLayout: Sendable {
    public let report: Report
    public let language: Language

    /// `place` is the report's, else the name of the province it is about.
    public let place: String?

    public init(report: Report, site: Site) {
        self.report = report
        language = site.config.language
        let province = report.province ?? report.plans.lazy.compactMap { site.plan($0)?.province }.first
        place = report.place ?? province.flatMap { site.province($0)?.name }
    }

    func text(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    /// The issuing body, parent first, in capitals (Phần II, mục 2).
    public var issuer: [String] { report.issuer.map { $0.uppercased() } }

    /// Quốc hiệu (Phần II, mục 1).
    public var nationalTitle: String { text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM") }

    /// Tiêu ngữ: capitals at each phrase, hyphens between, spaces around them.
    public var motto: String { text("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness") }

    /// `Số: 125/BC-UBND`; without a number, the blank the clerk fills in when it is issued.
    public var numberLine: String {
        let label = text("Số:", "No.:")
        if let number = report.number { return label + " " + number }
        return label + "        /" + (report.kind == nil ? "BC" : "")
    }

    /// `Hà Nam, ngày 30 tháng 6 năm 2025`: day below 10 and months 1 and 2 with a leading
    /// zero (Phần II, mục 4).
    public var placeDate: String {
        let date = report.date
        switch language {
        case .vi:
            let day = date.day < 10 ? "0\(date.day)" : String(date.day)
            let month = date.month <= 2 ? "0\(date.month)" : String(date.month)
            let words = "ngày \(day) tháng \(month) năm \(date.year)"
            return place.map { "\($0), \(words)" } ?? "Ngày" + words.dropFirst(4)
        case .en:
            let words = DateFormat(.en).format(date)
            return place.map { "\($0), \(words)" } ?? words
        }
    }

    /// Tên loại văn bản, in capitals.
    public var kind: String { report.kindText(language).uppercased() }

    /// Quyền hạn and chức vụ of the signer in capitals, then the name as written.
    public var signerLines: (titles: [String], name: String?) {
        guard let signer = report.signer else { return ([], nil) }
        return ([signer.authority, signer.title].compactMap { $0?.uppercased() }, signer.name)
    }

    public var recipientsHeading: String { text("Nơi nhận:", "Recipients:") }

    /// Each recipient on its own line after `- `, ending with `;`, the last with `.`
    /// (Phần II, mục 9), unless it already ends with a mark of its own.
    public var recipients: [String] {
        report.recipients.enumerated().map { index, line in
            var text = line.hasPrefix("-") ? line.drop(while: { $0 == "-" || $0 == " " }).description : line
            if let last = text.last, !";.:,".contains(last) { text += index == report.recipients.count - 1 ? "." : ";" }
            return "- " + text
        }
    }

    /// "Figures as of" with the day targets were judged at.
    public var judgedAtLine: String {
        text("Số liệu đánh giá đến ngày ", "Figures as of ") + DateFormat(language).format(report.judgedAt)
    }
}
