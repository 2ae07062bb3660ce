"""Size and render time of HTML reports in headless Chromium (issue 19: < 5 MB, < 2 s).

Usage::

    python scripts/bench_report.py out/nl-2025/report.html [more.html ...] [--runs 3]

Prints, per report: file size, number of page crops and their bytes, then the
median over ``--runs`` fresh loads of (a) ``loadEventEnd`` since navigation
start (the page as opened: evidence collapsed, crops lazy) and (b) the time to
open every evidence ``<details>`` and have every crop decoded (the worst case:
an analyst expanding everything). Needs chromium and chromedriver (Debian
packages ``chromium`` and ``chromium-driver``); nothing is downloaded.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import tempfile
import time
from pathlib import Path


def _driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = next(p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
                "--disable-background-networking", "--window-size=1280,1800",
                f"--user-data-dir={tempfile.mkdtemp(prefix='bench-chromium-')}"):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver")), options=options)


def measure(driver, path: Path) -> tuple[float, float]:
    """(load seconds, expand-all seconds) of one fresh load of ``path``."""
    driver.get("about:blank")
    driver.get(path.resolve().as_uri())
    load = driver.execute_script(
        "const t = performance.getEntriesByType('navigation')[0]; return t.loadEventEnd - t.startTime;") / 1000
    t0 = time.perf_counter()
    driver.execute_script("document.querySelectorAll('details').forEach(d => d.open = true);"
                          "document.querySelectorAll('img').forEach(i => i.loading = 'eager');")
    for _ in range(600):
        if driver.execute_script("return [...document.images].every(i => i.complete && i.naturalWidth > 0)"):
            break
        time.sleep(0.05)
    driver.execute_script("return document.body.getBoundingClientRect().height")  # force layout
    return load, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("reports", nargs="+", type=Path)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    driver = _driver()
    try:
        for path in args.reports:
            html = path.read_text(encoding="utf-8")
            crops = re.findall(r'<img src="data:image/[a-z]+;base64,([^"]+)"', html)
            loads, expands = zip(*(measure(driver, path) for _ in range(args.runs)))
            print(f"{path}: {path.stat().st_size / 1e6:.2f} MB, {len(crops)} page crops "
                  f"({sum(len(c) * 3 / 4 for c in crops) / 1e3 / max(1, len(crops)):.1f} kB each on average); "
                  f"load {statistics.median(loads):.2f} s, expand all and decode every crop "
                  f"{statistics.median(expands):.2f} s (median of {args.runs})")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
