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
import time
from pathlib import Path

import numpy as np
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
def run(tmp_path_factory):
    return analysed(tmp_path_factory)


@pytest.fixture(scope="module")
def analyses(run):
    return run[1]


def _open(driver, path: Path) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(path.resolve().as_uri())
    # a loaded machine can return from get() before the document finished loading
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")


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
    for summary in driver.find_elements(By.CSS_SELECTOR, "details.ev > summary"):  # evidence is collapsed: open it
        driver.execute_script("arguments[0].scrollIntoView()", summary)
        summary.click()
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
    # every partial key element shows the aspects it misses, by their descriptors (issue 13)
    partial = [k for k, c in a["coverage"].items() if c["label"] == "partial"]
    items = driver.find_elements(By.CSS_SELECTOR, "#partial > ul > li")
    assert partial and len(items) == len(partial)
    for kid, li in zip(partial, items):
        missing = [x["descriptor"] for x in a["coverage"][kid]["aspects"] if not x["covered"]]
        assert missing, kid
        lacks = li.find_element(By.CSS_SELECTOR, "span.lacks")
        assert lacks.is_displayed() and lacks.text == "Lacks: " + "; ".join(missing)
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


def test_page_crop_highlight_and_page_link(driver, run, tmp_path):
    """Issue 19: the pipeline's gap report of a PDF shows a page crop with a visible highlight, and its page link opens the PDF."""
    import io

    from PIL import Image
    from selenium.webdriver.common.by import By
    from test_html import PDF

    out, docs = run
    report = out / "xb-2025" / "report.html"
    _open(driver, report)
    _no_alert(driver)
    assert _severe(driver) == []
    crops = driver.find_elements(By.CSS_SELECTOR, "article.ke details.ev figure.crop img")
    n_evidence = sum(len(c["evidence"]) for c in docs["xb-2025"]["coverage"].values())
    assert len(crops) >= 0.8 * n_evidence
    assert all(img.get_attribute("loading") == "lazy" for img in crops)
    assert not any(img.is_displayed() for img in crops)  # evidence is collapsed by default
    # open the first addressed key element's evidence: the crop loads and shows the yellow highlight
    article = next(a for a in driver.find_elements(By.CSS_SELECTOR, "article.ke.addressed")
                   if a.find_elements(By.CSS_SELECTOR, "figure.crop img"))
    article.find_element(By.CSS_SELECTOR, "details.ev > summary").click()
    img = article.find_element(By.CSS_SELECTOR, "figure.crop img")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", img)
    for _ in range(50):
        if driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", img):
            break
        time.sleep(0.1)
    assert img.is_displayed() and img.size["width"] > 300 and img.size["height"] > 40
    shot = Image.open(io.BytesIO(img.screenshot_as_png)).convert("RGB")
    yellow = _yellow_pixels(shot)
    assert yellow > 0.02 * shot.width * shot.height, "the highlight is visible in the browser"
    _screenshot(driver, tmp_path, "report-crop.png")
    # the crop and the evidence line link to the page of the source PDF, relative to the report
    link = img.find_element(By.XPATH, "./ancestor::a[1]")
    href = link.get_attribute("href")
    page = int(href.rsplit("#page=", 1)[1])
    li = img.find_element(By.XPATH, "./ancestor::li[1]")
    assert li.find_element(By.CSS_SELECTOR, "figcaption").text.startswith(f"Page {page} of the original")
    evidence_page = int(li.find_element(By.CSS_SELECTOR, ".ev-meta span.pg").text)
    assert page in (evidence_page, evidence_page + 1, evidence_page - 1)
    assert li.find_element(By.CSS_SELECTOR, "a.source").get_attribute("href") == f"{href.split('#')[0]}#page={evidence_page}"
    assert href.split("#")[0] == PDF.resolve().as_uri()
    link.click()
    assert driver.current_url.split("#")[0] == PDF.resolve().as_uri()
    assert driver.current_url.endswith(f"#page={page}")
    driver.back()


def _yellow_pixels(image) -> int:
    """Pixels of the highlight colour (translucent yellow over white or text) in a PIL RGB image."""
    rgb = np.asarray(image.convert("RGB")).astype(int)
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    return int(((r > 220) & (g > 180) & (g < 245) & (b < 170)).sum())
