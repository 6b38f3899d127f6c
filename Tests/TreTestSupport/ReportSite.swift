/// `smallSite` with a report on the first half of 2024. Its period ends on 30/06/2024, when
/// the Hà Nam plan's targets stood differently from the site's `as_of` (30/06/2025): the share
/// of cooperatives working well was 61% (Chậm tiến độ; Đúng tiến độ at `as_of`), and no year
/// of new cooperatives was complete yet (Chưa có số liệu; Đúng tiến độ at `as_of`).
public let reportSite = Fixture.with(smallSite, [
    "data/progress.csv": smallSite["data/progress.csv"]! + "ha-nam-291,htx-hieu-qua,2024-06-30,61,Minh họa,\n",
    "reports/ha-nam-6-thang-2024.md": """
        ---
        title: Kết quả thực hiện Kế hoạch số 291/KH-UBND 6 tháng đầu năm 2024
        date: 2024-07-05
        plans: [ha-nam-291]
        period: { from: 2024-01-01, to: 2024-06-30 }
        number: "125/BC-UBND"
        issuer: ["Ủy ban nhân dân tỉnh Hà Nam", "Sở Nông nghiệp và Môi trường"]
        place: Hà Nam
        province: ha-nam
        signer: { authority: "KT. Giám đốc", title: "Phó Giám đốc", name: "Trần Thị Bình" }
        recipients:
          - UBND tỉnh (để b/c)
          - Liên minh HTX tỉnh
          - "Lưu: VT, KTHT"
        ---
        Báo cáo kết quả thực hiện Kế hoạch số 291/KH-UBND, có **chữ đậm** và *chữ nghiêng*.

        Mọi chữ có dấu: à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ đ è é ẻ ẽ ẹ ê ề ế ể ễ ệ ì í ỉ ĩ ị ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ ù ú ủ ũ ụ ư ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ; À Ấ Đ Ề Ộ Ở Ữ Ỵ.

        ## I. Kết quả thực hiện

        ### 1. Các chỉ tiêu

        ```targets
        plan: ha-nam-291
        ```

        ```chart
        plan: ha-nam-291
        indicator: htx-hieu-qua
        ```

        - Củng cố hợp tác xã hiện có;
        - Thành lập hợp tác xã mới.

        ## II. Nhiệm vụ 6 tháng cuối năm

        3. Đẩy nhanh các chỉ tiêu chậm tiến độ.
        4. Tăng cường kiểm tra, giám sát.

        Trên đây là báo cáo./.

        """,
])

/// `reportSite` in English: the same report says REPORT and uses English status words.
public let englishReportSite = Fixture.with(reportSite, [
    "site.yml": reportSite["site.yml"]! + "language: en\n",
])
