import Foundation

/// What `tre handbook` tells the user about the PDFs it made.
extension HandbookPDFs {
    /// Which engine ran and whether the reading PDF is tagged for screen readers.
    public static func engineNote(_ engine: PDFEngine) -> LocalizedText {
        if engine.tags {
            return LocalizedText(vi: "\(engine.name), có thẻ cấu trúc PDF/UA cho trình đọc màn hình",
                                 en: "\(engine.name), tagged PDF/UA for screen readers")
        }
        if engine.kind == .weasyprint {
            return LocalizedText(
                vi: "\(engine.name), chưa gắn thẻ cho trình đọc màn hình: cần WeasyPrint \(PDFEngine.firstTaggingWeasyPrint) trở lên (pip install weasyprint)",
                en: "\(engine.name), not tagged for screen readers: that needs WeasyPrint \(PDFEngine.firstTaggingWeasyPrint) or later (pip install weasyprint)")
        }
        return LocalizedText(vi: "\(engine.name), chưa gắn thẻ cho trình đọc màn hình",
                             en: "\(engine.name), not tagged for screen readers")
    }
}

extension HandbookPDFs.Printed {
    /// One line on the print shop's files, and a warning when the binding will not hold them.
    public func summary(folder: String, _ language: Language) -> [String] {
        let numbers = NumberFormat(language)
        func mm(_ value: Double) -> String { numbers.format(value, maxDecimals: 2) }
        let bindingName = binding == .saddle
            ? LocalizedText(vi: "đóng ghim giữa gáy, bội của 4", en: "saddle stitched, a multiple of 4")
            : LocalizedText(vi: "đóng keo gáy vuông, bội của 16", en: "perfect bound, a multiple of 16")
        let spineNote = spineTitle
            ? LocalizedText(vi: "có tên sách trên gáy", en: "title on the spine")
            : LocalizedText(vi: "gáy hẹp hơn \(mm(HandbookPrint.spineTitleMinimum)) mm nên không in tên sách trên gáy",
                            en: "spine narrower than \(mm(HandbookPrint.spineTitleMinimum)) mm, so no title on it")
        let padding = blankPages == 0
            ? LocalizedText(vi: "không cần thêm trang trắng", en: "no blank pages needed")
            : LocalizedText(vi: "\(pages - blankPages) trang và \(blankPages) trang trắng ở cuối",
                            en: "\(pages - blankPages) and \(blankPages) blank at the end")
        var lines = [LocalizedText(
            vi: "Bản cho nhà in: ruột \(pages) trang (\(padding.vi); \(bindingName.vi)), tràn lề 3 mm, có dấu cắt → \(folder)\(interior); bìa trải \(mm(spreadWidth)) × \(mm(height)) mm, gáy \(mm(spine)) mm, \(spineNote.vi) → \(folder)\(cover)",
            en: "For the print shop: interior of \(pages) pages (\(padding.en); \(bindingName.en)), 3 mm bleed, crop marks → \(folder)\(interior); cover spread \(mm(spreadWidth)) × \(mm(height)) mm, spine \(mm(spine)) mm, \(spineNote.en) → \(folder)\(cover)",
        ).text(language)]
        if binding == .saddle, pages > HandbookPDFs.saddleLimit {
            lines.append(LocalizedText(
                vi: "Lưu ý: sách đóng ghim giữa gáy dày quá \(HandbookPDFs.saddleLimit) trang khó gấp và dễ bung; hỏi nhà in, hoặc ghi binding: perfect dưới handbook: trong site.yml để đóng keo gáy vuông.",
                en: "Note: a saddle-stitched book of more than \(HandbookPDFs.saddleLimit) pages folds badly and comes apart; ask the print shop, or set binding: perfect under handbook: in site.yml for a glued spine.",
            ).text(language))
        }
        return lines
    }
}
