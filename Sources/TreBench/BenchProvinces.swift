import TreCore

/// The 63 provinces and centrally-run cities before the 2025 reorganisation, with the 34 they
/// became on 1 July 2025 (codes and names from the General Statistics Office list).
enum BenchProvinces {
    /// (old code, old name, new code, new name).
    static let rows: [(String, String, String, String)] = [
        ("01", "Thành phố Hà Nội", "01", "Thành phố Hà Nội"), ("02", "Tỉnh Hà Giang", "08", "Tuyên Quang"),
        ("04", "Tỉnh Cao Bằng", "04", "Tỉnh Cao Bằng"), ("06", "Tỉnh Bắc Kạn", "19", "Thái Nguyên"),
        ("08", "Tỉnh Tuyên Quang", "08", "Tuyên Quang"), ("10", "Tỉnh Lào Cai", "15", "Lào Cai"),
        ("11", "Tỉnh Điện Biên", "11", "Tỉnh Điện Biên"), ("12", "Tỉnh Lai Châu", "12", "Tỉnh Lai Châu"),
        ("14", "Tỉnh Sơn La", "14", "Sơn La"), ("15", "Tỉnh Yên Bái", "15", "Lào Cai"),
        ("17", "Tỉnh Hoà Bình", "25", "Phú Thọ"), ("19", "Tỉnh Thái Nguyên", "19", "Thái Nguyên"),
        ("20", "Tỉnh Lạng Sơn", "20", "Tỉnh Lạng Sơn"), ("22", "Tỉnh Quảng Ninh", "22", "Quảng Ninh"),
        ("24", "Tỉnh Bắc Giang", "24", "Bắc Ninh"), ("25", "Tỉnh Phú Thọ", "25", "Phú Thọ"),
        ("26", "Tỉnh Vĩnh Phúc", "25", "Phú Thọ"), ("27", "Tỉnh Bắc Ninh", "24", "Bắc Ninh"),
        ("30", "Tỉnh Hải Dương", "31", "Thành phố Hải Phòng"), ("31", "Thành phố Hải Phòng", "31", "Thành phố Hải Phòng"),
        ("33", "Tỉnh Hưng Yên", "33", "Hưng Yên"), ("34", "Tỉnh Thái Bình", "33", "Hưng Yên"),
        ("35", "Tỉnh Hà Nam", "37", "Ninh Bình"), ("36", "Tỉnh Nam Định", "37", "Ninh Bình"),
        ("37", "Tỉnh Ninh Bình", "37", "Ninh Bình"), ("38", "Tỉnh Thanh Hóa", "38", "Thanh Hóa"),
        ("40", "Tỉnh Nghệ An", "40", "Nghệ An"), ("42", "Tỉnh Hà Tĩnh", "42", "Tỉnh Hà Tĩnh"),
        ("44", "Tỉnh Quảng Bình", "44", "Quảng Trị"), ("45", "Tỉnh Quảng Trị", "44", "Quảng Trị"),
        ("46", "Thành phố Huế", "46", "Thành phố Huế"), ("48", "Thành phố Đà Nẵng", "48", "Thành phố Đà Nẵng"),
        ("49", "Tỉnh Quảng Nam", "48", "Thành phố Đà Nẵng"), ("51", "Tỉnh Quảng Ngãi", "51", "Quảng Ngãi"),
        ("52", "Tỉnh Bình Định", "52", "Gia Lai"), ("54", "Tỉnh Phú Yên", "66", "Đắk Lắk"),
        ("56", "Tỉnh Khánh Hòa", "56", "Khánh Hòa"), ("58", "Tỉnh Ninh Thuận", "56", "Khánh Hòa"),
        ("60", "Tỉnh Bình Thuận", "68", "Lâm Đồng"), ("62", "Tỉnh Kon Tum", "51", "Quảng Ngãi"),
        ("64", "Tỉnh Gia Lai", "52", "Gia Lai"), ("66", "Tỉnh Đắk Lắk", "66", "Đắk Lắk"),
        ("67", "Tỉnh Đắk Nông", "68", "Lâm Đồng"), ("68", "Tỉnh Lâm Đồng", "68", "Lâm Đồng"),
        ("70", "Tỉnh Bình Phước", "75", "Đồng Nai"), ("72", "Tỉnh Tây Ninh", "80", "Tây Ninh"),
        ("74", "Tỉnh Bình Dương", "79", "Thành phố Hồ Chí Minh"), ("75", "Tỉnh Đồng Nai", "75", "Đồng Nai"),
        ("77", "Tỉnh Bà Rịa - Vũng Tàu", "79", "Thành phố Hồ Chí Minh"), ("79", "Thành phố Hồ Chí Minh", "79", "Thành phố Hồ Chí Minh"),
        ("80", "Tỉnh Long An", "80", "Tây Ninh"), ("82", "Tỉnh Tiền Giang", "82", "Đồng Tháp"),
        ("83", "Tỉnh Bến Tre", "86", "Vĩnh Long"), ("84", "Tỉnh Trà Vinh", "86", "Vĩnh Long"),
        ("86", "Tỉnh Vĩnh Long", "86", "Vĩnh Long"), ("87", "Tỉnh Đồng Tháp", "82", "Đồng Tháp"),
        ("89", "Tỉnh An Giang", "91", "An Giang"), ("91", "Tỉnh Kiên Giang", "91", "An Giang"),
        ("92", "Thành phố Cần Thơ", "92", "Thành phố Cần Thơ"), ("93", "Tỉnh Hậu Giang", "92", "Thành phố Cần Thơ"),
        ("94", "Tỉnh Sóc Trăng", "92", "Thành phố Cần Thơ"), ("95", "Tỉnh Bạc Liêu", "96", "Cà Mau"),
        ("96", "Tỉnh Cà Mau", "96", "Cà Mau"),
    ]

    /// All 63 provinces as the content format has them: the 34 that continue under their own
    /// name keep their page (with the new code); the 29 others say where they went.
    static let all: [BenchProvince] = rows.map { oldCode, oldName, newCode, newName in
        let name = shortName(oldName)
        let into = shortName(newName)
        let continues = name == into
        return BenchProvince(slug: VietnameseText.slug(name), name: name, code: continues ? newCode : oldCode,
                             region: region(oldCode), mergedInto: continues ? nil : VietnameseText.slug(into))
    }

    /// "Tỉnh Hà Nam" → "Hà Nam", "Thành phố Huế" → "Huế".
    static func shortName(_ name: String) -> String {
        for prefix in ["Thành phố ", "Tỉnh "] where name.hasPrefix(prefix) { return String(name.dropFirst(prefix.count)) }
        return name
    }

    /// The six socio-economic regions, by the statistics office's code ranges.
    static func region(_ code: String) -> String {
        switch Int(code) ?? 0 {
        case 1, 22, 24, 26, 27, 30, 31, 33...37: "Đồng bằng sông Hồng"
        case 2...20, 25: "Trung du và miền núi phía Bắc"
        case 38...60: "Bắc Trung Bộ và Duyên hải miền Trung"
        case 61...68: "Tây Nguyên"
        case 69...79: "Đông Nam Bộ"
        default: "Đồng bằng sông Cửu Long"
        }
    }
}

struct BenchProvince: Sendable {
    var slug: String
    var name: String
    var code: String
    var region: String
    var mergedInto: String?
}
