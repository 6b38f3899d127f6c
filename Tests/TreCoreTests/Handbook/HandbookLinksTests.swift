import Foundation
import XCTest
@testable import TreCore

/// Rewriting the site's links and images for one printed document.
final class HandbookLinksTests: XCTestCase {
    let links = HandbookLinks(anchors: ["ke-hoach-x": "plans/x/", "chi-tieu-y": "indicators/y/"], baseURL: nil) { path in
        path == "media/a.png" ? Data([1, 2, 3]) : nil
    }

    func testPagesInTheBookBecomeAnchors() {
        XCTAssertEqual(links.rewrite("<p><a href=\"../../plans/x/\">X</a> <a href=\"plans/x/#muc\">m</a></p>"),
                       "<p><a href=\"#ke-hoach-x\" class=\"xref\">X</a> <a href=\"#ke-hoach-x--muc\" class=\"xref\">m</a></p>")
        XCTAssertEqual(links.rewrite("<a class=\"k\" href=\"indicators/y/\">Y</a>"), "<a class=\"k\" href=\"#chi-tieu-y\">Y</a>")
    }

    func testPagesOutsideTheBookKeepTheirWordsOrPrintTheirAddress() {
        XCTAssertEqual(links.rewrite("<a href=\"updates/u/\">tin <em>mới</em></a>."),
                       "<span class=\"link-offline\">tin <em>mới</em></span>.")
        let online = HandbookLinks(anchors: [:], baseURL: "https://a.vn/") { _ in nil }
        XCTAssertEqual(online.rewrite("<a href=\"../updates/u/#x\">tin</a>"), "<a href=\"https://a.vn/updates/u/#x\">tin</a>")
    }

    func testAddressesAndAnchorsStay() {
        XCTAssertEqual(links.rewrite("<a href=\"https://a.vn/?a=1&amp;b=2\">trang</a><a href=\"#t\">t</a>"),
                       "<a href=\"https://a.vn/?a=1&amp;b=2\">trang</a><a href=\"#t\">t</a>")
        // An address that is its own text is not printed twice.
        XCTAssertEqual(links.rewrite("<a href=\"https://a.vn/\">https://a.vn/</a>"),
                       "<a class=\"bare\" href=\"https://a.vn/\">https://a.vn/</a>")
    }

    func testImagesAreInlined() {
        XCTAssertEqual(links.rewrite("<img src=\"../../media/a.png\" alt=\"ả\">"),
                       "<img src=\"data:image/png;base64,AQID\" alt=\"ả\">")
        XCTAssertEqual(links.rewrite("<img src=\"media/missing.png\">"), "<img src=\"media/missing.png\">")
    }

    func testScopeMakesIdsUniqueWithTheirReferences() {
        XCTAssertEqual(HandbookLinks.scope("<h2 id=\"a\">A</h2><a href=\"#a\">a</a><svg aria-labelledby=\"t d\"><title id=\"t\"/></svg>",
                                           prefix: "ke-hoach-x"),
                       "<h2 id=\"ke-hoach-x--a\">A</h2><a href=\"#ke-hoach-x--a\">a</a>"
                       + "<svg aria-labelledby=\"ke-hoach-x--t ke-hoach-x--d\"><title id=\"ke-hoach-x--t\"/></svg>")
    }
}

/// Chart labels keep their white halo under WeasyPrint, which ignores `paint-order`.
final class PrintSVGTests: XCTestCase {
    func testHaloBecomesASecondLabelUnderneath() {
        let label = "<text x=\"1\" font-size=\"12\" fill=\"#2166ac\" stroke=\"#ffffff\" stroke-width=\"3\" "
            + "stroke-linejoin=\"round\" paint-order=\"stroke\">72%</text>"
        XCTAssertEqual(PrintSVG.expandHalos("<g>" + label + "</g>"),
                       "<g><text aria-hidden=\"true\" x=\"1\" font-size=\"12\" fill=\"#ffffff\" stroke=\"#ffffff\" stroke-width=\"3\" "
                       + "stroke-linejoin=\"round\">72%</text><text x=\"1\" font-size=\"12\" fill=\"#2166ac\">72%</text></g>")
        XCTAssertEqual(PrintSVG.expandHalos("<text>a</text>"), "<text>a</text>")
    }
}
