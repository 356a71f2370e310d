"""The local engine: coding documents in a pool of processes, one model per worker, results in input order.

Each worker builds its DocumentProcessor (the spaCy model, dictionaries and ingest options) once, in the
pool initializer, and then turns batches of RawDocuments into StoreBatches: compact outcomes plus the
Arrow rows of the coded articles, built in the worker. Handing the parent Arrow buffers rather than
records keeps it nearly idle (unpickling and flattening records cost it about a tenth of the workers'
CPU, on the same cores). With one worker the same processor runs in the calling process, so both paths
share every line that matters.
"""

from __future__ import annotations

import importlib.util
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from eventscope.corpus.processor import DocumentProcessor, StoreBatch, store_batch
from eventscope.ingest.document import RawDocument
from eventscope.settings import IngestOptions, Settings

__all__ = ["process_batches"]


# --------------------------------------------------------------------------------------- worker side


# The one processor of a pool worker process, set by the initializer (per worker process).
_WORKER_STATE: dict[str, DocumentProcessor] = {}


def _watch_parent(parent: int) -> None:
    # A worker whose parent was killed (SIGKILL leaves no chance to clean up) ends itself.
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _init_worker(processor: DocumentProcessor, parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle, not one traceback per worker
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    _ = processor.coder  # spawned: the model loads here, once per worker, before the first task; forked: inherited
    _WORKER_STATE["processor"] = processor


def _process_in_worker(documents: list[RawDocument]) -> StoreBatch:
    return store_batch(_WORKER_STATE["processor"].process(documents))


# --------------------------------------------------------------------------------------- caller side


def _check_model_installed(name: str) -> None:
    from eventscope.nlp import ModelNotFound

    if importlib.util.find_spec(name) is None and not Path(name).exists():
        raise ModelNotFound(
            f"spaCy model {name!r} is not installed; run 'make install' or pip install it, "
            "or choose another with --model / EVENTSCOPE_MODEL"
        )


def _start_method(setting: str) -> str:
    """Auto is fork on Linux: the parent loads the model, dictionaries and matchers once and the workers inherit
    them copy-on-write, ready at once, where spawned workers each spend about 5 CPU s loading their own
    (on a small corpus that start-up alone cost two workers a fifth of their speed-up). spawn elsewhere:
    macOS system libraries are not fork-safe. EVENTSCOPE_WORKER_START=spawn is the way out should some
    library in the parent ever misbehave across a fork."""
    if setting != "auto":
        return setting
    return "fork" if sys.platform.startswith("linux") else "spawn"


def process_batches(
    batches: Iterable[list[RawDocument]],
    settings: Settings,
    options: IngestOptions,
    workers: int = 1,
    known_ids: frozenset[str] = frozenset(),
) -> Iterator[StoreBatch]:
    """One StoreBatch per batch, in input order. At most 2 batches per worker are in flight, so memory
    stays flat however long the input is."""
    with DocumentProcessor(settings, options, known_ids) as processor:
        yield from _batches(processor, batches, settings, workers)


def _batches(
    processor: DocumentProcessor, batches: Iterable[list[RawDocument]], settings: Settings, workers: int
) -> Iterator[StoreBatch]:
    if workers <= 1:
        for batch in batches:
            yield store_batch(processor.process(batch))
        return
    context = multiprocessing.get_context(_start_method(settings.worker_start))
    # Set-up errors (a missing model) surface here, clearly, rather than as a worker's "broken pool". The
    # pool forks on its first task, after the first batch is read: the parent then holds no DuckDB
    # connection (the writer opens one per flush) and runs no other thread.
    if context.get_start_method() == "fork":
        # (warm_up freezes every object: moved to a generation the collector never scans, so the workers'
        # collections do not touch, and copy, the pages of the inherited model and dictionaries)
        processor.warm_up()
    else:
        _check_model_installed(settings.model)
    # ProcessPoolExecutor rather than multiprocessing.Pool: a worker that dies or fails its initializer
    # breaks the pool with an error instead of hanging the run.
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(processor, os.getpid())
    )
    pending: deque[Future[StoreBatch]] = deque()
    try:
        for batch in batches:
            pending.append(pool.submit(_process_in_worker, batch))
            while len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BaseException:
        # Ctrl-C or an error: stop the workers now rather than after their current batch (the executor
        # has no public way to do so).
        for process in list((pool._processes or {}).values()):
            process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
