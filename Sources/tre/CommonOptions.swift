import ArgumentParser
import Foundation
import TreCore

/// Where content, theme and output are, shared by the commands.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "Thư mục nội dung / content folder.")
    var content: String = "Content"

    @Option(name: .long, help: "Thư mục giao diện / theme folder (default: ./Templates if present, else the built-in theme).")
    var templates: String?

    @Option(name: .long, help: "Ngôn ngữ thông báo / message language: vi or en (default: the site's language).")
    var lang: Language?
}

extension Language: ExpressibleByArgument {}
