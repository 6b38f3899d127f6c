#!/usr/bin/python3
"""Browser tests of a built Tre site in headless Chromium (Debian's chromium + chromium-driver,
python3-selenium, axe-core from the PyPI package axe-core-python).

    /usr/bin/python3 Tests/Browser/site_browser.py OUTPUT_DIR [--screenshots DIR]

The site is served over HTTP under a sub-path (/site/), as on a real server. Every page type is
opened at 360 px and 1280 px wide; each must log no console error, have no horizontal scrolling
at 360 px and pass axe-core with no serious or critical violation. Search and opening the site
from a folder (file://) are checked too. Prints one line per check and exits 1 on any failure.
"""
import functools
import http.server
import json
import os
import sys
import threading
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

PHONE, DESKTOP = 360, 1280
failures = []


def check(ok, what, detail=""):
    print(("PASS " if ok else "FAIL ") + what + ("" if ok or not detail else "\n     " + detail.replace("\n", "\n     ")))
    if not ok:
        failures.append(what)


def axe_source():
    import axe_core_python  # PyPI axe-core-python 0.1.0 ships axe-core 4.4.3
    path = os.path.join(os.path.dirname(axe_core_python.__file__), "axe.min.js")
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def first_page(output, folder):
    """The first page of a kind, in name order: provinces/<first>/ and so on."""
    names = sorted(n for n in os.listdir(os.path.join(output, folder))
                   if os.path.isfile(os.path.join(output, folder, n, "index.html")))
    return folder + "/" + names[0] + "/" if names else None


def showcase_without_story(output):
    """The first showcase page, in name order, that has no story section."""
    folder = os.path.join(output, "cooperatives")
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name, "index.html")
        if os.path.isfile(path) and 'id="cau-chuyen"' not in open(path, encoding="utf-8").read():
            return "cooperatives/" + name + "/"
    return None


def pages_of_every_type(output):
    pages = ["", "provinces/", "plans/", "indicators/", "cooperatives/", "updates/", "search/?q=hop+tac+xa", "404.html"]
    if os.path.isdir(os.path.join(output, "reports")):
        pages.append("reports/")
    # The register (a province's table, and a later page of it when there is one), a second
    # page of the news, and a showcase without a story.
    pages.append("register/")
    register = first_page(output, "register")
    if register:
        pages.append(register)
        if os.path.isdir(os.path.join(output, register, "trang-2")):
            pages.append(register + "trang-2/")
    if os.path.isdir(os.path.join(output, "updates", "trang-2")):
        pages.append("updates/trang-2/")
    storyless = showcase_without_story(output)
    if storyless:
        pages.append(storyless)
    for folder in ["provinces", "plans", "indicators", "cooperatives", "updates", "reports"]:
        if not os.path.isdir(os.path.join(output, folder)):
            continue
        page = first_page(output, folder)
        if page:
            pages.append(page)
    return pages


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(output):
    """Serves the parent of OUTPUT so the site lives under /<name>/, a sub-path."""
    parent, name = os.path.split(os.path.abspath(output).rstrip("/"))
    handler = functools.partial(QuietHandler, directory=parent)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, "http://127.0.0.1:%d/%s/" % (server.server_address[1], urllib.parse.quote(name))


def browser():
    options = Options()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--window-size=1280,900", "--lang=vi"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(service=service, options=options)


def set_width(driver, width):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})


def open_page(driver, url):
    driver.get_log("browser")  # drop what earlier pages logged
    driver.get(url)
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")


def console_errors(driver):
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def run_axe(driver, source):
    driver.execute_script(source)
    driver.set_script_timeout(60)
    result = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(JSON.stringify(r.violations)); },"
        " function (e) { done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])); });")
    return json.loads(result)


def describe(violations):
    lines = []
    for violation in violations:
        targets = [", ".join(node.get("target", [])) for node in violation.get("nodes", [])[:3]]
        lines.append("%s (%s): %s at %s" % (violation["id"], violation["impact"], violation["help"], "; ".join(targets)))
    return "\n".join(lines)


