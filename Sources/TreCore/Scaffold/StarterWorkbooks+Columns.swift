extension StarterWorkbooks {
    /// One column of a table, as the "Hướng dẫn" sheet explains it.
    struct Column {
        var name: String
        var required: Bool
        var width: Double
        var meaning: String
    }

    /// The tables in the order a site is filled in, each with its sheet name and columns
    /// (the content format's, in its order).
    static let tables: [(table: String, sheet: String, columns: [Column])] = [
        ("indicators", "Danh mục chỉ tiêu", [
            Column(name: "id", required: true, width: 28,
                   meaning: "Mã của chỉ tiêu: chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ ty-le-htx-hieu-qua). Các bảng khác gọi chỉ tiêu bằng mã này."),
            Column(name: "name", required: true, width: 36, meaning: "Tên chỉ tiêu như sẽ hiện trên trang web."),
            Column(name: "unit", required: true, width: 12,
                   meaning: "Đơn vị: HTX, THT, thành viên, triệu đồng, lớp, ... hoặc % (khi đó mọi giá trị phải từ 0 đến 100)."),
            Column(name: "direction", required: true, width: 12,
                   meaning: "Hướng tốt lên: tăng (increase) nếu càng cao càng tốt, giảm (decrease) nếu càng thấp càng tốt."),
            Column(name: "measure", required: true, width: 14,
                   meaning: "Cách tính: mức (level, số liệu tại một thời điểm), hằng năm (per_year, đếm riêng từng năm) hoặc cộng dồn (cumulative, cộng dồn cả kỳ kế hoạch)."),
            Column(name: "name_en", required: false, width: 30, meaning: "Tên tiếng Anh (không bắt buộc), dùng cho trang tiếng Anh."),
            Column(name: "description", required: false, width: 40, meaning: "Giải thích chỉ tiêu (không bắt buộc)."),
            Column(name: "decimals", required: false, width: 10,
                   meaning: "Số chữ số thập phân khi hiển thị, từ 0 đến 6 (không bắt buộc)."),
        ]),
        ("targets", "Chỉ tiêu", [
            Column(name: "plan", required: true, width: 30,
                   meaning: "Kế hoạch: tên tệp của kế hoạch trong thư mục plans/, bỏ đuôi .md."),
            Column(name: "indicator", required: true, width: 28, meaning: "Mã chỉ tiêu (cột id của bảng danh mục chỉ tiêu)."),
            Column(name: "target", required: true, width: 10,
                   meaning: "Mục tiêu kế hoạch đặt ra. Gõ như một con số (ô kiểu Số); nếu gõ dạng chữ thì không dùng dấu phân cách hàng nghìn."),
            Column(name: "target_max", required: false, width: 12,
                   meaning: "Giới hạn trên khi mục tiêu là một khoảng, ví dụ 10 cho \"8–10 HTX\" (không bắt buộc)."),
            Column(name: "target_year", required: false, width: 12,
                   meaning: "Năm phải đạt (4 chữ số). Để trống thì là năm cuối của kế hoạch."),
            Column(name: "baseline", required: false, width: 10, meaning: "Mốc cơ sở: số liệu lúc bắt đầu (không bắt buộc)."),
            Column(name: "baseline_year", required: false, width: 14, meaning: "Năm của mốc cơ sở (không bắt buộc)."),
            Column(name: "comparator", required: false, width: 14,
                   meaning: "ít nhất (at_least), tối đa (at_most) hoặc khoảng (range). Để trống: ít nhất khi hướng là tăng, tối đa khi hướng là giảm."),
            Column(name: "label", required: false, width: 40, meaning: "Câu chữ của kế hoạch về chỉ tiêu này, hiện bên cạnh con số (không bắt buộc)."),
        ]),
        ("progress", "Tiến độ", [
            Column(name: "plan", required: true, width: 30, meaning: "Kế hoạch: tên tệp của kế hoạch trong plans/, bỏ đuôi .md."),
            Column(name: "indicator", required: true, width: 28, meaning: "Mã chỉ tiêu."),
            Column(name: "date", required: true, width: 12,
                   meaning: "Ngày của số liệu: ô kiểu Ngày, hoặc gõ 30/06/2025, 2025-06 (cả tháng) hay 2025 (cả năm). Chỉ tiêu hằng năm: năm của số liệu là năm được đếm."),
            Column(name: "value", required: true, width: 10,
                   meaning: "Số liệu đạt được. Gõ như một con số (ô kiểu Số); với chỉ tiêu tính bằng %, có thể dùng ô kiểu Phần trăm."),
            Column(name: "source", required: false, width: 24, meaning: "Nguồn số liệu, ví dụ số báo cáo (không bắt buộc)."),
            Column(name: "note", required: false, width: 30, meaning: "Ghi chú (không bắt buộc)."),
        ]),
        ("cooperatives", "Hợp tác xã", [
            Column(name: "id", required: true, width: 28,
                   meaning: "Mã của hợp tác xã: chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ htx-dong-tien)."),
            Column(name: "name", required: true, width: 32, meaning: "Tên đầy đủ."),
            Column(name: "kind", required: true, width: 8, meaning: "Loại: HTX (hợp tác xã), THT (tổ hợp tác) hoặc LHHTX (liên hiệp hợp tác xã)."),
            Column(name: "province", required: true, width: 14, meaning: "Tỉnh: tên tệp của tỉnh trong thư mục provinces/, bỏ đuôi .md."),
            Column(name: "locality", required: false, width: 20, meaning: "Huyện, xã (không bắt buộc)."),
            Column(name: "sector", required: false, width: 18, meaning: "Lĩnh vực, ví dụ Trồng trọt (không bắt buộc)."),
            Column(name: "founded", required: false, width: 10, meaning: "Năm thành lập, 4 chữ số (không bắt buộc)."),
            Column(name: "members", required: false, width: 10, meaning: "Số thành viên, số nguyên (không bắt buộc)."),
            Column(name: "revenue", required: false, width: 10, meaning: "Doanh thu một năm, triệu đồng (không bắt buộc)."),
            Column(name: "rating", required: false, width: 12, meaning: "Xếp loại: Tốt, Khá, Trung bình hoặc Yếu (không bắt buộc)."),
            Column(name: "ocop_stars", required: false, width: 10, meaning: "Số sao OCOP, từ 0 đến 5 (không bắt buộc)."),
            Column(name: "certifications", required: false, width: 20,
                   meaning: "Chứng nhận, cách nhau bởi dấu chấm phẩy, ví dụ VietGAP; OCOP 3 sao (không bắt buộc)."),
            Column(name: "products", required: false, width: 20, meaning: "Sản phẩm, cách nhau bởi dấu chấm phẩy (không bắt buộc)."),
            Column(name: "value_chain", required: false, width: 12, meaning: "Có liên kết chuỗi giá trị: có hoặc không (không bắt buộc)."),
            Column(name: "high_tech", required: false, width: 12, meaning: "Ứng dụng công nghệ cao: có hoặc không (không bắt buộc)."),
            Column(name: "digital", required: false, width: 10, meaning: "Chuyển đổi số: có hoặc không (không bắt buộc)."),
            Column(name: "model", required: false, width: 10,
                   meaning: "Mô hình điển hình: có thì hợp tác xã có trang giới thiệu riêng (không bắt buộc)."),
            Column(name: "website", required: false, width: 24, meaning: "Trang web (không bắt buộc)."),
        ]),
    ]

    /// What every "Hướng dẫn" sheet says after its columns.
    static let notes = [
        "Hàng 1 của trang tính đầu tiên là tên các cột: giữ nguyên tên cột (chữ thường, tiếng Anh) và thứ tự tùy ý.",
        "Mỗi hàng tiếp theo là một dòng số liệu. Xóa hoặc sửa hàng ví dụ khi điền số liệu thật; hàng trống được bỏ qua.",
        "Số gõ như số: 25000, không gõ 25.000 dạng chữ. Ngày gõ 30/06/2025 hoặc dùng ô kiểu Ngày.",
        "Không gộp ô (Merge) và không để công thức báo lỗi như #N/A: Tre sẽ báo đúng ô cần sửa.",
        "Trang tính \"Hướng dẫn\" này không được đọc; có thể giữ lại hoặc xóa.",
    ]
}
