import Foundation

/// What `tre new site` writes: a project folder holding `Content/`, a content folder that
/// builds at once with no message (every setting of `site.yml` explained in Vietnamese, one
/// province, one plan, the data tables as workbooks or CSV files, `media/`), and beside it
/// `HUONG-DAN.md`, a short guide for staff. The guide sits outside `Content/` because every
/// file in a content folder is content (a stray one is warned about), and with the content
/// in `Content/` the commands run in the project folder need no `--content`.
public enum StarterSite {
    /// The province and plan the starter names; the data tables' example rows refer to them.
    public static let province = "tinh-vi-du"
    public static let plan = "ke-hoach-vi-du"

    /// Paths relative to the project folder → bytes. `csv` chooses CSV files over Excel
    /// workbooks for the tables. `media/` is made by the caller (it starts empty).
    public static func files(csv: Bool) throws -> [String: Data] {
        let texts: [String: String] = [
            "site.yml": siteYAML,
            "provinces/\(province).md": provincePage,
            "plans/\(plan).md": planPage,
        ]
        // The tables' example rows name this site's plan and province.
        let pages = ContentFiles.memory(texts)
        var content = texts.mapValues { Data($0.utf8) }
        if csv {
            content.merge(StarterWorkbooks.csvFiles(for: pages)) { old, _ in old }
        } else {
            content.merge(try StarterWorkbooks.plan(for: pages).files) { old, _ in old }
        }
        var out = Dictionary(uniqueKeysWithValues: content.map { ("Content/" + $0.key, $0.value) })
        out["HUONG-DAN.md"] = Data(guide(csv: csv).utf8)
        return out
    }

    static let siteYAML = """
    # Cài đặt của trang (tệp bắt buộc). Mỗi dòng có dạng «khóa: giá trị»; dòng bắt đầu bằng # là
    # ghi chú, Tre bỏ qua. Giữ nguyên khoảng trắng đầu dòng của các mục con (handbook, csv, ...).

    # Tên trang, hiện ở đầu mọi trang (bắt buộc).
    title: "Kế hoạch phát triển hợp tác xã tỉnh Ví Dụ"
    # Một câu giới thiệu trang (không bắt buộc).
    description: "Mục tiêu, chỉ tiêu và tiến độ thực hiện kế hoạch phát triển hợp tác xã của tỉnh"
    # Đơn vị công bố, ví dụ Liên minh Hợp tác xã tỉnh ... (không bắt buộc).
    organization: "Liên minh Hợp tác xã tỉnh Ví Dụ"
    # Ngôn ngữ của trang: vi (tiếng Việt, mặc định) hoặc en (tiếng Anh).
    language: vi
    # Địa chỉ đầy đủ nơi đăng trang, ví dụ https://htx.vidu.gov.vn/ (không bắt buộc; bỏ trống thì
    # mọi liên kết là tương đối và thư mục Output/ chép lên đâu cũng chạy). Bỏ dấu # để dùng.
    # base_url: "https://htx.vidu.gov.vn/"
    # Ngày chốt số liệu để đánh giá tiến độ, dạng NĂM-THÁNG-NGÀY (không bắt buộc; mặc định là
    # ngày mới nhất trong bảng tiến độ). Bỏ dấu # để dùng.
    # as_of: 2025-12-31
    # true: mọi trang hiện dòng «số liệu minh họa». Đổi thành false khi đã thay số liệu thật.
    sample: true
    # Sổ tay in được (lệnh tre handbook).
    handbook:
      # Tên sổ tay (không bắt buộc; mặc định là tên trang).
      title: "Sổ tay kế hoạch phát triển hợp tác xã"
      # Dòng phụ đề dưới tên (không bắt buộc).
      subtitle: "Mục tiêu, chỉ tiêu và tiến độ thực hiện"
      # Khổ giấy: A4 (mặc định) hoặc A5.
      paper: A4
      # Cách đóng sách cho nhà in: saddle (ghim giữa gáy, mặc định) hoặc perfect (keo gáy vuông).
      binding: saddle
      # Độ dày một tờ giấy ruột, tính bằng milimét (0.1 là giấy 80 g/m²).
      caliper: 0.1
    # Bảng số liệu CSV.
    csv:
      # Dấu thập phân trong tệp CSV: "." (mặc định, 72.5) hoặc "," (72,5).
      decimal: "."
    # Văn bản Markdown.
    markdown:
      # false (mặc định): không cho mã HTML viết tay trong bài, để trang luôn an toàn.
      unsafe_html: false

    """

