#!/usr/bin/python3
"""A real browser watching `tre serve`: an open page reloads by itself after an edit, shows
the error overlay when a CSV breaks (without reloading) and drops it after the fix.

Run by Tests/TreServeTests/ServeBrowserTests.swift with Debian's python3-selenium and
chromium-driver:  serve_live_reload.py URL CONTENT_FOLDER
Prints one line per step and exits 0 only when every step held.
"""
import os
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service


def save(path, text):
    """Save like an editor: write a temporary file, then rename it over the original."""
    temporary = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(temporary, path)


def wait(driver, what, condition, seconds=20):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if driver.execute_script(condition):
            print("ok:", what, flush=True)
            return
        time.sleep(0.05)
    raise AssertionError("timed out waiting for: " + what)


def main():
    url, content = sys.argv[1], sys.argv[2]
    options = Options()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"]:
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.set_page_load_timeout(30)
        driver.get(url + "updates/tin-dau-tien/")
        wait(driver, "the page is open", "return document.body.innerText.includes('Nội dung tin.')")
        # No need to wait for the event stream to connect: the page carries the build it came
        # from, so even a stream that connects after the rebuild makes it reload.
        # A mark that lives only as long as this page: gone means the page reloaded.
        driver.execute_script("window.treMark = 'still here';")

        update = os.path.join(content, "updates", "tin-dau-tien.md")
        original = open(update, encoding="utf-8").read()
        save(update, original.replace("Nội dung tin.", "Nội dung sửa trong trình duyệt."))
        wait(driver, "the page reloaded by itself with the edit",
             "return document.body.innerText.includes('Nội dung sửa trong trình duyệt.')")
        assert driver.execute_script("return window.treMark === undefined"), "the page was not reloaded"
        driver.execute_script("window.treMark = 'still here';")

        progress = os.path.join(content, "data", "progress.csv")
        good = open(progress, encoding="utf-8").read()
        save(progress, good + "ha-nam-291,htx-hieu-qua,2025-13-01,80,Minh họa,\n")
        wait(driver, "the overlay names the broken line",
             "var o = document.getElementById('tre-overlay');"
             "return !!o && o.innerText.includes('Content/data/progress.csv:7:25');")
        assert driver.execute_script("return window.treMark === 'still here'"), "errors should not reload the page"
        driver.save_screenshot(os.environ.get("TRE_SCREENSHOT", "/tmp/tre-serve-overlay.png"))

        save(progress, good)
        wait(driver, "the overlay is gone after the fix", "return !document.getElementById('tre-overlay')")
        wait(driver, "the edit is still there", "return document.body.innerText.includes('Nội dung sửa trong trình duyệt.')")
        print("OK", flush=True)
    finally:
        driver.quit()


if __name__ == "__main__":
    try:
        main()
    except AssertionError as failure:
        print("FAIL:", failure, flush=True)
        sys.exit(1)
