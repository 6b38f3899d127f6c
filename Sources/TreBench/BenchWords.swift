/// The words the synthetic corpus is made of: a pool of real-sounding Vietnamese sentences
/// about cooperatives, names, products and the indicators plans measure. `{p}` stands for a
/// province name and `{n}` for a number, so sentences vary between pages.
enum BenchWords {
    static let sentences: [String] = [
        "Hợp tác xã nông nghiệp giữ vai trò cầu nối giữa hộ nông dân với doanh nghiệp và thị trường.",
        "Năm qua, tỉnh {p} hỗ trợ thành lập mới {n} hợp tác xã, chủ yếu trong lĩnh vực trồng trọt và chăn nuôi.",
        "Nhiều hợp tác xã đã chuyển từ dịch vụ đầu vào sang tổ chức sản xuất, sơ chế và tiêu thụ sản phẩm cho thành viên.",
        "Việc liên kết theo chuỗi giá trị giúp giá bán nông sản ổn định hơn và giảm phụ thuộc vào thương lái.",
        "Các hợp tác xã được hướng dẫn xây dựng phương án sản xuất kinh doanh phù hợp với điều kiện của địa phương.",
        "Ủy ban nhân dân tỉnh {p} giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh triển khai kế hoạch.",
        "Tỷ lệ hợp tác xã xếp loại tốt, khá tăng so với năm trước nhờ củng cố bộ máy quản lý và minh bạch tài chính.",
        "Một số hợp tác xã còn hoạt động cầm chừng, thiếu vốn, cơ sở vật chất hạn chế và chưa thu hút được thành viên trẻ.",
        "Chương trình Mỗi xã một sản phẩm (OCOP) tạo động lực để hợp tác xã đầu tư bao bì, nhãn mác và truy xuất nguồn gốc.",
        "Đã có {n} sản phẩm của hợp tác xã được công nhận đạt chuẩn OCOP từ 3 sao trở lên.",
        "Cán bộ quản lý hợp tác xã được tập huấn về kế toán, hợp đồng liên kết và thương mại điện tử.",
        "Chuyển đổi số được xem là khâu đột phá: nhiều hợp tác xã đã bán hàng trên các sàn thương mại điện tử và mạng xã hội.",
        "Hợp tác xã ứng dụng nhà màng, tưới nhỏ giọt và cơ giới hóa khâu làm đất, thu hoạch để giảm chi phí sản xuất.",
        "Thu nhập bình quân của thành viên hợp tác xã đạt khoảng {n} triệu đồng một năm, cao hơn mức bình quân của hộ nông dân trong vùng.",
        "Nguồn vốn từ Quỹ hỗ trợ phát triển hợp tác xã giúp nhiều đơn vị mua sắm máy móc và xây dựng kho lạnh.",
        "Tỉnh {p} khuyến khích thành lập hợp tác xã gắn với vùng nguyên liệu tập trung và sản phẩm chủ lực của địa phương.",
        "Việc giải thể các hợp tác xã hoạt động hình thức được thực hiện theo đúng quy định của Luật Hợp tác xã năm 2023.",
        "Tổ hợp tác là bước đệm để người dân làm quen với cách làm ăn tập thể trước khi thành lập hợp tác xã.",
        "Các hợp tác xã thủy sản ven biển tổ chức khai thác, nuôi trồng theo hướng bền vững và bảo vệ nguồn lợi.",
        "Liên minh Hợp tác xã tỉnh {p} tổ chức {n} lớp bồi dưỡng cho giám đốc và kế toán hợp tác xã trong năm.",
        "Hợp tác xã dịch vụ tổng hợp cung ứng giống, vật tư, thủy lợi và bảo vệ thực vật cho hàng nghìn hộ thành viên.",
        "Mô hình hợp tác xã kiểu mới đặt lợi ích của thành viên lên hàng đầu và phân phối lợi nhuận theo mức độ sử dụng dịch vụ.",
        "Nhiều thanh niên trở về quê khởi nghiệp và tham gia quản lý hợp tác xã, mang theo kiến thức về công nghệ và thị trường.",
        "Sản phẩm của hợp tác xã đã có mặt tại các siêu thị, cửa hàng nông sản sạch và được xuất khẩu sang một số thị trường.",
        "Chính quyền cấp xã tạo điều kiện về mặt bằng, thủ tục để hợp tác xã mở rộng sản xuất.",
        "Việc áp dụng VietGAP và hữu cơ giúp nâng giá trị nông sản, đồng thời bảo vệ sức khỏe người sản xuất và người tiêu dùng.",
        "Tổng doanh thu của các hợp tác xã nông nghiệp trên địa bàn đạt khoảng {n} tỷ đồng.",
        "Hợp tác xã phối hợp với doanh nghiệp bao tiêu sản phẩm theo hợp đồng ký từ đầu vụ.",
        "Khó khăn lớn nhất hiện nay là tiếp cận tín dụng vì hợp tác xã thiếu tài sản bảo đảm.",
        "Tỉnh {p} đặt mục tiêu đến cuối kỳ kế hoạch mỗi xã có ít nhất một hợp tác xã hoạt động hiệu quả.",
        "Các lớp truyền nghề kỹ thuật chăn nuôi, trồng trọt được mở ngay tại thôn, xóm để bà con dễ tham gia.",
        "Hợp tác xã du lịch cộng đồng kết hợp trải nghiệm làm nông với giới thiệu văn hóa của đồng bào dân tộc thiểu số.",
        "Sau khi sắp xếp đơn vị hành chính, các hợp tác xã tiếp tục hoạt động bình thường và được hướng dẫn cập nhật địa chỉ.",
        "Số liệu thống kê được cập nhật hằng quý để theo dõi tiến độ thực hiện các chỉ tiêu của kế hoạch.",
        "Hợp tác xã đã đầu tư {n} máy sấy và dây chuyền sơ chế, giúp giảm tổn thất sau thu hoạch.",
        "Các hội chợ xúc tiến thương mại là dịp để hợp tác xã giới thiệu sản phẩm và tìm đối tác tiêu thụ lâu dài.",
        "Hợp tác xã chú trọng phát triển thành viên, nhất là phụ nữ và người lao động nông thôn.",
        "Hệ thống kế toán được số hóa giúp hợp tác xã công khai tài chính với thành viên.",
        "Kết quả đánh giá cho thấy {n}% số hợp tác xã đạt loại khá trở lên.",
        "Tỉnh {p} ưu tiên hỗ trợ hợp tác xã tham gia các chuỗi giá trị lúa gạo, cây ăn quả, rau màu và thủy sản.",
        "Một số mô hình tiêu biểu đã được nhân rộng sang các huyện lân cận.",
        "Hợp tác xã phối hợp với trường đại học và viện nghiên cứu để chuyển giao giống mới và quy trình canh tác.",
        "Đời sống của thành viên được cải thiện rõ rệt; nhiều hộ đã thoát nghèo nhờ tham gia hợp tác xã.",
        "Kế hoạch cũng đề ra nhiệm vụ rà soát, sắp xếp lại các hợp tác xã theo Luật Hợp tác xã năm 2023.",
        "Cán bộ hợp tác xã được hỗ trợ học trung cấp, cao đẳng để nâng cao trình độ quản lý.",
        "Thành viên được chia lãi theo mức độ sử dụng dịch vụ, tạo niềm tin và sự gắn bó lâu dài với hợp tác xã.",
        "Biến đổi khí hậu, xâm nhập mặn và dịch bệnh là những rủi ro mà hợp tác xã phải tính đến khi lập kế hoạch sản xuất.",
        "Trong giai đoạn tới, tỉnh {p} sẽ tiếp tục hoàn thiện cơ chế hỗ trợ và tăng cường kiểm tra, giám sát.",
    ]

