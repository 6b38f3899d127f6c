#!/usr/bin/python3
"""Time from pressing "Lưu" in the workspace to the updated page being served by `tre serve`.

    save_latency.py TRE_BINARY CONTENT_FOLDER [PAGE_SOURCE] [ROUNDS]

Copies CONTENT_FOLDER, starts `tre serve --port 0` on the copy, and ROUNDS times saves
PAGE_SOURCE (default plans/ha-nam-291-kh-ubnd-2024.md) through the workspace's own form
with a new sentence, then asks for the page until it holds the sentence. Prints each round and
the median in milliseconds.
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request


class Keep303(urllib.request.HTTPRedirectHandler):
    """The save answers 303 to the editor; the time ends when the page is served, not the editor."""
    def redirect_request(self, *args, **kwargs):
        return None


def main():
    opener = urllib.request.build_opener(Keep303)
    binary, content = sys.argv[1], sys.argv[2]
    source = sys.argv[3] if len(sys.argv) > 3 else "plans/ha-nam-291-kh-ubnd-2024.md"
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 10
    folder = tempfile.mkdtemp(prefix="tre-latency-")
    shutil.copytree(content, os.path.join(folder, "Content"))
    server = subprocess.Popen([binary, "serve", "--port", "0"], cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        base = token = None
        while token is None:
            line = server.stdout.readline()
            if not line:
                raise SystemExit("tre serve stopped")
            match = re.search(r"(http://127\.0\.0\.1:\d+/)__tre/edit/\?token=([0-9a-f]+)", line)
            if match:
                base, token = match.group(1), match.group(2)
        page = base + source[:-3] + "/"
        origin = base.rstrip("/")
        cookie = {"Cookie": "tre_edit=" + token}
        times = []
        for index in range(rounds):
            editor = urllib.request.urlopen(urllib.request.Request(base + "__tre/edit/page?path=" + source, headers=cookie)).read().decode()
            version = re.search(r'name="version" value="([^"]*)"', editor).group(1)
            with open(os.path.join(folder, "Content", source), encoding="utf-8") as handle:
                text = handle.read()
            marker = "Câu đo thời gian số %d." % index
            body = urllib.parse.urlencode({"token": token, "path": source, "version": version, "text": text + "\n" + marker + "\n"}).encode()
            request = urllib.request.Request(base + "__tre/edit/page", data=body, headers={"Origin": origin, "Content-Type": "application/x-www-form-urlencoded"})
            started = time.perf_counter()
            try:
                opener.open(request)
                raise SystemExit("the save did not answer 303")
            except urllib.error.HTTPError as error:
                if error.code != 303:
                    raise SystemExit("save refused: %d" % error.code)
            while marker not in urllib.request.urlopen(page).read().decode():
                time.sleep(0.005)
            elapsed = (time.perf_counter() - started) * 1000
            times.append(elapsed)
            print("round %d: %.0f ms" % (index + 1, elapsed), flush=True)
            time.sleep(float(os.environ.get("TRE_PAUSE", "1.5")))  # let the whole-site render behind the edit finish, as between two real saves
        print("median: %.0f ms over %d saves" % (statistics.median(times), rounds))
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