    static let provincePage = """
    ---
    # Tên tỉnh hoặc thành phố, như sẽ hiện trên trang (bắt buộc).
    name: "Tỉnh Ví Dụ"
    # Vùng (không bắt buộc).
    region: "Đồng bằng sông Hồng"
    ---

    Giới thiệu ngắn về tỉnh và phong trào hợp tác xã nông nghiệp của tỉnh. Thay đoạn này bằng
    nội dung thật; tên tệp (tinh-vi-du.md) là địa chỉ của trang, đổi tên tệp thì đổi cả cột
    province trong các bảng số liệu.

    """

    static let planPage = """
    ---
    # Tên đầy đủ của văn bản (bắt buộc).
    title: "Kế hoạch phát triển hợp tác xã nông nghiệp giai đoạn 2024–2025"
    # Số, ký hiệu như in trên văn bản (không bắt buộc).
    number: "01/KH-UBND"
    # Ngày ban hành, NĂM-THÁNG-NGÀY (không bắt buộc).
    issued: 2024-01-15
    # Cơ quan ban hành (không bắt buộc).
    issuer: "UBND tỉnh Ví Dụ"
    # Tỉnh: tên tệp trong provinces/, bỏ đuôi .md (không bắt buộc).
    province: tinh-vi-du
    # Năm đầu và năm cuối của kế hoạch (bắt buộc).
    from: 2024
    to: 2025
    ---

    ## Mục tiêu

    Chép phần mục tiêu của văn bản vào đây. Các tiêu đề (dòng bắt đầu bằng ##) làm mục lục
    của trang.

    ```targets
    plan: ke-hoach-vi-du
    ```

    """

    static func guide(csv: Bool) -> String {
        let ext = csv ? "csv" : "xlsx"
        let open = csv ? "bằng Excel hoặc một trình soạn văn bản (lưu dạng CSV UTF-8)" : "bằng Excel"
        return """
        # Hướng dẫn nhanh

        Nội dung của trang web nằm trong thư mục `Content/`; Tre đọc nó và dựng thành trang.

        1. Mở cửa sổ lệnh trong thư mục này (thư mục chứa tệp hướng dẫn này) và chạy `tre serve`.
           Mở địa chỉ «Không gian soạn thảo» mà Tre in ra: ở đó bạn viết tin, thêm số liệu,
           xem trước, không cần trình soạn văn bản.
        2. Sửa `Content/site.yml` (tên trang, đơn vị công bố). Mỗi dòng có ghi chú giải thích.
        3. Sửa tỉnh trong `Content/provinces/` và kế hoạch trong `Content/plans/`.
        4. Mở các bảng số liệu trong `Content/data/` \(open): `indicators.\(ext)` (danh mục chỉ tiêu),
           `targets.\(ext)` (chỉ tiêu của kế hoạch), `progress.\(ext)` (kết quả đạt được),
           `cooperatives.\(ext)` (danh sách hợp tác xã). Hàng 2 của mỗi bảng là ví dụ: thay bằng số liệu thật.
        5. Ảnh và tệp đính kèm đặt trong `Content/media/`.
        6. Khi xong, chạy `tre build` và chép thư mục `Output/` lên máy chủ web.

        Tre không bao giờ ghi đè tệp của bạn; mỗi lần lưu trong không gian soạn thảo, bản cũ được
        giữ trong thư mục ẩn `Content/.tre/history/`.

        """
    }
}
