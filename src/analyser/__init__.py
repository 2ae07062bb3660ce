"""analyser: compare EU national asylum and migration management strategies.

Pipeline stages (one module each): parse -> segment -> embed -> match -> score
-> report, orchestrated by :mod:`analyser.pipeline`; :mod:`analyser.store`
keeps the results in DuckDB and :mod:`analyser.compare` compares documents.

The analyst's API (:mod:`analyser.api`)::

    import analyser
    res = analyser.analyse_corpus("corpus/", out="out")  # or analyser.load("out")
    res.coverage_matrix(); res.plot_coverage_heatmap()

Importing the package is cheap: the API (pandas, matplotlib, torch) loads on first use.
"""

from __future__ import annotations

from ._version import __version__

__all__ = ["Results", "__version__", "analyse_corpus", "load"]


def __getattr__(name: str):  # PEP 562: lazy API
    if name in ("Results", "analyse_corpus", "load"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'analyser' has no attribute {name!r}")
