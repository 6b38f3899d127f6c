#!/usr/bin/python3
"""The editing workspace of `tre serve` in headless Chromium, as a communications officer
uses it: create an update with a picture and see it served, watch the preview follow the
typing, add a progress figure and find it in the plan's table with its status, be refused a
save over a file changed on disk without losing either version, restore an earlier version,
and pass axe-core (no serious or critical violation) on every workspace page, at 360 and
1280 px.

Run by Tests/TreServeTests/WorkspaceBrowserTests.swift with Debian's python3-selenium,
chromium-driver and axe-core-python:  workspace_browser.py WORKSPACE_URL CONTENT_FOLDER
WORKSPACE_URL is the address `tre serve` prints, with its token. With TRE_SHOTS=folder, the
screenshots are saved there. Prints one line per step and "OK" last when every step held.
"""
import base64
import json
import os
import sys
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

# A 2×2 red PNG.
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==")


def step(what):
    print("ok:", what, flush=True)


def wait(driver, what, condition, seconds=20):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if driver.execute_script(condition):
                step(what)
                return
        except Exception:  # a page being replaced answers nothing for a moment
            pass
        time.sleep(0.05)
    raise AssertionError("timed out waiting for: " + what + "\n" + driver.execute_script("return document.body ? document.body.innerText.slice(0, 2000) : ''"))


def browser():
    options = Options()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--window-size=1280,900", "--lang=vi"]:
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)


def set_width(driver, width, height=900):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def axe_source():
    import axe_core_python  # PyPI axe-core-python ships axe-core
    with open(os.path.join(os.path.dirname(axe_core_python.__file__), "axe.min.js"), encoding="utf-8") as handle:
        return handle.read()


def axe(driver, source, name):
    for width in (360, 1280):
        set_width(driver, width)
        driver.execute_script(source)
        driver.set_script_timeout(60)
        result = json.loads(driver.execute_async_script(
            "var done = arguments[arguments.length - 1];"
            "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(JSON.stringify(r.violations)); },"
            " function (e) { done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])); });"))
        bad = [v for v in result if v.get("impact") in ("serious", "critical")]
        detail = "; ".join("%s: %s at %s" % (v["id"], v["help"], [n.get("target") for n in v.get("nodes", [])[:3]]) for v in bad)
        assert not bad, "%s @%dpx: axe-core: %s" % (name, width, detail)
    set_width(driver, 1280)
    step("%s: axe-core finds no serious or critical violation at 360 and 1280 px" % name)


def shot(driver, name, width, height=900, full=True):
    folder = os.environ.get("TRE_SHOTS")
    if not folder:
        return
    os.makedirs(folder, exist_ok=True)
    set_width(driver, width, height)
    driver.execute_script("if (document.activeElement) document.activeElement.blur(); window.scrollTo(0, 0);")
    time.sleep(0.3)
    if full:
        total = driver.execute_script("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")
        set_width(driver, width, min(max(total, height), 4000))
        time.sleep(0.2)
    path = os.path.join(folder, "%s-%d.png" % (name, width))
    driver.save_screenshot(path)
    set_width(driver, 1280)
    print("shot:", path, flush=True)


