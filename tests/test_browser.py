"""The HTML reports in a real browser: headless Chromium driven by Selenium.

Opens the document report and the corpus report from ``file://`` URLs and
checks the DOM (one ``h2`` per Annex section, the coverage chart, the heatmap),
that the browser logged no error, and that the script payload planted in a
strategy's text (see ``test_html.py``) ran nothing: no alert dialog, no
injected element, the tags shown as text. Screenshots are saved to
``tests/artifacts/`` and to the test's tmp dir.

Needs the system packages ``chromium`` and ``chromium-driver`` (``.ci/run``
installs them); skipped when they are missing. The local chromedriver is passed
explicitly and ``SE_OFFLINE`` is set, so Selenium Manager never downloads anything.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from test_html import INJECTED, SCRIPT, analysed, corpus_frames

from analyser.output.html import corpus_html, document_html, write_html

pytestmark = pytest.mark.browser

REPO = Path(__file__).parents[1]
ARTIFACTS = REPO / "tests" / "artifacts"
CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    if not CHROMIUM or not CHROMEDRIVER:
        if os.environ.get("ANALYSER_REQUIRE_BROWSER") == "1":  # set by .ci/run: CI must not skip
            pytest.fail("chromium/chromedriver missing although ANALYSER_REQUIRE_BROWSER=1")
        pytest.skip("chromium and chromedriver are not installed "
                    "(apt-get install chromium chromium-driver; .ci/run does this)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1800",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    options.unhandled_prompt_behavior = "ignore"  # an alert stays open, so the test can see it
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SE_OFFLINE", "true")
        drv = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    drv.set_page_load_timeout(60)
    yield drv
    drv.quit()


@pytest.fixture(scope="module")
def analyses(tmp_path_factory):
    return analysed(tmp_path_factory)[1]


def _open(driver, path: Path) -> None:
    driver.get(path.resolve().as_uri())
    assert driver.execute_script("return document.readyState") == "complete"


def _no_alert(driver) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    try:
        alert = driver.switch_to.alert
    except NoAlertPresentException:
        return
    text = alert.text
    alert.dismiss()
    pytest.fail(f"an alert dialog opened: {text!r}")


def _severe(driver) -> list[dict]:
    return [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def _screenshot(driver, tmp_path: Path, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for folder in (ARTIFACTS, tmp_path):
        assert driver.save_screenshot(str(folder / name))
        assert (folder / name).stat().st_size > 10_000


def test_document_report_in_browser(driver, analyses, template, tmp_path):
    from selenium.webdriver.common.by import By

    # the document with the planted payload: nothing runs, the tags are shown as text
    page = write_html(tmp_path / f"{INJECTED}.html", document_html(analyses[INJECTED], template))
    _open(driver, page)
    _no_alert(driver)
    assert driver.find_elements(By.TAG_NAME, "script") == []
    assert driver.find_elements(By.TAG_NAME, "img") == []
    assert SCRIPT in driver.find_element(By.TAG_NAME, "body").text
    assert _severe(driver) == []

    # a real multi-page PDF report
    a = analyses["xb-2025"]
    page = write_html(tmp_path / "xb-2025.html", document_html(a, template))
    _open(driver, page)
    _no_alert(driver)
    assert driver.title == "Gap report: xb-2025"
    h2 = driver.find_elements(By.CSS_SELECTOR, "h2.section")
    assert [h.get_attribute("id") for h in h2] == [f"sec-{s.id}" for s in template.sections]
    chart = driver.find_element(By.ID, "coverage-chart")
    assert chart.is_displayed() and chart.size["height"] > 300 and chart.size["width"] > 500
    assert len(chart.find_elements(By.CSS_SELECTOR, "g.row")) == 17
    absent = [k for k, c in a["coverage"].items() if c["label"] == "absent"]
    assert len(chart.find_elements(By.CSS_SELECTOR, "rect.seg.absent")) == len({k.rsplit(".", 1)[0] for k in absent})
    links = driver.find_elements(By.CSS_SELECTOR, "#absent a")
    assert [link.get_attribute("hash") for link in links] == [f"#ke-{k}" for k in absent]
    marks = driver.find_elements(By.CSS_SELECTOR, "article.ke ol.evidence > li > blockquote mark")
    assert len(marks) == sum(len(c["evidence"]) for c in a["coverage"].values())
    # section anchors work without JavaScript
    driver.find_element(By.CSS_SELECTOR, '#toc a[href="#sec-2.4"]').click()
    assert driver.current_url.endswith("#sec-2.4")
    assert driver.execute_script("return document.getElementById('sec-2.4').getBoundingClientRect().top") < 50
    assert _severe(driver) == []
    driver.execute_script("window.scrollTo(0, 0)")
    _screenshot(driver, tmp_path, "report.png")


def test_corpus_report_in_browser(driver, analyses, template, tmp_path):
    from selenium.webdriver.common.by import By

    frames = corpus_frames(analyses)
    page = write_html(tmp_path / "corpus.html", corpus_html(*frames, template))
    _open(driver, page)
    _no_alert(driver)
    assert driver.find_elements(By.TAG_NAME, "script") == []
    assert driver.find_elements(By.TAG_NAME, "img") == []
    heat = driver.find_element(By.ID, "heatmap-table")
    assert heat.is_displayed()
    rows = heat.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert [r.find_element(By.CSS_SELECTOR, "th.doc .mono").text for r in rows] == list(analyses)
    for r in rows:
        assert len(r.find_elements(By.CSS_SELECTOR, "td.cell")) == 44
    # the heatmap fits the page: no horizontal scrolling at 1280 px
    assert heat.size["width"] <= driver.find_element(By.ID, "heatmap").size["width"]
    matrices = driver.find_elements(By.CSS_SELECTOR, "#similarity .matrix")
    assert matrices[0].get_attribute("id") == "sim-all"
    assert len(matrices) == frames[2]["section"].nunique()
    cards = driver.find_elements(By.CSS_SELECTOR, "#ev-1\\.a .card")
    assert len(cards) == len(analyses)
    driver.find_element(By.CSS_SELECTOR, 'nav.inline a[href="#sim-all"]').click()
    assert driver.current_url.endswith("#sim-all")
    assert _severe(driver) == []
    driver.execute_script("window.scrollTo(0, 0)")
    _screenshot(driver, tmp_path, "corpus.png")
