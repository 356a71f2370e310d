"""Coding documents in a pool of processes, one model per worker, results in input order.

Each worker builds its DocumentProcessor (the spaCy model, dictionaries and ingest options) once, in the
pool initializer, and then turns batches of RawDocuments into StoreBatches: compact outcomes plus the
Arrow rows of the coded articles, built in the worker. Handing the parent Arrow buffers rather than
records keeps it nearly idle (unpickling and flattening records cost it about a tenth of the workers'
CPU, on the same cores). With one worker the same processor runs in the calling process, so both paths
share every line that matters.
"""

from __future__ import annotations

import gc
import importlib.util
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from eventscope import store
from eventscope.ingest.clean import InputError
from eventscope.ingest.document import IngestOptions, RawDocument, prepare
from eventscope.records import Article, CodedArticle, Reject
from eventscope.settings import Settings

if TYPE_CHECKING:
    from eventscope.pipeline import Coder

__all__ = ["Coded", "DocumentProcessor", "Known", "Outcome", "StoreBatch", "Stored", "process_batches", "store_batch"]


@dataclass(frozen=True, slots=True)
class Coded:
    coded: CodedArticle
    signature: bytes  # MinHash of the clean text, for near-duplicate detection (stories.py)


@dataclass(frozen=True, slots=True)
class Known:
    """An article already in the database (same clean text): nothing to do."""

    article_id: str
    origin: str


Outcome = Coded | Known | Reject


@dataclass(frozen=True, slots=True)
class Stored:
    """A coded article whose rows are in its StoreBatch's tables: only what the caller counts."""

    article_id: str
    num_events: int


@dataclass(frozen=True, slots=True)
class StoreBatch:
    """One batch ready for the store: what became of each document, in input order, and the Arrow rows
    (store.batch_tables) of its coded articles, an article met twice in the batch written once."""

    outcomes: list[Stored | Known | Reject]
    tables: dict[str, pa.Table]

    @property
    def rejects(self) -> list[Reject]:
        return [outcome for outcome in self.outcomes if isinstance(outcome, Reject)]


def store_batch(outcomes: Sequence[Outcome]) -> StoreBatch:
    """Flatten a batch's outcomes into store rows (rejects stay outcomes: the caller adds its own)."""
    first: dict[str, Coded] = {}
    light: list[Stored | Known | Reject] = []
    for outcome in outcomes:
        if isinstance(outcome, Coded):
            first.setdefault(outcome.coded.article.id, outcome)
            light.append(Stored(outcome.coded.article.id, len(outcome.coded.events)))
        else:
            light.append(outcome)
    tables = store.batch_tables([c.coded for c in first.values()], (), [c.signature for c in first.values()])
    del tables["rejects"]
    return StoreBatch(light, tables)


# Any short English news sentence: it only has to pass every step once.
_WARM_UP_TEXT = "The foreign ministers of Kenya and Ghana met in Accra on Monday to discuss trade and security."


class DocumentProcessor:
    """prepare -> skip known -> code, for one process."""

    def __init__(self, settings: Settings, options: IngestOptions, known_ids: frozenset[str] = frozenset()) -> None:
        self.settings = settings
        self.options = options
        self.known_ids = known_ids
        self._coder: Coder | None = None

    @property
    def coder(self) -> Coder:
        """Built on first use: a run over articles that are all stored already never loads the model."""
        if self._coder is None:
            from eventscope.pipeline import Coder

            self._coder = Coder(self.settings)
        return self._coder

    def warm_up(self) -> None:
        """Load the model and run one short document through every step, so the libraries' lazy set-up
        (language profiles, the parser's first batch, Arrow) is done here; forked workers inherit it."""
        store_batch(self.process([RawDocument(origin="warm-up", content=_WARM_UP_TEXT)]))

    def process(self, documents: Sequence[RawDocument]) -> list[Outcome]:
        from eventscope.ingest.minhash import minhash_signature

        outcomes: list[Outcome | Article] = []
        for document in documents:
            try:
                article = prepare(document, self.options)
            except InputError as error:
                outcomes.append(Reject(origin=document.origin, reason=error.reason, detail=str(error)))
                continue
            except Exception as error:  # noqa: BLE001 - an extractor failing on one hostile page must not stop the run
                outcomes.append(Reject(origin=document.origin, reason="unreadable",
                                       detail=f"{document.origin}: {type(error).__name__}: {error}"))
                continue
            outcomes.append(Known(article.id, article.origin or "") if article.id in self.known_ids else article)
        to_code = [item for item in outcomes if isinstance(item, Article)]
        coded = iter(self._code(to_code) if to_code else [])
        results: list[Outcome] = []
        for item in outcomes:
            if not isinstance(item, Article):
                results.append(item)
                continue
            result = next(coded)
            if isinstance(result, CodedArticle):
                results.append(Coded(result, minhash_signature(item.text)))
            else:
                results.append(Reject(origin=item.origin or item.id, reason="coding_error", detail=result))
        return results

    def _code(self, articles: list[Article]) -> list[CodedArticle | str]:
        """Code a batch, in order; if a stage fails on some article, code one by one so only that article is
        lost (its entry is then the error message)."""
        coder = self.coder  # set-up errors (a missing model) are not article errors: let them through
        try:
            return list(coder.code(articles))
        except Exception:  # noqa: BLE001 - a bug in one stage must not stop a corpus run
            pass
        results: list[CodedArticle | str] = []
        for article in articles:
            try:
                results.extend(coder.code([article]))
            except Exception as error:  # noqa: BLE001
                results.append(f"{type(error).__name__}: {error}"[:500])
        return results


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
    processor = DocumentProcessor(settings, options, known_ids)
    if workers <= 1:
        for batch in batches:
            yield store_batch(processor.process(batch))
        return
    context = multiprocessing.get_context(_start_method(settings.worker_start))
    # Set-up errors (a missing model) surface here, clearly, rather than as a worker's "broken pool". The
    # pool forks on its first task, after the first batch is read: the parent then holds no DuckDB
    # connection (the writer opens one per flush) and runs no other thread.
    forked = context.get_start_method() == "fork"
    if forked:
        processor.warm_up()
        # Freezing moves every object to a generation the collector never scans, so the workers' collections
        # do not touch (and copy) the pages of the inherited model and dictionaries.
        gc.freeze()
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
    finally:
        if forked:
            gc.unfreeze()  # the caller may live on (a notebook, a test run): let its garbage be collected again
    pool.shutdown()
