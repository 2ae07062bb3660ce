"""Worker processes for ``workers > 1``: each analyses documents, this process alone writes.

Workers are spawned (never forked: the encoder's threads do not survive a fork), so
:func:`_init_worker` and :func:`_analyse_in_worker` are looked up by this module's path. A
worker leaves Ctrl-C and SIGTERM to its parent and dies with it; a worker that crashes or runs
out of memory costs its document only (:func:`_worker_pass` retries the others). SIGTERM in
the parent is raised as :class:`Terminated`, handled like Ctrl-C.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from ..embed import Encoder, default_threads
from ..errors import AnalyserError, Errors, Warnings
from ..guard import limit_memory
from ..parse import doc_id_of
from ..schema import ErrorItem, RunResult
from ..config import RunConfig
from .core import Analyser, DocumentAnalysis

logger = logging.getLogger(__name__)


_WORKER: Analyser | None = None

def _init_worker(config: RunConfig, encoder: Encoder | None, ready: object | None = None) -> None:
    """Set up a worker process: safety first (see :func:`_worker_safety`), then the model; count it ready."""
    global _WORKER
    _worker_safety(config.limits.max_memory_mb)
    logging.getLogger().setLevel(logging.WARNING)
    _WORKER = Analyser(config, encoder=encoder)
    if ready is not None:
        with ready.get_lock():  # type: ignore[attr-defined]
            ready.value += 1  # type: ignore[attr-defined]

def _worker_safety(max_memory_mb: int | None) -> None:
    """A worker leaves signals to its parent, never outlives it, and may cap its memory.

    Ctrl-C and SIGTERM are the parent's to handle (it kills its workers); a
    worker whose parent died (kill -9) ends too: ``PR_SET_PDEATHSIG`` on Linux,
    and a thread that polls :func:`os.getppid` once a second everywhere.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    spawner = multiprocessing.parent_process()  # the pid that started us, even if it died while we imported
    parent = spawner.pid if spawner is not None and spawner.pid else os.getppid()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG = 1
    if os.getppid() != parent:  # pragma: no cover - the parent died while this worker started
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="analyser-parent-watch", daemon=True).start()
    limit_memory(max_memory_mb)

def _analyse_in_worker(path: str) -> DocumentAnalysis:
    """Analyse one document in a worker, and render its report's page crops here too (not in the one writing process)."""
    assert _WORKER is not None
    da = _WORKER.analyse(path)
    if da.analysis is not None and _WORKER.config.images:
        from ..output.crops import prerender_crops

        da.crops = prerender_crops(path, da.analysis, password=_WORKER.config.password)
    return da

class Terminated(KeyboardInterrupt):
    """SIGTERM arrived: handled like Ctrl-C (finished documents kept, exports and ``run.json`` written)."""

@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """While the block runs (in the main thread), SIGTERM raises :class:`Terminated`, once."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    fired = False

    def handler(signum: int, frame: object) -> None:
        nonlocal fired
        if fired:  # the run is already stopping and writing what it finished
            return
        fired = True
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)

def _worker_failed(path: Path, reason: str) -> DocumentAnalysis:
    """A document whose worker died or failed: failed for this run, its earlier analysis kept (E512)."""
    err = AnalyserError(Errors.E512, path=str(path), reason=reason)
    return DocumentAnalysis(RunResult(doc_id=doc_id_of(path), source_path=str(path), status="failed",
                                      errors=(ErrorItem(stage="run", code=err.code, message=str(err)),)))

def _run_in_workers(
    todo: Sequence[tuple[int, Path]],
    config: RunConfig,
    encoder: Encoder | None,
    workers: int,
    commit: Callable[[int, DocumentAnalysis], None],
    fallback: Callable[[Sequence[tuple[int, Path]]], None] | None = None,
) -> list[str]:
    """Analyse documents in worker processes; this process commits each result as it arrives.

    A worker that dies (killed, out of memory, segfault) breaks the pool: the
    documents not finished are analysed again, one worker at a time, so that a
    document that kills its worker again is the one that fails (E512, its
    earlier analysis kept) and the others finish. When no worker ever got
    ready (a script without ``if __name__ == "__main__":``, a model that does
    not load in a child) the documents go to ``fallback`` (analysis in this
    process) with a W510 warning.

    On Ctrl-C or SIGTERM the workers are killed at once and the
    KeyboardInterrupt propagates.

    Returns:
        Warnings for ``run.json`` (W510), empty when the workers did the work.
    """
    left, broken, ready = _worker_pass(todo, config, encoder, workers, commit)
    if broken is None:
        return []
    warnings: list[str] = []
    if ready == 0 and fallback is not None:
        msg = str(AnalyserError(Warnings.W510, reason=repr(broken)))
        logger.warning("%s", msg)
        fallback(left)
        return [msg]
    while left:  # one worker at a time: the first unfinished document of a broken pool is the one that killed it
        rest, broken, _ = _worker_pass(left, config, encoder, 1, commit)
        if broken is None:
            break
        culprit, *others = rest
        commit(culprit[0], _worker_failed(culprit[1], f"{broken!r}, twice"))
        left = others
    return warnings

def _worker_pass(
    items: Sequence[tuple[int, Path]],
    config: RunConfig,
    encoder: Encoder | None,
    workers: int,
    commit: Callable[[int, DocumentAnalysis], None],
) -> tuple[list[tuple[int, Path]], BrokenProcessPool | None, int]:
    """One pool over ``items``: (unfinished items in order, the BrokenProcessPool if a worker died, workers that got ready)."""
    ctx = multiprocessing.get_context("spawn")  # torch and fork do not mix
    if config.threads is None:  # N workers x threads <= cores
        config = config.replace(threads=default_threads(min(workers, len(items))))
    ready = ctx.Value("i", 0)
    pool = ProcessPoolExecutor(max_workers=min(workers, len(items)), mp_context=ctx,
                               initializer=_init_worker, initargs=(config, encoder, ready))
    left: list[tuple[int, Path]] = []
    broken: BrokenProcessPool | None = None
    try:
        # several workers: the largest files first, so the longest documents do not start last and leave one worker
        # idle at the end; one worker (the retry pass) keeps input order, which tells which document killed it
        order = sorted(items, key=_largest_first) if workers > 1 else list(items)
        futures = {pool.submit(_analyse_in_worker, str(path)): (i, path) for i, path in order}
        for fut in as_completed(futures):
            i, path = futures[fut]
            try:
                da = fut.result()
            except BrokenProcessPool as exc:
                broken = exc
                left.append((i, path))
                continue
            except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be sent back
                da = _worker_failed(path, repr(exc))
            commit(i, da)
    except BaseException:
        _kill_workers(pool)
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    if broken is not None:
        _kill_workers(pool)
    pool.shutdown(wait=True)
    return sorted(left), broken, ready.value

def _largest_first(item: tuple[int, Path]) -> tuple[int, int]:
    """Sort key of a document for the workers: larger files first (a proxy for pages), then input order."""
    try:
        size = item[1].stat().st_size
    except OSError:
        size = 0
    return (-size, item[0])

def _kill_workers(pool: ProcessPoolExecutor) -> None:
    """SIGKILL every worker of a pool (they ignore SIGINT/SIGTERM; there is no public API to stop a running task)."""
    procs = list((getattr(pool, "_processes", None) or {}).values())
    for proc in procs:
        with contextlib.suppress(Exception):
            proc.kill()
    for proc in procs:  # reap them: no zombie, and a caller sees no live child
        with contextlib.suppress(Exception):
            proc.join(timeout=5)