def read(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def main():
    url, content = sys.argv[1], sys.argv[2]
    root = url.split("/__tre/")[0] + "/"
    source = axe_source()
    driver = browser()
    try:
        driver.set_page_load_timeout(30)
        driver.get(url)
        wait(driver, "the workspace opens from the printed address", "return !!document.querySelector('#entries')")
        assert "token=" not in driver.current_url, "the token leaves the address bar"
        axe(driver, source, "content list")
        shot(driver, "list", 1280)
        shot(driver, "list", 360)

        # Search folds Vietnamese: "ha nam" finds "Hà Nam".
        box = driver.find_element(By.ID, "q")
        box.send_keys("ha nam")
        wait(driver, "search keeps only what matches",
             "var all = document.querySelectorAll('#entries li[data-key]'); var shown = Array.prototype.filter.call(all, function (li) { return !li.hidden; });"
             "return shown.length > 0 && shown.length < all.length && shown.every(function (li) { return li.dataset.key.indexOf('ha-nam') >= 0; });")

        # A new update with a picture.
        driver.get(root + "__tre/edit/new")
        wait(driver, "the new update form opens", "return !!document.getElementById('title')")
        title = driver.find_element(By.ID, "title")
        title.send_keys("Hội chợ OCOP Đà Lạt 2025")
        wait(driver, "the file name follows the title",
             "return /updates\\/\\d{4}-\\d{2}-\\d{2}-hoi-cho-ocop-da-lat-2025\\.md/.test(document.getElementById('file-name').textContent)")
        Select(driver.find_element(By.ID, "province")).select_by_value("ninh-binh")
        Select(driver.find_element(By.ID, "plan")).select_by_value("ha-nam-291")
        picture = os.path.join(os.environ.get("HOME", "/tmp"), "Ảnh hội chợ.png")
        with open(picture, "wb") as handle:
            handle.write(PNG)
        driver.find_element(By.ID, "upload").send_keys(picture)
        wait(driver, "the picture is uploaded and named", "return /^media\\/updates\\/anh-hoi-cho(-\\d+)?\\.png$/.test(document.getElementById('image').value)")
        image = driver.execute_script("return document.getElementById('image').value")
        assert os.path.exists(os.path.join(content, image)), "the picture is in the content folder"
        body = driver.find_element(By.ID, "body")
        body.send_keys("Gian hàng của **hợp tác xã** thu hút khách.")
        wait(driver, "the preview shows the text as Tre renders it",
             "var d = document.getElementById('preview').contentDocument; return d && d.body && d.body.innerHTML.indexOf('<strong>hợp tác xã</strong>') >= 0;")
        # Saving without describing the picture: refused, the problem beside its field.
        driver.find_element(By.CSS_SELECTOR, "button[name=save]").click()
        wait(driver, "a picture without its description is refused beside the field",
             "var box = document.getElementById('image_alt-problems'); return box && box.innerText.indexOf('mô tả ảnh') >= 0;")
        assert not [n for n in os.listdir(os.path.join(content, "updates")) if "hoi-cho" in n], "nothing saved"
        axe(driver, source, "new update form with an error")
        shot(driver, "error-beside-field", 1280)
        shot(driver, "error-beside-field", 360)
        driver.find_element(By.ID, "image_alt").send_keys("Gian hàng nông sản tại hội chợ")
        driver.find_element(By.ID, "summary").send_keys("Hội chợ giới thiệu sản phẩm OCOP.")
        wait(driver, "the preview shows the picture",
             "var d = document.getElementById('preview').contentDocument; return d && !!d.querySelector('img[src*=\"anh-hoi-cho\"]');")
        axe(driver, source, "new update form with preview")
        shot(driver, "new-update-preview", 1280, full=False)
        shot(driver, "new-update-preview", 360)
        driver.find_element(By.CSS_SELECTOR, "button[name=save]").click()
        wait(driver, "saved: the editor of the new file says so", "return location.search.indexOf('saved=1') >= 0 && !!document.querySelector('.notice')")
        path = driver.execute_script("return new URLSearchParams(location.search).get('path')")
        slug = path[len("updates/"):-3]
        saved = read(os.path.join(content, path))
        assert "image_alt: \"Gian hàng nông sản tại hội chợ\"" in saved, saved
        page = root + "updates/" + slug + "/"
        deadline = time.time() + 30
        while time.time() < deadline:
            driver.get(page)
            if "Hội chợ OCOP Đà Lạt 2025" in driver.title:
                break
            time.sleep(0.3)
        wait(driver, "the update is served with its picture",
             "var img = document.querySelector('img[src*=\"anh-hoi-cho\"]'); return !!img && img.complete && img.naturalWidth === 2;")
        wait(driver, "the served page has the edit link", "return !!document.getElementById('tre-edit-link')")

        # Edit a plan: the preview follows the typing.
        driver.get(root + "__tre/edit/page?path=plans/ha-nam-291.md")
        wait(driver, "the plan opens in the editor", "return !!document.getElementById('text')")
        wait(driver, "the editor shows the preview at once",
             "var d = document.getElementById('preview').contentDocument; return d && d.body && d.body.innerText.indexOf('Mục tiêu cụ thể') >= 0;")
        axe(driver, source, "page editor")
        text = driver.find_element(By.ID, "text")
        text.send_keys(Keys.CONTROL, Keys.END)
        text.send_keys("\n\nĐoạn mới gõ trong không gian soạn thảo.")
        wait(driver, "the preview changes as you type",
             "var d = document.getElementById('preview').contentDocument; return d.body.innerText.indexOf('Đoạn mới gõ trong không gian soạn thảo.') >= 0;")

        # Someone changes the file on disk meanwhile: the save is refused, nothing is lost.
        plan_path = os.path.join(content, "plans", "ha-nam-291.md")
        theirs = read(plan_path) + "\nDòng do người khác thêm.\n"
        temporary = plan_path + ".tmp-test"
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(theirs)
        os.replace(temporary, plan_path)
        driver.find_element(By.CSS_SELECTOR, "button[name=save]").click()
        wait(driver, "a save over a file changed on disk is refused, both versions shown",
             "return !!document.getElementById('disk-version') && document.getElementById('disk-version').value.indexOf('Dòng do người khác thêm.') >= 0"
             " && document.getElementById('mine-version').value.indexOf('Đoạn mới gõ') >= 0;")
        assert read(plan_path) == theirs, "the file on disk is untouched"
        axe(driver, source, "conflict page")
        driver.find_element(By.CSS_SELECTOR, "#mine-version + p button, form button[type=submit]").click()
        wait(driver, "keeping my version saves it", "return location.search.indexOf('saved=1') >= 0")
        mine = read(plan_path)
        assert "Đoạn mới gõ trong không gian soạn thảo." in mine and "Dòng do người khác thêm." not in mine

        # Restore the version the other person wrote.
        driver.get(root + "__tre/edit/history?path=plans/ha-nam-291.md")
        wait(driver, "the earlier versions are listed", "return document.querySelectorAll('table.history tbody tr').length >= 1")
        axe(driver, source, "earlier versions")
        driver.find_element(By.CSS_SELECTOR, "table.history tbody tr button").click()
        wait(driver, "restored", "return location.search.indexOf('restored=1') >= 0")
        assert read(plan_path) == theirs, "the newest earlier version is back"
        step("the restored file is the version before")

        # A progress figure: appended, then shown in the plan's table with its status.
        driver.get(root + "__tre/edit/figure")
        wait(driver, "the figure form opens", "return !!document.getElementById('value')")
        axe(driver, source, "figure form")
        Select(driver.find_element(By.ID, "plan")).select_by_value("ha-nam-291")
        Select(driver.find_element(By.ID, "indicator")).select_by_value("htx-hieu-qua")
        driver.find_element(By.ID, "date").send_keys("30/09/2025")
        driver.find_element(By.ID, "value").send_keys("82")
        driver.find_element(By.ID, "source").send_keys("Báo cáo quý 3")
        driver.find_element(By.CSS_SELECTOR, "button[name=save]").click()
        wait(driver, "the figure is added", "return location.search.indexOf('saved=1') >= 0")
        assert read(os.path.join(content, "data", "progress.csv")).endswith("ha-nam-291,htx-hieu-qua,30/09/2025,82,Báo cáo quý 3,\n")
        deadline = time.time() + 30
        found = False
        while time.time() < deadline and not found:
            driver.get(root + "plans/ha-nam-291/")
            found = driver.execute_script(
                "return Array.prototype.some.call(document.querySelectorAll('table tr'), function (tr) {"
                " var t = tr.innerText; return t.indexOf('82') >= 0 && t.indexOf('Đạt') >= 0; });")
            time.sleep(0.3)
        assert found, "the plan's table shows 82 and its status"
        step("the figure appears in the plan's table with its status")

        # Keyboard only: the skip link comes first, then the navigation.
        driver.get(root + "__tre/edit/new")
        wait(driver, "the form opens again", "return !!document.getElementById('title')")
        driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
        wait(driver, "Tab reaches the skip link first", "return document.activeElement.classList.contains('skip')")
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        for _ in range(12):
            if driver.execute_script("return document.activeElement.id") == "title":
                break
            driver.switch_to.active_element.send_keys(Keys.TAB)
        wait(driver, "Tab reaches the title field", "return document.activeElement.id === 'title'")
        print("OK", flush=True)
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