    static let places = [
        "An Bình", "Tân Phú", "Đồng Tâm", "Hòa Lợi", "Phú Xuân", "Thạnh Mỹ", "Quyết Thắng", "Hưng Thịnh", "Bình Minh",
        "Thành Công", "Đoàn Kết", "Tiến Bộ", "Hợp Nhất", "Tân Tiến", "Phước Hậu", "Long Hòa", "Mỹ Lộc", "Vĩnh Phúc",
        "Nam Sơn", "Bắc Hà", "Trung Nghĩa", "Đông Hưng", "Tây Sơn", "Kim Liên", "Ngọc Lâm", "Hương Sơn", "Cẩm Xuyên",
        "Yên Thế", "Thái Hòa", "Xuân Lộc", "Bảo Lâm", "Ea Kar", "Cư Jút", "Tà Xùa", "Mường Lát", "Sông Cầu",
    ]

    static let products: [(name: String, sector: String)] = [
        ("Rau an toàn", "Trồng trọt"), ("Lúa chất lượng cao", "Trồng trọt"), ("Chè", "Trồng trọt"),
        ("Cà phê", "Trồng trọt"), ("Hồ tiêu", "Trồng trọt"), ("Bưởi", "Cây ăn quả"), ("Thanh long", "Cây ăn quả"),
        ("Sầu riêng", "Cây ăn quả"), ("Vải thiều", "Cây ăn quả"), ("Cam sành", "Cây ăn quả"),
        ("Chăn nuôi bò", "Chăn nuôi"), ("Chăn nuôi lợn", "Chăn nuôi"), ("Gà đồi", "Chăn nuôi"),
        ("Nuôi tôm", "Thủy sản"), ("Cá tra", "Thủy sản"), ("Nghêu", "Thủy sản"), ("Dược liệu", "Lâm nghiệp"),
        ("Quế hồi", "Lâm nghiệp"), ("Dịch vụ nông nghiệp", "Dịch vụ tổng hợp"), ("Mây tre đan", "Ngành nghề nông thôn"),
    ]

    static let localities = ["Xã", "Phường", "Thị trấn"]

