"""``python -m analyser …``: the same command line as the ``analyser`` console script (``analyser.cli.app``).

An analyst without the virtual environment's ``bin`` on ``PATH`` types ``python -m analyser analyse …``; before this
module that was "No module named analyser.__main__" (fresh-eyes tester, ninth session).
"""

from analyser.cli import app

if __name__ == "__main__":  # pragma: no cover - exercised through a subprocess in tests/test_fresh6.py
    app(prog_name="analyser")
