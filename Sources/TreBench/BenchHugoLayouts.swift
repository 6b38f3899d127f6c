/// Plain Hugo templates for the benchmark site: one base layout, and per section the lists
/// and pages Tre draws, reading the data from front matter. Related pages (a plan's news, a
/// province's plans, showcases and news) are looked up in maps built once per build by a
/// cached partial, as a Hugo user would at this size: filtering every page with `where` on
/// each plan and province page made Hugo's time grow with the square of the corpus (16 ms a
/// plan page at 1×), which measured the templates rather than Hugo.
enum BenchHugoLayouts {
    static let files: [(String, String)] = [
        ("layouts/_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="vi">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ .Title }} – {{ site.Title }}</title>
            <link rel="stylesheet" href="{{ "style.css" | relURL }}"></head>
            <body>
            <header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>
            <nav><ul>{{ range site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav>
            </header>
            <main>{{ block "main" . }}{{ end }}</main>
            <footer><p>{{ site.Params.organization }}</p></footer>
            </body>
            </html>

            """),
        ("layouts/_default/single.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}

            """),
        ("layouts/_default/list.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1>
            <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Params.summary }} – {{ . }}{{ end }}</li>
            {{ end }}</ul>{{ end }}

            """),
        ("layouts/index.html", """
            {{ define "main" }}<h1>{{ site.Title }}</h1>
            <p>{{ len (where site.RegularPages "Section" "plans") }} kế hoạch · {{ len (where site.RegularPages "Section" "cooperatives") }} hợp tác xã tiêu biểu</p>
            {{ $plans := partialCached "by-param.html" (dict "section" "plans" "param" "province") "plans-province" }}
            {{ range where (where site.RegularPages "Section" "provinces") "Params.merged_into" "==" nil }}
            <section><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><ul>
            {{ range .Params.family }}{{ range index $plans . }}<li><a href="{{ .RelPermalink }}">{{ .Params.number }}</a> {{ .Title }}</li>{{ end }}{{ end }}
            </ul></section>{{ end }}
            <h2>Tin mới</h2><ul>{{ range first 4 (where site.RegularPages "Section" "updates").ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
            {{ end }}

            """),
        ("layouts/plans/list.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1>
            {{ range .Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
            <p>{{ .Params.number }} · {{ .Params.issuer }} · {{ .Params.from }}–{{ .Params.to }} · {{ len .Params.targets }} chỉ tiêu</p></article>
            {{ end }}{{ end }}

            """),
        ("layouts/plans/single.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1>
            <dl><dt>Số</dt><dd>{{ .Params.number }}</dd><dt>Ngày ban hành</dt><dd>{{ .Params.issued }}</dd>
            <dt>Cơ quan ban hành</dt><dd>{{ .Params.issuer }}</dd><dt>Giai đoạn</dt><dd>{{ .Params.from }}–{{ .Params.to }}</dd></dl>
            {{ with site.GetPage (printf "/provinces/%s" .Params.province) }}<p><a href="{{ .RelPermalink }}">{{ .Title }}</a></p>{{ end }}
            <nav>{{ .TableOfContents }}</nav>
            <table><thead><tr><th>Chỉ tiêu</th><th>Mục tiêu</th><th>Mới nhất</th><th>Tình trạng</th></tr></thead><tbody>
            {{ range .Params.targets }}<tr><th><a href="{{ printf "/indicators/%s/" .indicator_id | relURL }}">{{ .indicator }}</a></th><td>{{ .target }}</td><td>{{ .latest }} ({{ .latest_year }})</td><td>{{ .status }}</td></tr>
            {{ end }}</tbody></table>
            <div class="prose">{{ .Content }}</div>
            {{ $updates := partialCached "by-param.html" (dict "section" "updates" "param" "plan") "updates-plan" }}
            <ul>{{ range index $updates .File.ContentBaseName }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul>
            {{ end }}

            """),
        ("layouts/provinces/single.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1>
            <p>Mã: {{ .Params.code }} · {{ .Params.region }}</p>
            {{ with .Params.merged_into }}{{ with site.GetPage (printf "/provinces/%s" .) }}<p>Từ 01/07/2025 thuộc <a href="{{ .RelPermalink }}">{{ .Title }}</a></p>{{ end }}{{ end }}
            <div class="prose">{{ .Content }}</div>
            {{ $family := .Params.family }}
            {{ $plans := partialCached "by-param.html" (dict "section" "plans" "param" "province") "plans-province" }}
            {{ $coops := partialCached "by-param.html" (dict "section" "cooperatives" "param" "province") "cooperatives-province" }}
            {{ $updates := partialCached "by-param.html" (dict "section" "updates" "param" "province") "updates-province" }}
            <h2>Kế hoạch</h2>
            {{ range $family }}{{ range index $plans . }}
            <h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>
            <table>{{ range .Params.targets }}<tr><td>{{ .indicator }}</td><td>{{ .target }}</td><td>{{ .latest }}</td><td>{{ .status }}</td></tr>{{ end }}</table>
            {{ end }}{{ end }}
            <h2>Hợp tác xã tiêu biểu</h2><p>{{ .Params.cooperative_count }} hợp tác xã, tổ hợp tác</p>
            <ul>{{ range $family }}{{ range index $coops . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.kind }} · {{ .Params.rating }}</li>
            {{ end }}{{ end }}</ul>
            <h2>Tin tức</h2>
            <ul>{{ range $family }}{{ range index $updates . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "02/01/2006" }}</li>
            {{ end }}{{ end }}</ul>
            {{ end }}

            """),
        ("layouts/cooperatives/list.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1>
            {{ range .Pages }}<article><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>
            <p>{{ .Params.kind }} · {{ .Params.locality }} · {{ .Params.rating }}{{ if gt .Params.ocop_stars 0 }} · OCOP {{ .Params.ocop_stars }} sao{{ end }}</p><p>{{ .Params.products }}</p></article>
            {{ end }}{{ end }}

            """),
        ("layouts/cooperatives/single.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1>
            {{ with .Params.quote }}<blockquote><p>{{ . }}</p></blockquote>{{ end }}
            <div class="prose">{{ .Content }}</div>
            <dl><dt>Loại hình</dt><dd>{{ .Params.kind }}</dd><dt>Địa bàn</dt><dd>{{ .Params.locality }}</dd>
            <dt>Lĩnh vực</dt><dd>{{ .Params.sector }}</dd><dt>Năm thành lập</dt><dd>{{ .Params.founded }}</dd>
            <dt>Thành viên</dt><dd>{{ lang.FormatNumber 0 .Params.members }}</dd><dt>Doanh thu</dt><dd>{{ lang.FormatNumber 0 .Params.revenue }} triệu đồng</dd>
            <dt>Xếp loại</dt><dd>{{ .Params.rating }}</dd><dt>Sản phẩm</dt><dd>{{ .Params.products }}</dd></dl>
            {{ with site.GetPage (printf "/provinces/%s" .Params.province) }}<p><a href="{{ .RelPermalink }}">{{ .Title }}</a></p>{{ end }}
            {{ end }}

            """),
        ("layouts/updates/single.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1>
            <p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "02/01/2006" }}</time> · {{ .Params.author }}</p>
            {{ with site.GetPage (printf "/provinces/%s" .Params.province) }}<p><a href="{{ .RelPermalink }}">{{ .Title }}</a></p>{{ end }}
            {{ with .Params.plan }}{{ with site.GetPage (printf "/plans/%s" .) }}<p><a href="{{ .RelPermalink }}">{{ .Title }}</a></p>{{ end }}{{ end }}
            <div class="prose">{{ .Content }}</div>
            {{ end }}

            """),
        ("layouts/indicators/single.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Params.unit }} · {{ .Params.measure }}</p>
            <table>{{ range .Params.rows }}<tr><td><a href="{{ printf "/plans/%s/" .plan | relURL }}">{{ .plan_title }}</a></td><td>{{ .target }}</td><td>{{ .latest }}</td><td>{{ .status }}</td></tr>
            {{ end }}</table>{{ end }}

            """),
        ("layouts/partials/by-param.html", """
            {{/* The pages of a section by the value of one parameter, made once per build. */}}
            {{ $by := newScratch }}
            {{ range $page := where site.RegularPages "Section" .section }}{{ with index $page.Params $.param }}{{ $by.Add . (slice $page) }}{{ end }}{{ end }}
            {{ return $by.Values }}

            """),
        ("layouts/404.html", """
            {{ define "main" }}<h1>Không tìm thấy trang</h1>{{ end }}

            """),
        ("static/style.css", "body { font-family: sans-serif; max-width: 60rem; margin: auto; }\n"),
    ]
}
