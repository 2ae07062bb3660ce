"""analyser: compare EU national asylum and migration management strategies.

Pipeline stages (one module each): parse -> segment -> embed -> match -> score
-> report, orchestrated by :mod:`analyser.pipeline`.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