    static let kinds: [(kind: String, prefix: String)] = [("HTX", "HTX"), ("THT", "Tổ hợp tác"), ("LHHTX", "Liên hiệp HTX")]

    static let ratings = ["tot", "kha", "trung-binh", "yeu"]

    static let headings = [
        "Mục đích", "Yêu cầu", "Mục tiêu chung", "Mục tiêu cụ thể", "Nhiệm vụ và giải pháp", "Kinh phí thực hiện",
        "Tổ chức thực hiện", "Đánh giá tình hình", "Kết quả đạt được", "Tồn tại, hạn chế", "Phương hướng",
    ]

    static let authors = ["Phòng Thông tin", "Ban Tuyên truyền", "Văn phòng Liên minh HTX", "Phóng viên cơ sở"]

    /// (id, name, unit, direction, measure, decimals): what the synthetic plans measure.
    static let indicators: [BenchIndicator] = [
        .init(id: "htx-hoat-dong-hieu-qua", name: "Tỷ lệ HTX hoạt động hiệu quả", unit: "%", measure: "level"),
        .init(id: "htx-xep-loai-kha-tot", name: "Tỷ lệ HTX xếp loại tốt, khá", unit: "%", measure: "level"),
        .init(id: "htxnn-lien-ket-chuoi-gia-tri", name: "Tỷ lệ HTX nông nghiệp liên kết theo chuỗi giá trị", unit: "%", measure: "level"),
        .init(id: "htx-ung-dung-cong-nghe-cao", name: "Tỷ lệ HTX ứng dụng công nghệ cao", unit: "%", measure: "level"),
        .init(id: "ktt-chuyen-doi-so", name: "Tỷ lệ tổ chức kinh tế tập thể áp dụng chuyển đổi số", unit: "%", measure: "level"),
        .init(id: "can-bo-htx-duoc-boi-duong", name: "Tỷ lệ cán bộ chủ chốt HTX được bồi dưỡng", unit: "%", measure: "level"),
        .init(id: "dan-so-tham-gia-ktt", name: "Tỷ lệ dân số tham gia kinh tế tập thể", unit: "%", measure: "level"),
        .init(id: "htx-thanh-lap-moi", name: "HTX thành lập mới trong năm", unit: "HTX", measure: "per_year"),
        .init(id: "tht-thanh-lap-moi-hang-nam", name: "Tổ hợp tác thành lập mới trong năm", unit: "THT", measure: "per_year"),
        .init(id: "lop-tap-huan-hang-nam", name: "Lớp tập huấn cán bộ HTX mỗi năm", unit: "lớp", measure: "per_year"),
        .init(id: "htx-thanh-lap-moi-giai-doan", name: "HTX phát triển mới trong kỳ kế hoạch", unit: "HTX", measure: "cumulative"),
        .init(id: "tht-thanh-lap-moi", name: "Tổ hợp tác phát triển mới trong kỳ kế hoạch", unit: "THT", measure: "cumulative"),
        .init(id: "thanh-vien-htx-moi", name: "Thành viên của các HTX thành lập mới", unit: "thành viên", measure: "cumulative"),
        .init(id: "htx-ho-tro-chuyen-doi-so", name: "HTX được hỗ trợ chuyển đổi số", unit: "HTX", measure: "cumulative"),
        .init(id: "htx-ho-tro-xuc-tien-thuong-mai", name: "HTX được hỗ trợ xúc tiến thương mại", unit: "HTX", measure: "cumulative"),
        .init(id: "mo-hinh-htx-chuoi-gia-tri-moi", name: "Mô hình HTX theo chuỗi giá trị thành lập mới", unit: "HTX", measure: "cumulative"),
        .init(id: "htx-co-san-pham-ocop", name: "Số HTX có sản phẩm OCOP", unit: "HTX", measure: "level"),
        .init(id: "tong-so-htx", name: "Tổng số HTX trên địa bàn", unit: "HTX", measure: "level"),
        .init(id: "so-htx-nong-nghiep", name: "Số HTX lĩnh vực nông, lâm nghiệp, thủy sản", unit: "HTX", measure: "level"),
        .init(id: "thu-nhap-binh-quan-thanh-vien", name: "Thu nhập bình quân của thành viên HTX", unit: "triệu đồng/người/năm", measure: "level"),
        .init(id: "doanh-thu-binh-quan-htx", name: "Doanh thu bình quân một HTX", unit: "triệu đồng/năm", measure: "level"),
        .init(id: "htx-yeu-kem", name: "Tỷ lệ HTX yếu kém", unit: "%", measure: "level", direction: "decrease"),
        .init(id: "lop-truyen-nghe", name: "Lớp truyền nghề kỹ thuật chăn nuôi, trồng trọt", unit: "lớp", measure: "cumulative"),
        .init(id: "hoi-thao-chinh-sach", name: "Hội thảo, tọa đàm về chính sách HTX", unit: "cuộc", measure: "cumulative"),
    ]
}

struct BenchIndicator: Sendable {
    var id: String
    var name: String
    var unit: String
    var measure: String
    var direction = "increase"
}
