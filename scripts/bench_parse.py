"""Benchmark :func:`analyser.parse.parse` against plain pdfplumber text extraction.

Usage::

    python scripts/bench_parse.py                 # every corpus/*.pdf
    python scripts/bench_parse.py --pages 1000    # also a generated 1000-page PDF, with peak RSS

For each corpus PDF it prints the pages per second of ``parse`` and of
pdfplumber's ``page.extract_text()`` on the same pages, and their ratio
(parse pages/s divided by plain pages/s: above 1 means parse is faster).
With ``--pages N`` it writes an N-page PDF with reportlab into a temporary
directory, parses it and prints the peak resident set size of this process
(``resource.getrusage``; the figure includes the interpreter and imports).

Targets (issue #3): at least 5 pages/s on the corpus, within 3x of plain
extraction (ratio >= 0.33), at most 2 GB peak while parsing 1,000 pages. The
load average is printed first: other jobs on the machine slow both columns.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber

from analyser.parse import parse

ROOT = Path(__file__).resolve().parents[1]
TARGET_PAGES_PER_S = 5.0
TARGET_RATIO = 1 / 3  # parse pages/s over plain pages/s: "within 3x of plain extraction"
TARGET_PEAK_MB = 2048.0
TARGET_TIME_RATIO_17 = 1.5  # issue 17: parse time at most 1.5x plain extract_text time
TARGET_PEAK_MB_17 = 1536.0  # issue 17: any single-process run


def _plain_extract(path: Path) -> int:
    """Extract text page by page with plain pdfplumber; returns the page count."""
    n = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
            n += 1
    return n


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # kilobytes on Linux, bytes on macOS
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _make_long_pdf(path: Path, n_pages: int) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    body = (
        "The national strategy sets out the objectives and key measures for the effective management "
        "of asylum and migration over the next five years, in full respect of fundamental rights."
    )
    words = body.split()
    for n in range(1, n_pages + 1):
        c.setFont("Times-Roman", 8.5)
        c.drawString(62, 808, "XX OJ L, 20.3.2025")
        y = 760.0
        c.setFont("Helvetica-Bold", 10)
        c.drawString(62, y, " ".join(words[n % 7 : n % 7 + 2 + n % 5]).capitalize())
        y -= 20
        c.setFont("Helvetica", 10)
        for para in range(4):
            for line in range(6):
                start = (line * 7 + para) % len(words)
                c.drawString(62, y, " ".join((words * 2)[start : start + 14]))
                y -= 13
            y -= 10
        c.setFont("Times-Roman", 8)
        c.drawString(280, 30, f"{n}/{n_pages}")
        c.showPage()
    c.save()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus", help="folder of PDFs (default: corpus/)")
    ap.add_argument("--pages", type=int, default=0, help="also parse a generated PDF of this many pages")
    args = ap.parse_args(argv)

    pdfs = sorted(args.corpus.glob("*.pdf"))
    print("load average (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in os.getloadavg()) + f" on {os.cpu_count()} CPUs")
    total_pages = 0
    t_parse = t_plain = 0.0
    c_parse = c_plain = 0.0  # CPU seconds (process_time): less disturbed by other jobs than wall time
    print(f"{'document':<22}{'pages':>6}{'parse p/s':>11}{'plain p/s':>11}{'ratio':>7}   (ratio = parse p/s / plain p/s)")
    for path in pdfs:
        c0, t0 = time.process_time(), time.perf_counter()
        doc = parse(path)
        c1, t1 = time.process_time(), time.perf_counter()
        n = _plain_extract(path)
        c2, t2 = time.process_time(), time.perf_counter()
        c_parse += c1 - c0
        c_plain += c2 - c1
        total_pages += doc.n_pages
        t_parse += t1 - t0
        t_plain += t2 - t1
        print(
            f"{path.name:<22}{doc.n_pages:>6}{doc.n_pages / (t1 - t0):>11.1f}{n / (t2 - t1):>11.1f}"
            f"{(t2 - t1) / (t1 - t0):>7.2f}"
        )
    if pdfs:
        print(
            f"{'TOTAL':<22}{total_pages:>6}{total_pages / t_parse:>11.1f}{total_pages / t_plain:>11.1f}"
            f"{t_plain / t_parse:>7.2f}"
        )
        rate, ratio = total_pages / t_parse, t_plain / t_parse
        print(
            f"targets: >= {TARGET_PAGES_PER_S:.0f} pages/s: {'met' if rate >= TARGET_PAGES_PER_S else 'NOT met'} "
            f"({rate:.1f}); within 3x of plain extraction: {'met' if ratio >= TARGET_RATIO else 'NOT met'} ({ratio:.2f})"
        )
        time_ratio, cpu_ratio = t_parse / t_plain, c_parse / max(c_plain, 1e-9)
        print(
            f"issue 17: parse time / plain extraction time {time_ratio:.2f} wall, {cpu_ratio:.2f} CPU "
            f"(CPU {c_parse:.1f} s vs {c_plain:.1f} s); target <= {TARGET_TIME_RATIO_17}: "
            f"{'met' if cpu_ratio <= TARGET_TIME_RATIO_17 else 'NOT met'}"
        )
        print(
            f"CPU seconds (user+sys) per page: parse {c_parse / total_pages:.3f}, plain {c_plain / total_pages:.3f}; "
            f"parse {total_pages / max(c_parse, 1e-9):.1f} pages per CPU second (load-independent-ish: "
            f"the pages/s above are wall time on a shared machine)"
        )

    if args.pages:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"long-{args.pages}.pdf"
            t0 = time.perf_counter()
            _make_long_pdf(path, args.pages)
            t1 = time.perf_counter()
            rss_before = _peak_rss_mb()
            doc = parse(path)
            t2 = time.perf_counter()
            print(
                f"generated {args.pages} pages in {t1 - t0:.1f} s; parsed {doc.n_pages} pages, "
                f"{len(doc.blocks)} blocks in {t2 - t1:.1f} s ({doc.n_pages / (t2 - t1):.1f} pages/s); "
                f"peak RSS {_peak_rss_mb():.0f} MB (before parsing {rss_before:.0f} MB)"
            )
            peak = _peak_rss_mb()
            print(f"target: <= {TARGET_PEAK_MB:.0f} MB peak: {'met' if peak <= TARGET_PEAK_MB else 'NOT met'} ({peak:.0f} MB)")
            print(f"issue 17: <= {TARGET_PEAK_MB_17:.0f} MB peak: {'met' if peak <= TARGET_PEAK_MB_17 else 'NOT met'} ({peak:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