def test_axe_can_fail(driver, source):
    """axe-core itself must see a broken page, or a pass below would prove nothing."""
    driver.get("data:text/html;charset=utf-8,<!DOCTYPE html><html><title>x</title><img src='x.png'><input></html>")
    found = {v["id"] for v in run_axe(driver, source)}
    check({"image-alt", "label", "html-has-lang"} <= found, "axe-core reports a page with known faults", str(sorted(found)))


def test_pages(driver, base, output, shots):
    source = axe_source()
    test_axe_can_fail(driver, source)
    for page in pages_of_every_type(output):
        name = page or "index.html"
        for width in (PHONE, DESKTOP):
            set_width(driver, width)
            open_page(driver, base + page)
            errors = console_errors(driver)
            check(not errors, "%s @%dpx: no console errors" % (name, width), "\n".join(errors))
            if width == PHONE:
                overflow = driver.execute_script(
                    "var e = document.documentElement; return [e.scrollWidth, e.clientWidth];")
                check(overflow[0] <= overflow[1], "%s @%dpx: no horizontal scrolling" % (name, width),
                      "page is %d px wide in a %d px window" % tuple(overflow))
            violations = [v for v in run_axe(driver, source) if v.get("impact") in ("serious", "critical")]
            check(not violations, "%s @%dpx: axe-core finds no serious or critical violation" % (name, width),
                  describe(violations))
            if shots and page in shots["pages"]:
                driver.save_screenshot(os.path.join(shots["dir"], "%s-%d.png" % (shots["pages"][page], width)))


def result_titles(driver):
    # The index pieces load after the page: wait until the search has said how many it found.
    try:
        WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "search-status").text.strip() != "")
    except Exception:
        pass
    return [a.text for a in driver.find_elements(By.CSS_SELECTOR, "#search-results .search-result h2 a")]


def test_search(driver, base):
    set_width(driver, DESKTOP)
    # Without tone marks, and with đ typed as d.
    for query, expected in [("hop tac xa", None), ("ha nam", "Hà Nam"), ("dong nai", "Đồng Nai"), ("Đồng Nai", "Đồng Nai")]:
        open_page(driver, base + "search/?q=" + urllib.parse.quote(query))
        titles = result_titles(driver)
        status = driver.find_element(By.ID, "search-status").text
        if expected is None:
            check(len(titles) > 3, "search %r finds pages" % query, "%s | %s" % (status, titles))
        else:
            check(expected in titles[:3], "search %r lists %r among the first results" % (query, expected),
                  "%s | %s" % (status, titles[:5]))
    open_page(driver, base + "search/?q=zzqxw")
    check(result_titles(driver) == [], "search for a word no page has finds nothing")
    # Typing runs the search without a reload.
    field = driver.find_element(By.ID, "search-q")
    field.clear()
    field.send_keys("hop tac")
    WebDriverWait(driver, 5).until(lambda d: len(result_titles(d)) > 0)
    check(True, "typing in the search field shows results")
    # The form in every page's header leads to the search page with the words.
    open_page(driver, base)
    header = driver.find_element(By.ID, "header-q")
    header.send_keys("ninh binh")
    header.submit()
    WebDriverWait(driver, 10).until(lambda d: "search" in d.current_url and len(result_titles(d)) > 0)
    check("Ninh Bình" in result_titles(driver), "the header search form finds Ninh Bình", str(result_titles(driver)))


