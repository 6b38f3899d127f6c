/// A small but complete content folder written to CONTENT-FORMAT.md: two provinces (one merged
/// into the other), two plans, every CSV, a story and an update. Tests change one thing in it.
public let smallSite = Fixture.files("""
-- site.yml --
title: Kế hoạch phát triển hợp tác xã
description: Theo dõi chỉ tiêu và tiến độ
organization: Liên minh Hợp tác xã tỉnh Thử Nghiệm
as_of: 2025-06-30
sample: true
-- provinces/ninh-binh.md --
---
name: Ninh Bình
code: "37"
region: Đồng bằng sông Hồng
---
Tỉnh Ninh Bình sau sắp xếp năm 2025.
-- provinces/ha-nam.md --
---
name: Hà Nam
code: "35"
merged_into: ninh-binh
merged_on: 2025-07-01
---
Tỉnh Hà Nam có nhiều hợp tác xã nông nghiệp.
-- plans/ha-nam-291.md --
---
title: Kế hoạch phát triển hợp tác xã nông nghiệp đến năm 2025
number: "291/KH-UBND"
issued: 2024-02-22
issuer: UBND tỉnh Hà Nam
province: ha-nam
from: 2024
to: 2025
---
## Mục tiêu cụ thể

- Ít nhất 80% hợp tác xã hoạt động hiệu quả.

```targets
plan: ha-nam-291
```

## Tổ chức thực hiện

Xem [tỉnh Hà Nam](provinces/ha-nam) và [ảnh](media/anh.svg).
-- plans/ke-hoach-chung.md --
---
title: Kế hoạch phát triển tổ hợp tác
from: 2023
to: 2025
---
Văn bản không nêu tỉnh.
-- data/indicators.csv --
id,name,unit,direction,measure,name_en
htx-hieu-qua,Tỷ lệ HTX hoạt động hiệu quả,%,increase,level,Share of cooperatives working well
htx-thanh-lap,HTX thành lập mới mỗi năm,HTX,increase,per_year,New cooperatives a year
tht-moi,Tổ hợp tác thành lập mới,THT,increase,cumulative,New cooperative groups
-- data/targets.csv --
plan,indicator,target,target_max,target_year,baseline,baseline_year,comparator,label
ha-nam-291,htx-hieu-qua,80,,,60,2023,,"ít nhất 80% HTX hoạt động hiệu quả, đạt khá trở lên"
ha-nam-291,htx-thanh-lap,8,10,,,,,mỗi năm thành lập 8-10 HTX
ke-hoach-chung,tht-moi,80,,,,,,phát triển mới 80 tổ hợp tác
-- data/progress.csv --
plan,indicator,date,value,source,note
ha-nam-291,htx-hieu-qua,2024,70,Minh họa,
ha-nam-291,htx-hieu-qua,2025-06-30,76,Minh họa,
ha-nam-291,htx-thanh-lap,2024,9,Minh họa,
ke-hoach-chung,tht-moi,2023,20,Minh họa,
ke-hoach-chung,tht-moi,30/06/2024,15,Minh họa,
-- data/cooperatives.csv --
id,name,kind,province,locality,sector,founded,members,revenue,rating,ocop_stars,certifications,products,value_chain,high_tech,digital,model
htx-dong-tien,HTX Đồng Tiến,HTX,ha-nam,Duy Tiên,Trồng trọt,2015,120,3500.5,tot,3,VietGAP,Gạo;Rau,yes,no,yes,yes
htx-an-phu,HTX An Phú,HTX,ninh-binh,Hoa Lư,Chăn nuôi,2019,45,800,Khá,0,,,no,no,no,no
-- cooperatives/htx-dong-tien.md --
---
quote: Liên kết giúp bà con yên tâm sản xuất.
quote_by: Giám đốc HTX
photos:
  - media/anh.svg
---
Câu chuyện minh họa về HTX Đồng Tiến.
-- updates/tin-dau-tien.md --
---
title: Hà Nam đẩy mạnh phát triển hợp tác xã
date: 2025-05-02
province: ha-nam
plan: ha-nam-291
summary: Tin minh họa về tiến độ.
---
Nội dung tin.
-- media/anh.svg --
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Ảnh</title><rect width="10" height="10"/></svg>
""")