def test_register(driver, base, output):
    """The register's filters, with the script: every row shown has the kind chosen, and
    choosing all again gives the page's own rows back."""
    page = first_page(output, "register")
    if not page:
        check(False, "the site has a register page")
        return
    set_width(driver, DESKTOP)
    open_page(driver, base + page)
    form = driver.find_element(By.CSS_SELECTOR, ".register-filters")
    check(form.is_displayed(), "register: the filters show when the script runs")
    before = len(driver.find_elements(By.CSS_SELECTOR, ".register-table tbody tr"))
    select = driver.find_element(By.CSS_SELECTOR, ".register-filters select[name=kind]")
    options = [o.get_attribute("value") for o in select.find_elements(By.TAG_NAME, "option") if o.get_attribute("value")]
    kind = options[0]
    driver.execute_script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                          select, kind)
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.CSS_SELECTOR, ".register-count").text.strip() != ""
                                    and "…" not in d.find_element(By.CSS_SELECTOR, ".register-count").text)
    label = select.find_element(By.CSS_SELECTOR, "option[value='%s']" % kind).text
    kinds = [row.find_elements(By.TAG_NAME, "td")[0].text
             for row in driver.find_elements(By.CSS_SELECTOR, ".register-table tbody tr")]
    check(len(kinds) > 0 and all(k == label for k in kinds), "register: filtering by kind shows only %s" % label,
          str(sorted(set(kinds))))
    button = driver.find_element(By.CSS_SELECTOR, "th[data-sort=members] button")
    button.click()
    members = [row.find_elements(By.TAG_NAME, "td")[5].text.replace(".", "").replace(",", "")
               for row in driver.find_elements(By.CSS_SELECTOR, ".register-table tbody tr")]
    numbers = [int(m) if m.isdigit() else -1 for m in members]
    check(numbers == sorted(numbers, reverse=True), "register: sorting by members puts the largest first", str(numbers[:10]))
    driver.execute_script("arguments[0].value = ''; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", select)
    # Back to name order (ascending): with no filter, the page's own rows and pagination.
    driver.find_element(By.CSS_SELECTOR, "th[data-sort=name] button").click()
    after = len(driver.find_elements(By.CSS_SELECTOR, ".register-table tbody tr"))
    check(after == before, "register: clearing the filters shows the page's own rows again", "%d then %d" % (before, after))
    errors = console_errors(driver)
    check(not errors, "register: no console errors", "\n".join(errors))


def test_from_disk(driver, output):
    """Opened from a folder, links must lead to pages, not to folder listings."""
    set_width(driver, DESKTOP)
    open_page(driver, "file://" + os.path.abspath(os.path.join(output, "index.html")))
    link = driver.find_element(By.CSS_SELECTOR, ".site-nav a[href*='provinces']")
    check(link.get_attribute("href").endswith("provinces/index.html"), "from disk, folder links point at index.html",
          link.get_attribute("href"))
    link.click()
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.TAG_NAME, "h1"))
    check(driver.current_url.endswith("provinces/index.html") and driver.find_element(By.TAG_NAME, "h1").text != "",
          "from disk, the provinces link opens the provinces page", driver.current_url)
    open_page(driver, "file://" + os.path.abspath(os.path.join(output, "search", "index.html")) + "?q=hop+tac+xa")
    check(len(result_titles(driver)) > 3, "from disk, search works (the index is a script, not a fetch)")
    # With and without tone marks, the pieces load from disk and find the same first result.
    firsts = []
    for query in ["dong nai", "Đồng Nai"]:
        open_page(driver, "file://" + os.path.abspath(os.path.join(output, "search", "index.html"))
                  + "?q=" + urllib.parse.quote(query))
        titles = result_titles(driver)
        check("Đồng Nai" in titles[:3], "from disk, search %r finds Đồng Nai" % query, str(titles[:5]))
        firsts.append(titles[:1])
    check(firsts[0] == firsts[1], "from disk, tone marks do not change the ranking", str(firsts))
    errors = console_errors(driver)
    check(not errors, "from disk, search logs no console errors", "\n".join(errors))


def main():
    arguments = sys.argv[1:]
    if not arguments:
        print(__doc__)
        return 2
    output = arguments[0]
    shots = None
    if "--screenshots" in arguments:
        folder = arguments[arguments.index("--screenshots") + 1]
        os.makedirs(folder, exist_ok=True)
        shots = {"dir": folder, "pages": {"": "overview", first_page(output, "provinces"): "province",
                                          first_page(output, "cooperatives"): "showcase",
                                          first_page(output, "register"): "register",
                                          showcase_without_story(output): "showcase-no-story",
                                          first_page(output, "updates"): "update"}}
    server, base = serve(output)
    driver = browser()
    try:
        test_pages(driver, base, output, shots)
        test_search(driver, base)
        test_register(driver, base, output)
        test_from_disk(driver, output)
    finally:
        driver.quit()
        server.shutdown()
    print("%d failed" % len(failures) if failures else "all browser checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
